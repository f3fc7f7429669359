#include "report/channelglyph.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <map>

namespace ts::report {
namespace {

// Glyphs are drawn in a unit square (0..1) scaled to the box.
void web(QPainter &p)
{
    p.drawEllipse(QRectF(0.08, 0.08, 0.84, 0.84));
    p.drawEllipse(QRectF(0.31, 0.08, 0.38, 0.84));
    p.drawLine(QPointF(0.08, 0.5), QPointF(0.92, 0.5));
}

void app(QPainter &p)
{
    p.drawRoundedRect(QRectF(0.24, 0.04, 0.52, 0.92), 0.1, 0.1);
    p.drawLine(QPointF(0.43, 0.8), QPointF(0.57, 0.8));
}

void store(QPainter &p)
{
    p.drawPolygon(QPolygonF({{0.06, 0.42}, {0.17, 0.1}, {0.83, 0.1}, {0.94, 0.42}}));
    p.drawPolyline(QPolygonF({{0.16, 0.42}, {0.16, 0.92}, {0.84, 0.92}, {0.84, 0.42}}));
    p.drawPolyline(QPolygonF({{0.41, 0.92}, {0.41, 0.62}, {0.59, 0.62}, {0.59, 0.92}}));
}

void phone(QPainter &p)
{
    QPainterPath path;
    path.moveTo(0.22, 0.08);
    path.lineTo(0.36, 0.08);
    path.lineTo(0.44, 0.3);
    path.lineTo(0.33, 0.4);
    path.cubicTo(0.4, 0.55, 0.45, 0.6, 0.6, 0.67);
    path.lineTo(0.7, 0.56);
    path.lineTo(0.92, 0.64);
    path.lineTo(0.92, 0.78);
    path.cubicTo(0.92, 0.88, 0.85, 0.94, 0.74, 0.92);
    path.cubicTo(0.42, 0.86, 0.14, 0.58, 0.08, 0.26);
    path.cubicTo(0.06, 0.15, 0.12, 0.08, 0.22, 0.08);
    p.drawPath(path);
}

void email(QPainter &p)
{
    p.drawRect(QRectF(0.06, 0.2, 0.88, 0.6));
    p.drawPolyline(QPolygonF({{0.06, 0.2}, {0.5, 0.56}, {0.94, 0.2}}));
}

void sms(QPainter &p)
{
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(0.06, 0.1, 0.88, 0.6), 0.16, 0.16);
    QPainterPath tail;
    tail.addPolygon(QPolygonF({{0.26, 0.66}, {0.22, 0.94}, {0.5, 0.66}}));
    p.drawPath(bubble.united(tail));
    const QBrush dots(p.pen().color());
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(dots);
    for (double x : {0.3, 0.5, 0.7})
        p.drawEllipse(QPointF(x, 0.4), 0.065, 0.065);
    p.restore();
}

void social(QPainter &p)
{
    p.drawLine(QPointF(0.24, 0.5), QPointF(0.76, 0.2));
    p.drawLine(QPointF(0.24, 0.5), QPointF(0.76, 0.8));
    p.save();
    p.setBrush(p.pen().color());
    for (QPointF c : {QPointF(0.76, 0.2), QPointF(0.24, 0.5), QPointF(0.76, 0.8)})
        p.drawEllipse(c, 0.12, 0.12);
    p.restore();
}

void inPerson(QPainter &p)
{
    p.drawEllipse(QPointF(0.5, 0.28), 0.19, 0.19);
    QPainterPath shoulders;
    shoulders.moveTo(0.12, 0.94);
    shoulders.cubicTo(0.12, 0.56, 0.88, 0.56, 0.88, 0.94);
    p.drawPath(shoulders);
}

void chat(QPainter &p)
{
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(0.06, 0.08, 0.88, 0.64), 0.22, 0.22);
    QPainterPath tail;
    tail.addPolygon(QPolygonF({{0.62, 0.68}, {0.8, 0.94}, {0.8, 0.6}}));
    p.drawPath(bubble.united(tail));
    p.drawLine(QPointF(0.26, 0.32), QPointF(0.74, 0.32));
    p.drawLine(QPointF(0.26, 0.5), QPointF(0.6, 0.5));
}

void mail(QPainter &p)
{
    p.drawRect(QRectF(0.06, 0.2, 0.88, 0.6));
    p.save();
    p.setBrush(p.pen().color());
    p.drawRect(QRectF(0.68, 0.3, 0.16, 0.16));
    p.restore();
    p.drawLine(QPointF(0.22, 0.56), QPointF(0.56, 0.56));
    p.drawLine(QPointF(0.22, 0.68), QPointF(0.46, 0.68));
}

void event(QPainter &p)
{
    p.drawRoundedRect(QRectF(0.08, 0.16, 0.84, 0.78), 0.08, 0.08);
    p.drawLine(QPointF(0.08, 0.4), QPointF(0.92, 0.4));
    p.drawLine(QPointF(0.3, 0.04), QPointF(0.3, 0.24));
    p.drawLine(QPointF(0.7, 0.04), QPointF(0.7, 0.24));
    p.save();
    p.setBrush(p.pen().color());
    p.drawRect(QRectF(0.56, 0.58, 0.18, 0.18));
    p.restore();
}

void other(QPainter &p)
{
    p.drawEllipse(QRectF(0.08, 0.08, 0.84, 0.84));
    const QColor c = p.pen().color();
    for (double x : {0.3, 0.5, 0.7})
        p.fillRect(QRectF(x - 0.06, 0.44, 0.12, 0.12), c);
}

using Glyph = void (*)(QPainter &);

const std::map<std::string, std::pair<const char *, Glyph>> &channels()
{
    static const std::map<std::string, std::pair<const char *, Glyph>> all = {
        {"web", {QT_TRANSLATE_NOOP("ts::report", "Web"), web}},
        {"app", {QT_TRANSLATE_NOOP("ts::report", "App"), app}},
        {"store", {QT_TRANSLATE_NOOP("ts::report", "Store"), store}},
        {"phone", {QT_TRANSLATE_NOOP("ts::report", "Phone"), phone}},
        {"email", {QT_TRANSLATE_NOOP("ts::report", "Email"), email}},
        {"sms", {QT_TRANSLATE_NOOP("ts::report", "SMS"), sms}},
        {"social", {QT_TRANSLATE_NOOP("ts::report", "Social"), social}},
        {"in_person", {QT_TRANSLATE_NOOP("ts::report", "In person"), inPerson}},
        {"chat", {QT_TRANSLATE_NOOP("ts::report", "Chat"), chat}},
        {"mail", {QT_TRANSLATE_NOOP("ts::report", "Mail"), mail}},
        {"event", {QT_TRANSLATE_NOOP("ts::report", "Event"), event}},
        {"other", {QT_TRANSLATE_NOOP("ts::report", "Other"), other}},
    };
    return all;
}

} // namespace

QString ChannelGlyph::label(const std::string &channel)
{
    const auto found = channels().find(channel);
    if (found == channels().end())
        return QString::fromStdString(channel);
    return QCoreApplication::translate("ts::report", found->second.first);
}

void ChannelGlyph::paint(QPainter &p, const std::string &channel, const QRectF &box,
                         const QColor &color)
{
    const auto found = channels().find(channel);
    const Glyph glyph = found == channels().end() ? other : found->second.second;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(box.topLeft());
    p.scale(box.width(), box.height());
    QPen pen(color, 0.1);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    glyph(p);
    p.restore();
}

} // namespace ts::report
