// Small line-art glyphs and short labels for the channels of touchpoints.
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <string>

class QPainter;

namespace ts::report {

class ChannelGlyph
{
public:
    // "Web", "In person", ...; an unknown channel is shown as it is written.
    static QString label(const std::string &channel);
    // Draws the glyph of `channel` inside the square `box` in `color`.
    static void paint(QPainter &p, const std::string &channel, const QRectF &box,
                      const QColor &color);
};

} // namespace ts::report
