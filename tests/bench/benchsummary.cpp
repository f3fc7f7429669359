#include "benchsummary.h"

#include <algorithm>
#include <cstdio>

namespace ts::bench {

std::string formatMs(double ms)
{
    char text[32];
    std::snprintf(text, sizeof text, ms < 10 ? "%.2f ms" : "%.1f ms", ms);
    return text;
}

void BenchSummary::addTarget(std::string measure, double targetMs, double measuredMs,
                             std::string detail)
{
    if (measuredMs < 0) {
        m_rows.push_back({std::move(measure), "<= " + formatMs(targetMs), "not run", std::nullopt});
        return;
    }
    std::string measured = formatMs(measuredMs);
    if (!detail.empty())
        measured += " (" + detail + ")";
    m_rows.push_back(
        {std::move(measure), "<= " + formatMs(targetMs), measured, measuredMs <= targetMs});
}

void BenchSummary::addInfo(std::string measure, std::string measured)
{
    m_rows.push_back({std::move(measure), "-", std::move(measured), std::nullopt});
}

std::string BenchSummary::resultOf(const Row &row)
{
    if (row.pass)
        return *row.pass ? "PASS" : "FAIL";
    return row.target == "-" ? "info" : "skipped";
}

void BenchSummary::print(std::ostream &out) const
{
    std::size_t widths[3] = {7, 6, 8};
    for (const auto &row : m_rows) {
        widths[0] = std::max(widths[0], row.measure.size());
        widths[1] = std::max(widths[1], row.target.size());
        widths[2] = std::max(widths[2], row.measured.size());
    }
    const auto line = [&](const std::string &a, const std::string &b, const std::string &c,
                          const std::string &d) {
        out << a << std::string(widths[0] - a.size() + 2, ' ') << b
            << std::string(widths[1] - b.size() + 2, ' ') << c
            << std::string(widths[2] - c.size() + 2, ' ') << d << '\n';
    };
    out << "\nSummary\n";
    line("Measure", "Target", "Measured", "Result");
    line(std::string(widths[0], '-'), std::string(widths[1], '-'), std::string(widths[2], '-'),
         "------");
    for (const auto &row : m_rows)
        line(row.measure, row.target, row.measured, resultOf(row));
}

bool BenchSummary::allPassed() const
{
    return std::all_of(m_rows.begin(), m_rows.end(),
                       [](const Row &row) { return !row.pass || *row.pass; });
}

} // namespace ts::bench
