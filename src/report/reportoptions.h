// What goes into the PDF strategy report and how: sections, page size, author, logo.
#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace ts::report {

// In report order.
enum class ReportSection {
    Title,
    Contents,
    Canvas,
    Vision,
    Maps,
    PainPoints,
    Metrics,
    Gaps,
    Roadmap,
    Appendix
};

const std::vector<ReportSection> &allReportSections();
// The stable key of `touchstone-cli export-pdf --sections`: title, contents, canvas, vision,
// maps, painpoints, metrics, gaps, roadmap, appendix.
QString sectionKey(ReportSection section);
// The heading the section carries in the report and in its contents.
QString sectionTitle(ReportSection section);
std::optional<ReportSection> sectionFromKey(const QString &key);
// "title, maps,roadmap" -> those sections in report order (case-insensitive, blanks ignored).
// nullopt when a key is unknown or the list is empty; `problem` then says which.
std::optional<std::vector<ReportSection>> parseSectionList(const QString &list,
                                                           QString *problem = nullptr);

// A4, Letter or A3 (case-insensitive).
std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);

struct ReportOptions
{
    std::vector<ReportSection> sections = allReportSections(); // painted in report order
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString author; // on the title page
    QString logoPath; // an optional image on the title page
    QDate date; // on the title page and in the footer; invalid: today
    QString workspaceName; // page headers; empty: the organisation on the canvas

    bool has(ReportSection section) const;
};

// Called after each painted page with (pages done, pages in all); returning false cancels.
using ReportProgress = std::function<bool(int done, int total)>;

} // namespace ts::report
