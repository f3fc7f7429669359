// The closing table of touchstone-bench: each measure, its target, what was measured, PASS/FAIL.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ts::bench {

class BenchSummary
{
public:
    // A measure with a target in milliseconds; `measured` < 0 means it did not run.
    void addTarget(std::string measure, double targetMs, double measuredMs, std::string detail);
    // A measure without a target, shown for information.
    void addInfo(std::string measure, std::string measured);

    void print(std::ostream &out) const;
    bool allPassed() const;

private:
    struct Row
    {
        std::string measure;
        std::string target;
        std::string measured;
        std::optional<bool> pass;
    };
    static std::string resultOf(const Row &row);
    std::vector<Row> m_rows;
};

// "12.3 ms" with a precision that suits the size.
std::string formatMs(double ms);

} // namespace ts::bench
