// Benchmark of the metrics layer on generated survey exports, by hand; touchstone-bench runs the
// whole set (see docs/PERFORMANCE.md) and times `metrics_bench run` as a process.
//   metrics_bench generate FILE [ROWS]   write ROWS (default 1,000,000) responses as CSV
//   metrics_bench run FILE               import, compute every overall figure, group by stage
#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"
#include "metrics/surveyimporter.h"
#include "metricsbenchdata.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

using namespace ts::metrics;

namespace {

long peakKilobytes()
{
    std::ifstream status("/proc/self/status");
    std::string word;
    while (status >> word) {
        if (word == "VmHWM:") {
            long kilobytes = 0;
            status >> kilobytes;
            return kilobytes;
        }
    }
    return -1;
}

int run(const std::string &path)
{
    using Clock = std::chrono::steady_clock;
    auto seconds = [](Clock::time_point a, Clock::time_point b) {
        return std::chrono::duration<double>(b - a).count();
    };
    const auto start = Clock::now();
    const ImportResult imported = SurveyImporter().importFile(path);
    const auto parsed = Clock::now();
    const MetricFigures figures = computeFigures(imported.table);
    const auto computed = Clock::now();
    const GroupedFigures byStage = computeGroups(imported.table, GroupBy::Stage);
    const auto grouped = Clock::now();
    std::printf("rows %zu (bad %zu)\nparse %.3f s + overall figures %.3f s = %.3f s\n"
                "grouped by stage (%zu groups) %.3f s\npeak memory %ld MB\n",
                imported.table.size(), imported.badRowCount, seconds(start, parsed),
                seconds(parsed, computed), seconds(start, computed), byStage.groups.size(),
                seconds(computed, grouped), peakKilobytes() / 1024);
    if (figures.nps)
        std::printf("NPS %.1f [%.1f, %.1f] n %zu\n", figures.nps->value, figures.nps->low,
                    figures.nps->high, figures.nps->n);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 2 ? argv[1] : "";
    if (mode == "generate")
        return ts::bench::writeSurveyCsv(argv[2], argc > 3 ? std::stol(argv[3]) : 1000000) ? 0 : 4;
    if (mode == "run")
        return run(argv[2]);
    std::fprintf(stderr, "usage: metrics_bench generate FILE [ROWS] | run FILE\n");
    return 2;
}
