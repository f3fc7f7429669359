// MapPainter's overlays: card links and the emotion curves (see mappainter.h).
#include "core/workspace.h"
#include "report/linkrouter.h"
#include "report/mappainter.h"
#include "report/textblock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ts::report {
namespace {

QColor emotionColor(int value)
{
    static const QColor colors[]
        = {QColor(0xc9, 0x2a, 0x2a), QColor(0xe0, 0x49, 0x3a), QColor(0xf0, 0x8c, 0x00),
           QColor(0x86, 0x8e, 0x96), QColor(0x74, 0xb8, 0x16), QColor(0x37, 0xb2, 0x4d),
           QColor(0x2b, 0x8a, 0x3e)};
    return colors[std::clamp(value, -3, 3) + 3];
}

void arrowHead(QPainter &p, QPointF tip, QPointF from, double size)
{
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return;
    const QPointF u = d / length, n(-u.y(), u.x());
    p.drawPolygon(
        QPolygonF({tip, tip - u * size + n * size * 0.5, tip - u * size - n * size * 0.5}));
}

struct EmotionSeries
{
    std::vector<QPointF> points;
    std::vector<int> values;
};

EmotionSeries series(const Workspace &w, const MapLayout &layout, bool toBe)
{
    EmotionSeries out;
    for (const auto &column : layout.stages()) {
        const Stage *stage = findById(w.stages, column.stageId);
        const auto value = stage ? (toBe ? stage->emotionToBe : stage->emotionAsIs) : std::nullopt;
        if (!value)
            continue;
        out.points.push_back(layout.emotionPoint(column.stageId, *value));
        out.values.push_back(*value);
    }
    return out;
}

void paintFeeling(QPainter &p, const Stage &stage, const StageColumn &column,
                  const MapLayout &layout, const MapStyle &style, double radius)
{
    if (QString::fromStdString(stage.feeling).trimmed().isEmpty())
        return;
    const auto value = stage.emotionAsIs ? stage.emotionAsIs : stage.emotionToBe;
    const QPointF point = layout.emotionPoint(column.stageId, value.value_or(0));
    const QFont font = style.font(MapStyle::FontRole::Caption);
    const auto block = TextBlock::wrapped(QString::fromStdString(stage.feeling), font,
                                          column.column.width() - 3 * style.gap, 1.0);
    const double above = point.y() - radius - 4 - block->height();
    const double below = point.y() + radius + 4;
    const double y = value.value_or(0) > 0 ? below : above;
    const QPointF at(point.x() - block->width() / 2, y);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(QRectF(at, QSizeF(block->width(), block->height())).adjusted(-4, -1, 4, 1), 3,
                      3);
    p.setPen(style.text);
    block->draw(p, at, font);
}

} // namespace

QPainterPath MapPainter::smoothCurve(const std::vector<QPointF> &pts)
{
    QPainterPath path;
    const std::size_t n = pts.size();
    if (n == 0)
        return path;
    path.moveTo(pts[0]);
    if (n == 1)
        return path;
    std::vector<double> slope(n - 1), tangent(n);
    for (std::size_t k = 0; k + 1 < n; ++k) {
        const double dx = pts[k + 1].x() - pts[k].x();
        slope[k] = dx == 0 ? 0 : (pts[k + 1].y() - pts[k].y()) / dx;
    }
    tangent[0] = slope[0];
    tangent[n - 1] = slope[n - 2];
    for (std::size_t k = 1; k + 1 < n; ++k)
        tangent[k] = slope[k - 1] * slope[k] <= 0 ? 0 : (slope[k - 1] + slope[k]) / 2;
    for (std::size_t k = 0; k + 1 < n; ++k) { // Fritsch-Carlson: keep each piece monotone
        if (slope[k] == 0) {
            tangent[k] = tangent[k + 1] = 0;
            continue;
        }
        const double a = tangent[k] / slope[k], b = tangent[k + 1] / slope[k];
        if (a * a + b * b > 9) {
            const double t = 3 / std::sqrt(a * a + b * b);
            tangent[k] = t * a * slope[k];
            tangent[k + 1] = t * b * slope[k];
        }
    }
    for (std::size_t k = 0; k + 1 < n; ++k) {
        const double h = (pts[k + 1].x() - pts[k].x()) / 3;
        path.cubicTo(QPointF(pts[k].x() + h, pts[k].y() + tangent[k] * h),
                     QPointF(pts[k + 1].x() - h, pts[k + 1].y() - tangent[k + 1] * h), pts[k + 1]);
    }
    return path;
}

