#include "report/mappainter.h"

#include "core/workspace.h"
#include "report/cardpainter.h"
#include "report/channelglyph.h"
#include "report/textblock.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <unordered_map>

namespace ts::report {
namespace {

QColor stageColor(const Stage *stage)
{
    const QColor c(QString::fromStdString(stage ? stage->color : std::string()));
    return c.isValid() ? c : QColor(0x4e, 0x79, 0xa7);
}

QColor mix(const QColor &under, const QColor &over, double alpha)
{
    return QColor::fromRgbF(under.redF() + (over.redF() - under.redF()) * alpha,
                            under.greenF() + (over.greenF() - under.greenF()) * alpha,
                            under.blueF() + (over.blueF() - under.blueF()) * alpha);
}

bool isLight(const QColor &c)
{
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() > 170;
}

// One line of text, elided to `width`, drawn from the text cache.
void drawLine(QPainter &p, const QString &text, const QFont &font, QPointF topLeft, double width,
              double *drawnWidth = nullptr)
{
    const QString shown
        = QFontMetricsF(font).elidedText(TextBlock::normalised(text), Qt::ElideRight, width);
    const auto block = TextBlock::wrapped(shown, font, 1e6);
    block->draw(p, topLeft, font);
    if (drawnWidth)
        *drawnWidth = block->width();
}

void paintBackgrounds(QPainter &p, const Workspace &w, const MapLayout &layout,
                      const MapStyle &style)
{
    // Tints are mixed with the background beforehand: opaque fills are fast over large areas.
    for (const auto &column : layout.stages())
        p.fillRect(column.column,
                   mix(style.background, stageColor(findById(w.stages, column.stageId)), 0.045));
    if (const auto *emotion = layout.emotionLane()) {
        const auto [top, bottom] = layout.emotionRange();
        const double zero = (top + bottom) / 2;
        for (const auto &column : layout.stages()) {
            const QColor tint
                = mix(style.background, stageColor(findById(w.stages, column.stageId)), 0.045);
            const QRectF cell(column.column.left(), emotion->row.top(), column.column.width(),
                              emotion->row.height());
            p.fillRect(QRectF(cell.left(), cell.top(), cell.width(), zero - cell.top()),
                       mix(tint, style.positiveBand, style.positiveBand.alphaF()));
            p.fillRect(QRectF(cell.left(), zero, cell.width(), cell.bottom() - zero),
                       mix(tint, style.negativeBand, style.negativeBand.alphaF()));
        }
    }
}

void paintGridLines(QPainter &p, const MapLayout &layout, const MapStyle &style)
{
    const QRectF bounds = layout.bounds();
    const double top = layout.cornerRect().bottom();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(style.gridLine, 1));
    for (const auto &lane : layout.lanes())
        p.drawLine(QPointF(0, lane.row.bottom()), QPointF(bounds.right(), lane.row.bottom()));
    p.drawLine(QPointF(0, top), QPointF(bounds.right(), top));
    for (const auto &column : layout.stages())
        p.drawLine(QPointF(column.column.left(), top),
                   QPointF(column.column.left(), bounds.bottom()));
    p.drawLine(QPointF(bounds.right(), top), QPointF(bounds.right(), bounds.bottom()));
    p.setRenderHint(QPainter::Antialiasing, true);
}

std::shared_ptr<const TextBlock> laneTitle(const Lane *lane, LaneKind kind, const MapStyle &style)
{
    QString title = QString::fromStdString(lane ? lane->title : std::string());
    if (title.trimmed().isEmpty())
        title = QString::fromStdString(defaultLaneTitle(kind));
    const double width = style.laneHeaderWidth - (style.gap + 4) - std::round(style.gap * 0.5) - 6;
    return TextBlock::wrapped(title, style.font(MapStyle::FontRole::LaneHeader), width);
}

void paintEmotionLegend(QPainter &p, const LaneRow &lane, const MapLayout &layout,
                        const MapStyle &style, double y)
{
    const QFont caption = style.font(MapStyle::FontRole::Caption);
    const double pad = style.gap + 4;
    const double lineH = QFontMetricsF(caption).height();
    const double sample = std::round(style.basePixelSize() * 1.6);
    auto entry = [&](const QColor &color, Qt::PenStyle dash, const QString &label, double at) {
        QPen pen(color, style.workshop ? 3 : 2, dash, Qt::FlatCap);
        p.setPen(pen);
        p.drawLine(QPointF(lane.header.left() + pad, at + lineH / 2),
                   QPointF(lane.header.left() + pad + sample, at + lineH / 2));
        p.setPen(style.mutedText);
        drawLine(p, label, caption, QPointF(lane.header.left() + pad + sample + 5, at),
                 lane.header.width());
    };
    entry(style.asIsCurve, Qt::SolidLine, QCoreApplication::translate("ts::report", "as-is"), y);
    entry(style.toBeCurve, Qt::DashLine, QCoreApplication::translate("ts::report", "to-be"),
          y + lineH * 1.2);
    // The scale, right-aligned on the header's edge at the heights of +3, 0 and -3.
    const auto [top, bottom] = layout.emotionRange();
    const std::pair<double, const char *> marks[]
        = {{top, "+3"}, {(top + bottom) / 2, "0"}, {bottom, "\u22123"}};
    for (const auto &[my, text] : marks) {
        const auto block = TextBlock::wrapped(QString::fromUtf8(text), caption, 1e6);
        block->draw(p, QPointF(lane.header.right() - 6 - block->width(), my - block->height() / 2),
                    caption);
    }
}

void paintLaneHeaders(QPainter &p, const Workspace &w, const MapLayout &layout,
                      const MapStyle &style)
{
    const QFont font = style.font(MapStyle::FontRole::LaneHeader);
    const double marker = std::round(style.gap * 0.5);
    const double pad = style.gap + 4;
    for (const auto &row : layout.lanes()) {
        p.fillRect(row.header, style.laneHeaderFill);
        p.fillRect(QRectF(row.header.left(), row.header.top(), marker, row.header.height()),
                   style.colors(cardKindShownIn(row.kind)).accent);
        const Lane *lane = findById(w.lanes, row.laneId);
        const auto block = laneTitle(lane, row.kind, style);
        const QPointF at(row.header.left() + pad, row.header.top() + style.gap + 2);
        p.setPen(style.laneHeaderText);
        block->draw(p, at, font);
        if (row.kind == LaneKind::Emotion)
            paintEmotionLegend(p, row, layout, style, at.y() + block->height() + style.gap);
    }
}

QPolygonF chevron(const QRectF &header, bool first, bool last, double tip)
{
    const double top = header.top() + 3, bottom = header.bottom() - 7, mid = (top + bottom) / 2;
    const double left = header.left() + 2;
    const double right = last ? header.right() - tip - 2 : header.right() - 2;
    QPolygonF poly;
    poly << QPointF(left, top) << QPointF(right, top) << QPointF(right + tip, mid)
         << QPointF(right, bottom) << QPointF(left, bottom);
    if (!first)
        poly << QPointF(left + tip, mid);
    return poly;
}

void paintStageHeaders(QPainter &p, const Workspace &w, const MapLayout &layout,
                       const MapStyle &style)
{
    const QFont font = style.font(MapStyle::FontRole::StageHeader);
    const auto &columns = layout.stages();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto &column = columns[i];
        const Stage *stage = findById(w.stages, column.stageId);
        const QColor color = stageColor(stage);
        const double tip = std::round((column.header.height() - 10) * 0.32);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(chevron(column.header, i == 0, i + 1 == columns.size(), tip));
        const double left = column.header.left() + 2 + (i == 0 ? 0 : tip) + 8;
        const double right = column.header.right() - 2 - (i + 1 == columns.size() ? tip : 0) - 8;
        const QString name = QString::fromStdString(stage ? stage->name : std::string());
        const QString shown = QFontMetricsF(font).elidedText(TextBlock::normalised(name),
                                                             Qt::ElideRight, right - left);
        const auto block = TextBlock::wrapped(shown, font, 1e6);
        const double textTop
            = column.header.top() + 3 + (column.header.height() - 10 - block->height()) / 2;
        p.setPen(isLight(color) ? style.text : QColor(Qt::white));
        block->draw(p, QPointF(left + (right - left - block->width()) / 2, textTop), font);
    }
}

