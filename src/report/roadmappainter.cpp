#include "report/roadmappainter.h"

#include "core/workspace.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ts::report {

QColor RoadmapPainter::colorOf(Dimension dimension)
{
    switch (dimension) {
    case Dimension::People:
        return QColor(0x8E, 0x6C, 0xC0);
    case Dimension::Process:
        return QColor(0x2A, 0x9D, 0x8F);
    case Dimension::Technology:
        return QColor(0x3A, 0x6E, 0xA5);
    }
    return Qt::gray;
}

void RoadmapPainter::paintGrid(QPainter &p, const RoadmapLayout &layout)
{
    p.save();
    const auto &g = layout.geometry();
    const QRectF bounds = layout.bounds();
    QFont bold = p.font();
    bold.setBold(true);
    for (std::size_t i = 0; i < layout.quarters().size(); ++i) {
        const QRectF header = layout.quarterHeader(i);
        const bool yearStart = layout.quarters()[i].quarter == 1;
        p.fillRect(
            QRectF(header.left(), g.headerHeight, header.width(), bounds.height() - g.headerHeight),
            i % 2 ? QColor(0xF7, 0xF8, 0xFA) : QColor(0xFF, 0xFF, 0xFF));
        p.setPen(QPen(yearStart ? QColor(0x9A, 0xA5, 0xB1) : QColor(0xDD, 0xE1, 0xE6),
                      yearStart ? 1.4 : 0.8));
        p.drawLine(QPointF(header.left(), 0), QPointF(header.left(), bounds.height()));
        p.setPen(QColor(0x33, 0x3D, 0x47));
        p.setFont(bold);
        p.drawText(header, Qt::AlignCenter,
                   QString::fromStdString(layout.quarters()[i].toString()));
    }
    for (const auto &lane : layout.lanes()) {
        p.fillRect(lane.header, QColor(0xEE, 0xF1, 0xF5));
        p.setPen(QColor(0xCF, 0xD5, 0xDC));
        p.drawLine(QPointF(0, lane.row.bottom()), QPointF(bounds.right(), lane.row.bottom()));
        p.setPen(QColor(0x22, 0x2B, 0x36));
        p.setFont(bold);
        p.drawText(lane.header.adjusted(10, 0, -6, 0),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, lane.title);
    }
    p.restore();
}

void RoadmapPainter::paintBar(QPainter &p, const Initiative &i, const QRectF &rect, bool scheduled,
                              bool selected)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = colorOf(i.dimension);
    if (i.status == InitiativeStatus::Dropped)
        fill = QColor(0xB0, 0xB6, 0xBD);
    if (scheduled) {
        p.setPen(selected ? QPen(QColor(0xF2, 0x9E, 0x0C), 2.5) : Qt::NoPen);
        p.setBrush(i.status == InitiativeStatus::Idea ? fill.lighter(135) : fill);
    } else {
        p.setPen(QPen(fill, 1.5, Qt::DashLine));
        p.setBrush(QColor(0xFF, 0xFF, 0xFF));
    }
    p.drawRoundedRect(rect, 5, 5);
    if (i.status == InitiativeStatus::Done) { // a check mark at the right end
        p.setPen(QPen(Qt::white, 2));
        const QPointF c(rect.right() - 12, rect.center().y());
        p.drawPolyline(QPolygonF {c + QPointF(-5, 0), c + QPointF(-1, 4), c + QPointF(6, -5)});
    }
    p.setPen(scheduled ? Qt::white : fill.darker(130));
    QFont f = p.font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    p.setFont(f);
    const double check = i.status == InitiativeStatus::Done ? 16 : 0; // clear of the check mark
    const QString text = QFontMetricsF(f).elidedText(QString::fromStdString(i.title),
                                                     Qt::ElideRight, rect.width() - 16 - check);
    p.drawText(rect.adjusted(8, 0, -8 - check, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    p.restore();
}

void RoadmapPainter::paint(QPainter &p, const Workspace &w, const RoadmapLayout &layout)
{
    paintGrid(p, layout);
    for (const auto &bar : layout.bars())
        if (const auto *i = findById(w.initiatives, bar.initiativeId))
            paintBar(p, *i, bar.rect, bar.scheduled);
}

void RoadmapPainter::paintBalance(QPainter &p, const PortfolioBalance &b, const QRectF &rect)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(rect.left(), rect.top(), rect.width(), rect.height() * 0.45);
    double x = bar.left();
    for (auto d : {Dimension::People, Dimension::Process, Dimension::Technology}) {
        const double w = bar.width() * b.share(d) / 100.0;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), colorOf(d));
        x += w;
    }
    if (b.total == 0)
        p.fillRect(bar, QColor(0xDD, 0xE1, 0xE6));
    p.setPen(QColor(0x33, 0x3D, 0x47));
    const QString labels[]
        = {QStringLiteral("People"), QStringLiteral("Process"), QStringLiteral("Technology")};
    const QRectF text(rect.left(), bar.bottom() + 2, rect.width(),
                      rect.height() - bar.height() - 2);
    QString line;
    int k = 0;
    for (auto d : {Dimension::People, Dimension::Process, Dimension::Technology})
        line += QStringLiteral("%1%2 %3%")
                    .arg(k++ ? QStringLiteral("   ") : QString(), labels[int(d)])
                    .arg(qRound(b.share(d)));
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
               line + QStringLiteral("   (%1 initiatives)").arg(b.total));
    p.restore();
}

} // namespace ts::report
