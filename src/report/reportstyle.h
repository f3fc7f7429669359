// The typography and palette of the PDF strategy report, and wrapped text measured once and
// painted later. Report units are points (1/72 inch); fonts have integer pixel sizes in
// those units, so text measured without a device wraps the same way on the page.
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

class QPainter;

namespace ts::report {

struct ReportStyle
{
    QString family; // the map's font family, as installed
    QColor ink {0x1f, 0x29, 0x33};
    QColor muted {0x5b, 0x67, 0x76};
    QColor faint {0x9a, 0xa5, 0xb1};
    QColor rule {0xd6, 0xdc, 0xe3};
    QColor accent {0x1d, 0x3f, 0x6e}; // deep navy: headings, rules, chart ink
    QColor accentSoft {0xe9, 0xef, 0xf6};
    QColor highlight {0xc8, 0x8a, 0x12}; // one warm accent, used sparingly
    QColor headerFill {0xf2, 0xf4, 0xf7};
    QColor gap {0xc0, 0x39, 0x2b}; // what is missing or out of line
    QColor good {0x2b, 0x8a, 0x4f};
    QColor neutral {0xb8, 0xc0, 0xca};

    double marginX = 50; // generous, as printed reports have
    double marginTop = 62;
    double marginBottom = 56;
    double headerBaseline = 34;
    double footerBaseline = 28; // from the bottom edge
    double spacing = 1.28; // line height as a multiple of the font height

    // `size` in points; `weight` as QFont::Weight.
    QFont font(int size, int weight = QFont::Normal, bool italic = false) const;
    QFont body() const { return font(9); }
    QFont bold(int size = 9) const { return font(size, QFont::Bold); }
    QFont small() const { return font(8); }
    QFont caption() const { return font(7); }

    static ReportStyle standard();
};

// Text wrapped to a width: paragraphs at line breaks, words where they fit (anywhere inside a
// word too long for a line). User text is drawn as plain text, never as markup.
struct TextLines
{
    QStringList lines;
    QFont font;
    QColor color;
    double lineHeight = 0;
    double ascent = 0;
    double width = 0; // of the widest line

    double height() const { return lineHeight * double(lines.size()); }
    int count() const { return int(lines.size()); }
};

TextLines wrapText(const QString &text, const QFont &font, double width, const QColor &color,
                   double spacing = 1.28);
// Lines [first, first + count) at `topLeft`; `width` > 0 with AlignRight / AlignHCenter aligns
// each line in it.
void drawLines(QPainter &p, const TextLines &text, QPointF topLeft, double width = 0,
               Qt::Alignment align = Qt::AlignLeft, int first = 0, int count = -1);
// One line, shortened with an ellipsis when wider than `width` (labels, never content).
QString elided(const QString &text, const QFont &font, double width);
double textWidth(const QString &text, const QFont &font);
// At most `chars` characters, cut at a word boundary with an ellipsis (an excerpt).
QString excerpt(const QString &text, int chars);

} // namespace ts::report
