// The PDF strategy report: a paginated, vector document of the workspace (title page, contents,
// purpose canvas, vision, journey maps, pain points, metrics, gaps, roadmap, appendix) written
// with QPdfWriter. Text stays text and charts stay vectors. QtGui only: needs a
// QGuiApplication for fonts, no widgets.
#pragma once

#include "core/ids.h"
#include "report/reportoptions.h"

#include <QString>
#include <memory>

class QIODevice;

namespace ts {
struct Workspace;
}

namespace ts::report {

class PdfReport
{
public:
    // Lays out every page (no device needed yet). `w` must outlive the report.
    explicit PdfReport(const Workspace &w, ReportOptions options = {});
    ~PdfReport();
    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    const ReportOptions &options() const;
    int pageCount() const;
    // 1-based page where a section or a journey map starts; 0 when it is not in the report.
    int pageOf(ReportSection section) const;
    int pageOfMap(Id mapId) const;
    bool isLandscape(int page) const; // 1-based

    // Paints every page into `device` (opened or not). False when `progress` cancelled it or
    // the device could not be written.
    bool write(QIODevice *device, const ReportProgress &progress = {}) const;
    // Writes `path` atomically: into a temporary file next to it, renamed at the end. Refuses
    // to replace a workspace (SQLite) file. Throws ts::Error (Write) naming the file; returns
    // false, leaving nothing behind, when `progress` cancelled it.
    bool writeFile(const QString &path, const ReportProgress &progress = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ts::report