void paintCorner(QPainter &p, const Workspace &w, const MapLayout &layout, const MapStyle &style)
{
    const QRectF corner = layout.cornerRect();
    const JourneyMap *map = findById(w.maps, layout.mapId());
    if (!map || corner.width() <= 0)
        return;
    const QFont title = style.font(MapStyle::FontRole::MapTitle);
    const QFont caption = style.font(MapStyle::FontRole::Caption);
    const double pad = style.gap + 4;
    const double width = corner.width() - pad - 6;
    const double titleH = QFontMetricsF(title).height();
    const Persona *persona = map->personaId ? findById(w.personas, map->personaId) : nullptr;
    const double captionH = persona ? QFontMetricsF(caption).height() : 0;
    double y = corner.top() + 3 + (corner.height() - 10 - titleH - captionH) / 2;
    p.setPen(style.text);
    drawLine(p, QString::fromStdString(map->name), title, QPointF(corner.left() + pad, y), width);
    if (persona) { // a person glyph says "persona" in less room than the word
        const double glyph = std::round(captionH * 0.72);
        ChannelGlyph::paint(
            p, "in_person",
            QRectF(corner.left() + pad, y + titleH + (captionH - glyph) / 2, glyph, glyph),
            style.mutedText);
        p.setPen(style.mutedText);
        drawLine(p, QString::fromStdString(persona->name), caption,
                 QPointF(corner.left() + pad + glyph + 4, y + titleH), width - glyph - 4);
    }
}

} // namespace

