#include "bench_report.h"

#include "interchange/demo.h"
#include "report/pdfreport.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QString>

namespace ts::bench {
namespace {

int timeReport(const Workspace &w, const QString &path, int runs, LatencySamples &total,
               LatencySamples *layout = nullptr)
{
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = LatencySamples::Clock::now();
        const report::PdfReport pdf(w);
        if (layout)
            layout->add(LatencySamples::secondsSince(start));
        pdf.writeFile(path);
        total.add(LatencySamples::secondsSince(start));
        pages = pdf.pageCount();
    }
    return pages;
}

} // namespace

ReportResults runReportBenchmarks(const std::string &workspace, const std::string &folder, int runs)
{
    ReportResults r;
    // TOUCHSTONE_BENCH_REPORTS=DIR keeps the reports there, to look at.
    const QString keep = qEnvironmentVariable("TOUCHSTONE_BENCH_REPORTS");
    const QString dir = keep.isEmpty() ? QString::fromStdString(folder) : keep;
    const Workspace demo = interchange::demoWorkspace();
    r.demoPages = timeReport(demo, dir + QStringLiteral("/demo-report.pdf"), runs, r.demo);
    auto file = storage::WorkspaceFile::open(workspace, storage::WorkspaceFile::Access::ReadOnly);
    const Workspace large = storage::loadWorkspace(file->db());
    file.reset();
    r.benchPages = timeReport(large, dir + QStringLiteral("/bench-report.pdf"),
                              std::max(1, runs / 3), r.bench, &r.benchLayout);
    return r;
}

} // namespace ts::bench
