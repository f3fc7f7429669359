// The sections of the PDF strategy report: each lays itself out into the ReportBuilder's pages.
#pragma once

#include "report/reportoptions.h"
#include "report/reportpages.h"

#include <QString>
#include <vector>

namespace ts {
struct Workspace;
}

namespace ts::report {

struct ReportContext
{
    const Workspace &w;
    const ReportOptions &options;
    ReportBuilder &b;
    QString organisation; // from the canvas, or a stand-in
    QDate date;
    int number = 0; // of the section being laid out, in headings ("03")
};

struct ContentsEntry
{
    QString title;
    QString anchor; // the key the section's first page is anchored under
    int level = 0; // 0 section, 1 a journey map
    int number = 0; // the section's number; 0 for sub-entries
};

// The anchor of a section's first page, and of one journey map's.
QString sectionAnchor(ReportSection section);
QString mapAnchor(long long mapId);

// Starts a section on a new page: number, title, a lead paragraph and a rule. The title and
// lead keep clear of `reserveRight` points at the right (for a gauge beside them); returns the
// heading's area.
QRectF beginSection(ReportContext &ctx, ReportSection section, QPageLayout::Orientation orientation,
                    const QString &lead, double reserveRight = 0);
// A bulleted paragraph with a hanging indent.
void addBullet(ReportContext &ctx, const QString &text, const QFont &font, const QColor &color,
               double after = 4);
// A heading inside a section (keeps itself with `keep` points of what follows).
void addHeading(ReportContext &ctx, const QString &text, double keep = 60);
class ReportTable;
// A heading kept on the page with the table under it (with all of a short table, else with
// its first rows), then the table.
void addTable(ReportContext &ctx, const QString &heading, const ReportTable &table);
// A paragraph of body text, flowing over pages between lines.
void addParagraph(ReportContext &ctx, const QString &text, const QFont &font, const QColor &color,
                  double after = 8);

void addTitlePage(ReportContext &ctx);
// The entries' page numbers are looked up when the page is painted, after every section has
// been laid out.
void addContents(ReportContext &ctx, const std::vector<ContentsEntry> &entries);
void addCanvas(ReportContext &ctx);
void addVision(ReportContext &ctx);
void addMaps(ReportContext &ctx);
void addPainPoints(ReportContext &ctx);
void addMetrics(ReportContext &ctx); // reportmetrics.cpp: follows the metrics layer's API
void addGaps(ReportContext &ctx);
void addRoadmap(ReportContext &ctx);
void addAppendix(ReportContext &ctx);

} // namespace ts::report