double MapPainter::laneHeaderHeight(const Lane &lane, const MapStyle &style)
{
    double h = laneTitle(&lane, lane.kind, style)->height() + 2 * (style.gap + 2);
    if (lane.kind == LaneKind::Emotion) // the legend: two caption lines
        h += style.gap + 2.2 * QFontMetricsF(style.font(MapStyle::FontRole::Caption)).height();
    return std::ceil(h);
}

QRectF MapPainter::visibleArea(const QPainter &p)
{
    QRectF area(-1e9, -1e9, 2e9, 2e9);
    const QPaintDevice *device = p.device();
    if (device && device->width() > 0 && device->height() > 0)
        area = p.worldTransform().inverted().mapRect(
            QRectF(0, 0, device->width(), device->height()));
    if (p.hasClipping())
        area &= p.clipBoundingRect();
    return area;
}

void MapPainter::paint(QPainter &p, const Workspace &w, Id, const MapLayout &layout,
                       const MapStyle &style, const MapFigures &figures)
{
    paintGrid(p, w, layout, style);
    paintLinks(p, w, layout, style);
    paintCards(p, w, layout, style);
    paintEmotionCurves(p, w, layout, style);
    paintStageFigures(p, layout, figures, style);
    paintCardFigures(p, layout, figures, style);
}

void MapPainter::paintGrid(QPainter &p, const Workspace &w, const MapLayout &layout,
                           const MapStyle &style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    paintBackgrounds(p, w, layout, style);
    paintLaneHeaders(p, w, layout, style);
    paintGridLines(p, layout, style);
    paintStageHeaders(p, w, layout, style);
    paintCorner(p, w, layout, style);
    p.restore();
}

void MapPainter::paintCards(QPainter &p, const Workspace &w, const MapLayout &layout,
                            const MapStyle &style)
{
    const QRectF visible = visibleArea(p).adjusted(-4, -4, 4, 4);
    std::unordered_map<Id, const Card *> cards;
    cards.reserve(layout.cards().size());
    for (const auto &c : w.cards)
        if (c.mapId == layout.mapId())
            cards.emplace(c.id, &c);
    std::unordered_map<Id, CardContext> contexts;
    for (const auto &d : w.departments)
        contexts[d.id].departmentName = QString::fromStdString(d.name);
    const CardContext none;
    for (const auto &box : layout.cards()) {
        if (!visible.intersects(box.rect))
            continue;
        const auto card = cards.find(box.cardId);
        if (card == cards.end())
            continue;
        const auto ctx = contexts.find(card->second->departmentId);
        CardPainter::paint(p, *card->second, box.rect, ctx == contexts.end() ? none : ctx->second,
                           style);
    }
}

} // namespace ts::report
