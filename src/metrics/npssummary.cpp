#include "metrics/npssummary.h"

#include "metrics/interval.h"

#include <algorithm>
#include <cmath>

namespace ts::metrics {

std::optional<NpsSummary> summarizeNps(std::size_t promoters, std::size_t passives,
                                       std::size_t detractors)
{
    const std::size_t n = promoters + passives + detractors;
    if (n == 0)
        return std::nullopt;
    // Adjusted Wald (Rocks 2016, as MeasuringU recommends): the interval is computed as if there
    // were 3 more responses, 3/4 of one more promoter and 3/4 of one more detractor. Unlike the
    // plain Wald interval it never collapses to zero width (5 promoters out of 5, 200 passives),
    // and its coverage stays near 95 % for small samples. The value itself is not adjusted.
    const double adjustedN = double(n) + 3.0;
    const double pPlus = (double(promoters) + 0.75) / adjustedN;
    const double pMinus = (double(detractors) + 0.75) / adjustedN;
    const double difference = pPlus - pMinus;
    const double variance = (pPlus + pMinus - difference * difference) / adjustedN;
    const double half = kZ95 * std::sqrt(std::max(0.0, variance));
    NpsSummary nps;
    // From the counts, so the value is the correctly rounded quotient (25.25, not 25.2499...)
    // and prints the same in every output.
    nps.value = 100.0 * (double(promoters) - double(detractors)) / double(n);
    nps.n = n;
    nps.low = std::max(-100.0, 100.0 * (difference - half));
    nps.high = std::min(100.0, 100.0 * (difference + half));
    nps.promoters = promoters;
    nps.passives = passives;
    nps.detractors = detractors;
    return nps;
}

std::optional<NpsSummary> summarizeNps(const ScoreTally &tally)
{
    return summarizeNps(tally.countBetween(9, 10), tally.countBetween(7, 8),
                        tally.countBetween(0, 6));
}

std::optional<NpsSummary> summarizeNps(std::span<const std::int8_t> scores)
{
    ScoreTally tally = ScoreTally::forField(Field::Nps);
    tally.addAll(scores);
    return summarizeNps(tally);
}

} // namespace ts::metrics
