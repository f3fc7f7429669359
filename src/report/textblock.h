// Plain text wrapped to a width once and drawn many times (the per-paint cost of a card title).
#pragma once

#include <QFont>
#include <QPointF>
#include <QStaticText>
#include <QString>
#include <memory>
#include <vector>

class QPainter;

namespace ts::report {

class TextBlock
{
public:
    // The text wrapped at word boundaries (anywhere inside a word too long for a line), from a
    // per-thread cache. The text is never interpreted as markup.
    static std::shared_ptr<const TextBlock> wrapped(const QString &text, const QFont &font,
                                                    double width, double lineSpacing = 1.0);

    double height() const { return m_height; }
    double width() const { return m_width; } // of the widest line
    int lineCount() const { return int(m_lines.size()); }
    double lineHeight() const { return m_lineHeight; }

    // Draws with the painter's pen; `font` must be the font the block was made with.
    void draw(QPainter &p, QPointF topLeft, const QFont &font) const;
    // Grey bars where the lines are: for zoom levels at which text cannot be read anyway.
    void drawGreeked(QPainter &p, QPointF topLeft, const QColor &color) const;

    // Text as users type it, made safe to lay out: line breaks become line separators,
    // other control characters spaces.
    static QString normalised(const QString &text);

private:
    struct Line
    {
        QStaticText text;
        QPointF offset;
        double width = 0;
    };
    std::vector<Line> m_lines;
    double m_height = 0;
    double m_width = 0;
    double m_lineHeight = 0;

    static TextBlock layOut(const QString &text, const QFont &font, double width,
                            double lineSpacing);
};

} // namespace ts::report
