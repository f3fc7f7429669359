#include "report/reportpages.h"

#include <QPainter>

namespace ts::report {

ReportBuilder::ReportBuilder(const ReportStyle &style, QPageSize::PageSizeId pageSize)
    : m_style(style)
    , m_pageSize(pageSize)
{ }

void ReportBuilder::newPage(QPageLayout::Orientation orientation, bool chrome)
{
    ReportPage page;
    page.orientation = orientation;
    page.chrome = chrome;
    page.runningHead = m_runningHead;
    m_pages.push_back(std::move(page));
    m_y = body().top();
}

void ReportBuilder::continuePage()
{
    const bool any = !m_pages.empty();
    newPage(any ? m_pages.back().orientation : QPageLayout::Portrait,
            any ? m_pages.back().chrome : true);
}

void ReportBuilder::setRunningHead(const QString &text)
{
    m_runningHead = text;
    if (!m_pages.empty())
        m_pages.back().runningHead = text;
}

void ReportBuilder::anchor(const QString &key)
{
    if (!m_pages.empty())
        m_anchors.emplace(key, int(m_pages.size()) - 1);
}

int ReportBuilder::pageOf(const QString &key) const
{
    const auto found = m_anchors.find(key);
    return found == m_anchors.end() ? 0 : found->second + 1;
}

QSizeF ReportBuilder::pageSize(QPageSize::PageSizeId id, QPageLayout::Orientation orientation)
{
    const QSizeF size = QPageSize(id).size(QPageSize::Point);
    return orientation == QPageLayout::Landscape ? size.transposed() : size;
}

QSizeF ReportBuilder::pageSize() const
{
    return pageSize(m_pageSize,
                    m_pages.empty() ? QPageLayout::Portrait : m_pages.back().orientation);
}

QRectF ReportBuilder::body() const
{
    const QSizeF size = pageSize();
    return QRectF(m_style.marginX, m_style.marginTop, size.width() - 2 * m_style.marginX,
                  size.height() - m_style.marginTop - m_style.marginBottom);
}

void ReportBuilder::ensure(double height)
{
    if (height > remaining() + 0.01 && !atTop())
        continuePage();
}

void ReportBuilder::paint(PaintOp op)
{
    if (m_pages.empty())
        newPage(QPageLayout::Portrait);
    m_pages.back().ops.push_back(std::move(op));
}

void ReportBuilder::paintChrome(QPainter &p, const ReportStyle &style, const ReportPage &page,
                                QSizeF size, int number, int total, const QString &headerText,
                                const QString &footerText)
{
    if (!page.chrome)
        return;
    const double left = style.marginX, right = size.width() - style.marginX;
    const double width = right - left;
    const QFont head = style.font(7, QFont::DemiBold);
    const QFont foot = style.font(7);
    p.save();
    p.setPen(style.muted);
    p.setFont(head);
    const double half = width / 2 - 8;
    p.drawText(QPointF(left, style.headerBaseline), elided(headerText, head, half));
    const QString section = elided(page.runningHead, foot, half);
    p.setFont(foot);
    p.drawText(QPointF(right - textWidth(section, foot), style.headerBaseline), section);
    p.setPen(QPen(style.rule, 0.6));
    p.drawLine(QPointF(left, style.headerBaseline + 7), QPointF(right, style.headerBaseline + 7));

    const double baseline = size.height() - style.footerBaseline;
    p.drawLine(QPointF(left, baseline - 12), QPointF(right, baseline - 12));
    p.setPen(style.muted);
    p.drawText(QPointF(left, baseline), elided(footerText, foot, half));
    const QString pageText = QStringLiteral("Page %1 of %2").arg(number).arg(total);
    p.setFont(head);
    p.drawText(QPointF(right - textWidth(pageText, head), baseline), pageText);
    p.restore();
}

} // namespace ts::report
