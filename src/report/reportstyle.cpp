#include "report/reportstyle.h"

#include "report/mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <cmath>

namespace ts::report {

QFont ReportStyle::font(int size, int weight, bool italic) const
{
    QFont f(family);
    f.setPixelSize(std::max(4, size));
    f.setWeight(QFont::Weight(weight));
    f.setItalic(italic);
    // Unhinted advances scale linearly, so what was measured is what is printed.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Any letter spacing turns ligatures off: a PDF viewer cannot map a ligature glyph (fi, ti)
    // back to its letters, so searching and copying would break. A 64th of a point is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

ReportStyle ReportStyle::standard()
{
    ReportStyle s;
    s.family = MapStyle::screen().font(MapStyle::FontRole::CardTitle).family();
    return s;
}

namespace {

QString plain(const QString &text)
{
    QString out = text;
    for (auto &c : out)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\r') || c.unicode() < 0x20)
            c = QLatin1Char(' ');
    return out;
}

} // namespace

TextLines wrapText(const QString &text, const QFont &font, double width, const QColor &color,
                   double spacing)
{
    TextLines out;
    out.font = font;
    out.color = color;
    const QFontMetricsF metrics(font);
    out.lineHeight = std::ceil(metrics.height() * spacing * 4) / 4;
    out.ascent = metrics.ascent() + (out.lineHeight - metrics.height()) / 2;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const auto &paragraph : text.split(QLatin1Char('\n'))) {
        const QString safe = plain(paragraph).trimmed();
        if (safe.isEmpty()) {
            if (!out.lines.isEmpty())
                out.lines.push_back(QString());
            continue;
        }
        QTextLayout layout(safe, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1.0, width));
            const QString part = safe.mid(line.textStart(), line.textLength()).trimmed();
            out.lines.push_back(part);
            out.width = std::max(out.width, metrics.horizontalAdvance(part));
        }
        layout.endLayout();
    }
    while (!out.lines.isEmpty() && out.lines.back().isEmpty())
        out.lines.pop_back();
    return out;
}

void drawLines(QPainter &p, const TextLines &text, QPointF topLeft, double width,
               Qt::Alignment align, int first, int count)
{
    const int end = count < 0 ? text.count() : std::min(text.count(), first + count);
    if (first >= end)
        return;
    p.setFont(text.font);
    p.setPen(text.color);
    const QFontMetricsF metrics(text.font);
    for (int i = first; i < end; ++i) {
        const QString &line = text.lines[i];
        if (line.isEmpty())
            continue;
        double x = topLeft.x();
        if (width > 0 && !(align & Qt::AlignLeft)) {
            const double w = metrics.horizontalAdvance(line);
            x += (align & Qt::AlignRight) ? width - w : (width - w) / 2;
        }
        p.drawText(QPointF(x, topLeft.y() + (i - first) * text.lineHeight + text.ascent), line);
    }
}

QString elided(const QString &text, const QFont &font, double width)
{
    return QFontMetricsF(font).elidedText(plain(text), Qt::ElideRight, width);
}

double textWidth(const QString &text, const QFont &font)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

QString excerpt(const QString &text, int chars)
{
    const QString simple = text.simplified();
    if (simple.size() <= chars)
        return simple;
    int cut = simple.lastIndexOf(QLatin1Char(' '), chars);
    if (cut < chars / 2)
        cut = chars;
    return simple.left(cut).trimmed() + QChar(0x2026);
}

} // namespace ts::report
