// MapPainter's survey figures: the stage strips in the metrics lane and the touchpoint badges.
#include "report/mappainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ts::report {

void MapPainter::paintFigureBadge(QPainter &p, const QRectF &rect, const FigureLabel &label,
                                  const MapStyle &style)
{
    if (rect.isEmpty() || label.text.isEmpty())
        return;
    const auto &colors = style.figureStatus[static_cast<int>(label.status)];
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont font = style.font(MapStyle::FontRole::Badge);
    p.setFont(font);
    p.setPen(QPen(colors.accent, label.smallSample ? 1.3 : 1,
                  label.smallSample ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(colors.fill);
    const QRectF pill = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    const double inset = pill.height() / 2;
    p.setPen(style.text);
    p.drawText(
        pill.adjusted(inset, 0, -inset, 0), Qt::AlignCenter | Qt::TextSingleLine,
        QFontMetricsF(font).elidedText(label.text, Qt::ElideRight, pill.width() - 2 * inset));
    p.restore();
}

void MapPainter::paintStageFigures(QPainter &p, const MapLayout &layout, const MapFigures &figures,
                                   const MapStyle &style)
{
    if (figures.stages.empty())
        return;
    const QRectF visible = visibleArea(p);
    for (const auto &column : layout.stages()) {
        const auto it = figures.stages.find(column.stageId);
        const QRectF rect = layout.stageFiguresRect(column.stageId);
        if (it != figures.stages.end() && visible.intersects(rect))
            paintFigureBadge(p, rect, it->second, style);
    }
}

void MapPainter::paintCardFigures(QPainter &p, const MapLayout &layout, const MapFigures &figures,
                                  const MapStyle &style)
{
    if (figures.cards.empty())
        return;
    const QRectF visible = visibleArea(p);
    for (const auto &box : layout.cards()) {
        if (box.figures.isNull() || !visible.intersects(box.figures))
            continue;
        const auto it = figures.cards.find(box.cardId);
        if (it != figures.cards.end())
            paintFigureBadge(p, box.figures, it->second, style);
    }
}

} // namespace ts::report