QPainterPath MapPainter::linkPath(const QRectF &from, const QRectF &to)
{
    QPointF start, end, c1, c2;
    if (to.top() >= from.bottom() - 1 || to.bottom() <= from.top() + 1) { // one above the other
        const bool down = to.top() >= from.bottom() - 1;
        start = QPointF(from.center().x(), down ? from.bottom() : from.top());
        end = QPointF(to.center().x(), down ? to.top() : to.bottom());
        const double bend = std::max(18.0, std::abs(end.y() - start.y()) * 0.5) * (down ? 1 : -1);
        c1 = start + QPointF(0, bend);
        c2 = end - QPointF(0, bend);
    } else { // side by side
        const bool right = to.center().x() >= from.center().x();
        start = QPointF(right ? from.right() : from.left(), from.center().y());
        end = QPointF(right ? to.left() : to.right(), to.center().y());
        const double bend = std::max(18.0, std::abs(end.x() - start.x()) * 0.5) * (right ? 1 : -1);
        c1 = start + QPointF(bend, 0);
        c2 = end - QPointF(bend, 0);
    }
    QPainterPath path(start);
    path.cubicTo(c1, c2, end);
    return path;
}

QPainterPath MapPainter::linkPath(const QRectF &from, QPointF to)
{
    return linkPath(from, QRectF(to, QSizeF(0, 0)));
}

QPainterPath MapPainter::linkPath(const MapLayout &layout, const CardBox &from, const CardBox &to)
{
    return LinkRouter::route(layout, from, to).path;
}

void MapPainter::paintLinks(QPainter &p, const Workspace &w, const MapLayout &layout,
                            const MapStyle &style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double width = style.workshop ? 2.2 : 1.6;
    const double head = style.workshop ? 10 : 7;
    // "Addresses" (pain point -> opportunity) is the story; "relates" is context, drawn lighter.
    QColor related = style.linkLine;
    related.setAlphaF(0.55);
    for (const auto &route : LinkRouter::routeAll(w, layout, style.workshop ? 4 : 3)) {
        const bool addresses = route.link->kind == LinkKind::Addresses;
        const QColor color = addresses ? style.linkLine : related;
        p.setPen(QPen(color, addresses ? width : width * 0.8,
                      addresses ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(route.path);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(route.path.pointAtPercent(0), width * 1.5, width * 1.5);
        const double size = std::min(head, std::max(4.0, route.headRoom));
        const QPainterPath &path = route.path;
        arrowHead(p, path.pointAtPercent(1),
                  path.pointAtPercent(path.percentAtLength(path.length() - size)), size);
    }
    p.restore();
}

void MapPainter::paintEmotionCurves(QPainter &p, const Workspace &w, const MapLayout &layout,
                                    const MapStyle &style)
{
    const auto *lane = layout.emotionLane();
    if (!lane)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const auto [top, bottom] = layout.emotionRange();
    const double zero = (top + bottom) / 2;
    p.setPen(QPen(style.gridLine.darker(115), 1, Qt::DashLine));
    p.drawLine(QPointF(lane->row.left(), zero), QPointF(lane->row.right(), zero));
    const double scale = style.workshop ? 1.4 : 1.0;
    const auto asIs = series(w, layout, false);
    const auto toBe = series(w, layout, true);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(style.toBeCurve, 2.2 * scale, Qt::DashLine, Qt::FlatCap));
    p.drawPath(smoothCurve(toBe.points));
    p.setPen(QPen(style.asIsCurve, 2.6 * scale, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(smoothCurve(asIs.points));
    p.setPen(QPen(Qt::white, 1.2 * scale));
    p.setBrush(Qt::white);
    p.setPen(QPen(style.toBeCurve, 1.8 * scale));
    for (const auto &point : toBe.points)
        p.drawEllipse(point, 3.6 * scale, 3.6 * scale);
    p.setPen(QPen(Qt::white, 1.5 * scale));
    for (std::size_t i = 0; i < asIs.points.size(); ++i) {
        p.setBrush(emotionColor(asIs.values[i]));
        p.drawEllipse(asIs.points[i], 5.5 * scale, 5.5 * scale);
    }
    for (const auto &column : layout.stages())
        if (const Stage *stage = findById(w.stages, column.stageId))
            paintFeeling(p, *stage, column, layout, style, 6 * scale);
    p.restore();
}

} // namespace ts::report
