#include "app/canvas/canvaschain.h"

#include "app/canvas/canvasblock.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ts::app {

void CanvasChain::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ok(0x4E, 0x79, 0xA7), gap(0xC0, 0x39, 0x2B);
    for (const auto &link : m_links) {
        const QRectF a = link.from->geometry(), b = link.to->geometry();
        const bool missing = link.from->isMissing() || link.to->isMissing()
            || (link.brandLink && m_tied && !m_tied());
        p.setPen(QPen(missing ? gap : ok, missing ? 2.5 : 2, missing ? Qt::DashLine : Qt::SolidLine,
                      Qt::RoundCap));
        QPointF start, end;
        if (link.brandLink) { // side by side
            start = {a.right(), a.center().y()};
            end = {b.left(), b.center().y()};
        } else {
            start = {a.center().x(), a.bottom()};
            end = {b.center().x(), b.top()};
        }
        QPainterPath path(start);
        const double dy = (end.y() - start.y()) / 2;
        if (link.brandLink)
            path.lineTo(end);
        else
            path.cubicTo(start + QPointF(0, dy), end - QPointF(0, dy), end);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head pointing along the path's end.
        const double angle = std::atan2(end.y() - path.pointAtPercent(0.95).y(),
                                        end.x() - path.pointAtPercent(0.95).x());
        const QPointF left = end - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 10;
        const QPointF right = end - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 10;
        p.setPen(Qt::NoPen);
        p.setBrush(missing ? gap : ok);
        p.drawPolygon(QPolygonF {end, left, right});
        if (missing) {
            p.setPen(gap);
            p.drawText(QRectF((start + end) / 2 + QPointF(8, -10), QSizeF(160, 20)),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       link.brandLink ? tr("not tied to the brand") : tr("missing link"));
        }
    }
}

} // namespace ts::app
