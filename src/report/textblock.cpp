#include "report/textblock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <unordered_map>

namespace ts::report {
namespace {

constexpr std::size_t kCacheLimit = 8192;

struct Cache
{
    std::unordered_map<QString, std::shared_ptr<const TextBlock>> blocks;
};

QStaticText staticLine(const QString &text, const QFont &font)
{
    QStaticText line(text);
    line.setTextFormat(Qt::PlainText); // user text is never markup
    line.setPerformanceHint(QStaticText::AggressiveCaching);
    line.prepare(QTransform(), font);
    return line;
}

} // namespace

QString TextBlock::normalised(const QString &text)
{
    QString out = text;
    for (auto &c : out) {
        if (c == QLatin1Char('\n'))
            c = QChar::LineSeparator;
        else if (c == QLatin1Char('\r') || c == QLatin1Char('\t') || (c.unicode() < 0x20))
            c = QLatin1Char(' ');
    }
    return out;
}

std::shared_ptr<const TextBlock> TextBlock::wrapped(const QString &text, const QFont &font,
                                                    double width, double lineSpacing)
{
    thread_local Cache cache;
    QString key = font.key();
    key += QLatin1Char('|') + QString::number(width, 'f', 2) + QLatin1Char('|')
        + QString::number(lineSpacing, 'f', 3) + QLatin1Char('|') + text;
    if (auto found = cache.blocks.find(key); found != cache.blocks.end())
        return found->second;
    if (cache.blocks.size() >= kCacheLimit)
        cache.blocks.clear();
    auto block = std::make_shared<const TextBlock>(layOut(text, font, width, lineSpacing));
    cache.blocks.emplace(std::move(key), block);
    return block;
}

TextBlock TextBlock::layOut(const QString &text, const QFont &font, double width,
                            double lineSpacing)
{
    TextBlock block;
    const QString safe = normalised(text);
    const QFontMetricsF metrics(font);
    block.m_lineHeight = metrics.height() * lineSpacing;
    const double lead = (block.m_lineHeight - metrics.height()) / 2;
    QTextLayout layout(safe, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const QString part = safe.mid(line.textStart(), line.textLength()).trimmed();
        const double y = block.m_lines.size() * block.m_lineHeight;
        if (!part.isEmpty() || line.textLength() > 0) {
            const double w = metrics.horizontalAdvance(part);
            block.m_lines.push_back({staticLine(part, font), QPointF(0, y + lead), w});
            block.m_width = std::max(block.m_width, w);
        }
    }
    layout.endLayout();
    // A title of only blank lines still takes no room.
    while (!block.m_lines.empty() && block.m_lines.back().width == 0)
        block.m_lines.pop_back();
    block.m_height = block.m_lines.size() * block.m_lineHeight;
    return block;
}

void TextBlock::draw(QPainter &p, QPointF topLeft, const QFont &font) const
{
    p.setFont(font);
    for (const auto &line : m_lines)
        if (line.width > 0)
            p.drawStaticText(topLeft + line.offset, line.text);
}

void TextBlock::drawGreeked(QPainter &p, QPointF topLeft, const QColor &color) const
{
    const double bar = m_lineHeight * 0.45;
    for (const auto &line : m_lines)
        if (line.width > 0)
            p.fillRect(QRectF(topLeft.x() + line.offset.x(),
                              topLeft.y() + line.offset.y() + (m_lineHeight - bar) / 2, line.width,
                              bar),
                       color);
}

} // namespace ts::report
