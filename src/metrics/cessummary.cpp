#include "metrics/cessummary.h"

#include "metrics/interval.h"

#include <algorithm>
#include <cmath>

namespace ts::metrics {

std::optional<CesSummary> summarizeCes(const ScoreTally &tally)
{
    const std::size_t n = tally.n();
    if (n == 0)
        return std::nullopt;
    const ScoreScale scale = tally.scale();
    double sum = 0;
    for (int s = scale.low; s <= scale.high; ++s)
        sum += double(s) * double(tally.count(s));
    const double mean = sum / double(n);
    double squares = 0; // around the mean, for a stable sample variance
    for (int s = scale.low; s <= scale.high; ++s)
        squares += double(tally.count(s)) * (s - mean) * (s - mean);
    CesSummary ces;
    ces.mean = mean;
    ces.n = n;
    ces.low = scale.low;
    ces.high = scale.high;
    if (n >= 2) {
        const Interval ci = tInterval(mean, std::sqrt(squares / double(n - 1)), n);
        ces.low = std::max<double>(scale.low, ci.low);
        ces.high = std::min<double>(scale.high, ci.high);
    }
    ces.easy = *makeProportion(tally.countBetween(5, 7), n);
    return ces;
}

std::optional<CesSummary> summarizeCes(std::span<const std::int8_t> scores)
{
    ScoreTally tally = ScoreTally::forField(Field::Ces);
    tally.addAll(scores);
    return summarizeCes(tally);
}

} // namespace ts::metrics
