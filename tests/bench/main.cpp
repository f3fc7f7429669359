// touchstone-bench: generates a large workspace in a temporary folder, runs the benchmarks on
// it, compares loading with the sqlite3 tool, prints target vs measured, and cleans up.
#include "bench_report.h"
#include "benchsummary.h"
#include "benchworkspace.h"
#include "editorbenchmarks.h"
#include "foundationbenchmarks.h"
#include "metricsbenchmarks.h"
#include "sqlite3cli.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <filesystem>
#include <iostream>
#include <spdlog/spdlog.h>

namespace fs = std::filesystem;
using namespace ts;
using namespace ts::bench;

namespace {

constexpr int kSqlite3Runs = 15;

std::string createWorkspace(const QTemporaryDir &dir)
{
    const auto path = dir.filePath("bench.cxw").toStdString();
    std::cout << "Generating the benchmark workspace in " << path << " ..." << std::endl;
    const auto start = LatencySamples::Clock::now();
    const auto generated = makeBenchWorkspace(path);
    const double seconds = LatencySamples::secondsSince(start);
    auto file = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    const bool identical = storage::loadWorkspace(file->db()) == generated;
    std::cout << "  " << generated.maps.size() << " maps, " << generated.stages.size()
              << " stages, " << generated.cards.size() << " cards, " << generated.cardLinks.size()
              << " card links, " << generated.initiatives.size() << " initiatives; "
              << fs::file_size(path) / 1024 << " KiB, written in " << formatMs(seconds * 1000)
              << "; reloads " << (identical ? "identical" : "DIFFERENT (generator bug?)") << "\n"
              << std::endl;
    return path;
}

void addFoundation(BenchSummary &summary, const FoundationResults &r)
{
    const auto runs = [](const LatencySamples &s) {
        return std::to_string(s.count()) + " runs";
    };
    const auto orNotRun = [](const LatencySamples &s, double ms) {
        return s.empty() ? -1 : ms;
    };
    summary.addTarget("(a) open + load everything, ReadWrite (median)", 150,
                      orNotRun(r.openLoadReadWrite, r.openLoadReadWrite.medianMs()),
                      "p99 " + formatMs(r.openLoadReadWrite.percentileMs(99)) + ", "
                          + runs(r.openLoadReadWrite));
    if (!r.openLoadReadOnly.empty())
        summary.addInfo("    same, ReadOnly (median)",
                        formatMs(r.openLoadReadOnly.medianMs()) + " (p99 "
                            + formatMs(r.openLoadReadOnly.percentileMs(99)) + ")");
    if (!r.openOnly.empty())
        summary.addInfo("    of which WorkspaceFile::open (median)",
                        formatMs(r.openOnly.medianMs()) + " (checks, lock, quick_check, pragmas)");
    summary.addTarget("(b) one card edit committed durably (p99)", 5,
                      orNotRun(r.cardEdit, r.cardEdit.percentileMs(99)),
                      "p50 " + formatMs(r.cardEdit.medianMs()) + ", " + runs(r.cardEdit) + ", "
                          + r.editDurability);
    if (!r.cardEdit.empty())
        summary.addInfo("    log checkpoints during the edits",
                        std::to_string(r.checkpoints.finished) + " on their own thread, "
                            + std::to_string(r.checkpoints.onCommit)
                            + " small ones by a commit; largest log "
                            + std::to_string(r.checkpoints.largestLog) + " pages, started over "
                            + std::to_string(r.checkpoints.restarts) + " times");
    summary.addTarget("(c) JSON export, toJson + dumpJson (median)", 300,
                      orNotRun(r.jsonExport, r.jsonExport.medianMs()),
                      std::to_string(r.jsonBytes / 1024) + " KiB, " + runs(r.jsonExport));
}

void addSqlite3(BenchSummary &summary, const FoundationResults &r, const Sqlite3Timings &cli)
{
    if (!cli.error.empty()) {
        summary.addInfo("sqlite3 CLI comparison", "not measured: " + cli.error);
        return;
    }
    const double cliMs = cli.readEveryTable.medianMs();
    const double startMs = cli.processStart.medianMs();
    summary.addInfo("sqlite3 CLI, same tables to /dev/null (median)",
                    formatMs(cliMs) + " incl. process start (" + formatMs(startMs) + " alone), "
                        + std::to_string(cli.readEveryTable.count()) + " runs");
    if (r.openLoadReadWrite.empty())
        return;
    char ratio[96];
    std::snprintf(ratio, sizeof ratio, "%.2fx (%.2fx against sqlite3 minus process start)",
                  r.openLoadReadWrite.medianMs() / cliMs,
                  r.openLoadReadWrite.medianMs() / std::max(cliMs - startMs, 1e-3));
    summary.addInfo("ratio (a) / sqlite3 CLI", ratio);
}

void addEditor(BenchSummary &summary, const EditorResults &r)
{
    const auto detail = [&](const LatencySamples &s) {
        return "p99 " + formatMs(s.percentileMs(99)) + ", " + std::to_string(s.count()) + " runs, "
            + std::to_string(r.cards) + "-card map";
    };
    summary.addTarget("map editor: open the map tab, first time (cold)", 100, r.firstOpenMs,
                      std::to_string(r.cards) + "-card map, text layouts not yet cached");
    summary.addTarget("map editor: open the map tab again (median)", 100, r.openTab.medianMs(),
                      detail(r.openTab));
    summary.addTarget("map editor: full repaint at 1920x1080 (median)", 16, r.repaint.medianMs(),
                      detail(r.repaint));
    summary.addTarget("map editor: drag one card, move + commit (median)", 10,
                      r.dragMove.medianMs(), detail(r.dragMove));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the editor benchmarks draw widgets
    const long metricsRows = takeMetricsRows(argc, argv, 1000000); // --metrics-rows N, 0 = skip
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    spdlog::set_level(spdlog::level::warn); // the storage layer's migration notes are noise here
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::cerr << "touchstone-bench: cannot create a temporary folder\n";
        return 4;
    }
    try {
        const FoundationFiles files {createWorkspace(dir), dir.filePath("edits.cxw").toStdString()};
        fs::copy_file(files.workspace, files.edits);
        FoundationResults results;
        registerFoundationBenchmarks(files, results);
        benchmark::RunSpecifiedBenchmarks();

        std::cout << "\nTiming the sqlite3 tool reading the same tables (" << kSqlite3Runs
                  << " runs, wall clock, process start included) ..." << std::endl;
        const auto cli = timeSqlite3Reading(files.workspace, kSqlite3Runs);
        std::cout << "Timing the map editor and the gap rules ..." << std::endl;
        const auto largeMap = dir.filePath("large-map.cxw").toStdString();
        makeLargeMap(largeMap, 500);
        const auto editor = runEditorBenchmarks(largeMap, 30);
        const auto rules = runAlignmentBenchmark(files.workspace, 30);
        std::cout << "Timing the PDF strategy report ..." << std::endl;
        const auto pdf = runReportBenchmarks(files.workspace, dir.path().toStdString(), 6);
        MetricsBenchOptions metricsOptions;
        metricsOptions.rows = metricsRows;
        metricsOptions.folder = dir.path().toStdString();
        const auto survey = runMetricsBenchmarks(metricsOptions);
        BenchSummary summary;
        addFoundation(summary, results);
        addSqlite3(summary, results, cli);
        addEditor(summary, editor);
        summary.addTarget("gap rules: all rules over the 5,000-card workspace (median)", 50,
                          rules.empty() ? -1 : rules.medianMs(),
                          "p99 " + formatMs(rules.percentileMs(99)) + ", "
                              + std::to_string(rules.count()) + " runs");
        addMetrics(summary, survey);
        summary.addTarget("PDF report of the demo workspace (median)", 1000, pdf.demo.medianMs(),
                          std::to_string(pdf.demoPages) + " pages, "
                              + std::to_string(pdf.demo.count()) + " runs");
        summary.addTarget("PDF report of the 5,000-card workspace (median)", 5000,
                          pdf.bench.medianMs(),
                          std::to_string(pdf.benchPages) + " pages, layout "
                              + formatMs(pdf.benchLayout.medianMs()) + ", "
                              + std::to_string(pdf.bench.count()) + " runs");
        summary.print(std::cout);
    } catch (const std::exception &e) {
        std::cerr << "touchstone-bench: " << e.what() << '\n';
        return 6;
    }
    benchmark::Shutdown();
    return 0;
}
