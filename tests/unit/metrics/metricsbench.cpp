// Benchmark of the metrics layer on generated survey exports (not a test; see CMakeLists.txt).
//   metrics_bench generate FILE [ROWS]   write ROWS (default 1,000,000) responses as CSV
//   metrics_bench run FILE               import, compute every overall figure, group by stage
#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"
#include "metrics/surveyimporter.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

using namespace ts::metrics;

namespace {

int generate(const std::string &path, long rows)
{
    static const char *stages[]
        = {"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"};
    static const char *touchpoints[] = {"Web", "App", "Store", "Phone", "Email", "Chat"};
    static const char *segments[] = {"SMB", "Mid-market", "Enterprise"};
    static const char *comments[] = {"Great service",
                                     "Too slow",
                                     "\"\"\"Okay\"\", I guess\"",
                                     "\"Could be better, honestly\"",
                                     "",
                                     "Loved it",
                                     ""};
    std::mt19937 random(42);
    auto pick = [&](int n) {
        return std::uniform_int_distribution<int>(0, n - 1)(random);
    };
    std::ofstream out(path, std::ios::binary);
    out << "customer_id,date,nps,csat,ces,stage,touchpoint,segment,retained,expansion,referral,"
           "comment\n";
    char line[256];
    for (long i = 0; i < rows; ++i) {
        const int nps = pick(11);
        // Retention rises with the score, so the linkage figures have something to find.
        const bool retained = pick(1000) < 600 + 35 * nps;
        std::snprintf(line, sizeof line, "C%07d,2024-%02d-%02d,%d,%d,%d,%s,%s,%s,%d,%d,%d,%s\n",
                      pick(300000), 1 + pick(12), 1 + pick(28), nps, 1 + pick(5), 1 + pick(7),
                      stages[pick(5)], touchpoints[pick(6)], segments[pick(3)], retained ? 1 : 0,
                      pick(2), pick(2), comments[pick(7)]);
        out << line;
    }
    return out ? 0 : 4;
}

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
        return generate(argv[2], argc > 3 ? std::stol(argv[3]) : 1000000);
    if (mode == "run")
        return run(argv[2]);
    std::fprintf(stderr, "usage: metrics_bench generate FILE [ROWS] | run FILE\n");
    return 2;
}
