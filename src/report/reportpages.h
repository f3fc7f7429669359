// The PDF report laid out as pages of paint operations, before anything is painted: sections
// flow into pages (portrait or landscape each), anchors record where each section starts, and
// the contents and "page X of Y" read them when the pages are finally painted (two passes).
#pragma once

#include "report/reportstyle.h"

#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <functional>
#include <map>
#include <vector>

class QPainter;

namespace ts::report {

// Paints in page coordinates (points, origin at the page's top-left corner).
using PaintOp = std::function<void(QPainter &)>;

struct ReportPage
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString runningHead; // the section's title, in the page header
    bool chrome = true; // header and footer (not on the title page)
    std::vector<PaintOp> ops;
};

class ReportBuilder
{
public:
    ReportBuilder(const ReportStyle &style, QPageSize::PageSizeId pageSize);

    const ReportStyle &style() const { return m_style; }
    QPageSize::PageSizeId pageSizeId() const { return m_pageSize; }

    // A new page; the cursor goes to the top of its body.
    void newPage(QPageLayout::Orientation orientation, bool chrome = true);
    // A new page like the current one (a section running over).
    void continuePage();
    // The running head of the current page and every following one (call after newPage).
    void setRunningHead(const QString &text);
    // The current page is where `key` starts (the contents look it up when painting).
    void anchor(const QString &key);
    // 1-based page number of an anchor; 0 when absent.
    int pageOf(const QString &key) const;

    QSizeF pageSize() const; // of the current page, in points
    static QSizeF pageSize(QPageSize::PageSizeId id, QPageLayout::Orientation orientation);
    QRectF body() const; // the area between margins, header and footer
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return body().bottom() - m_y; }
    bool atTop() const { return m_y <= body().top() + 0.5; }
    // Continues on a new page unless `height` fits below the cursor (or the page is empty).
    void ensure(double height);
    void paint(PaintOp op);

    const std::vector<ReportPage> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }

    // The header (running title left, section right) and the footer ("Page X of Y").
    static void paintChrome(QPainter &p, const ReportStyle &style, const ReportPage &page,
                            QSizeF size, int number, int total, const QString &headerText,
                            const QString &footerText);

private:
    ReportStyle m_style;
    QPageSize::PageSizeId m_pageSize;
    std::vector<ReportPage> m_pages;
    std::map<QString, int> m_anchors; // page index
    QString m_runningHead;
    double m_y = 0;
};

} // namespace ts::report
