#include "metricsbenchdata.h"

#include <cstdio>
#include <fstream>
#include <random>

namespace ts::bench {

bool writeSurveyCsv(const std::string &path, long rows)
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
    out << kSurveyCsvHeader << '\n';
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
    out.close();
    return bool(out);
}

} // namespace ts::bench
