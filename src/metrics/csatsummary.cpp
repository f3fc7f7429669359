#include "metrics/csatsummary.h"

namespace ts::metrics {

std::optional<Proportion> summarizeCsat(const ScoreTally &tally)
{
    return makeProportion(tally.countBetween(4, 5), tally.n());
}

std::optional<Proportion> summarizeCsat(std::span<const std::int8_t> scores)
{
    ScoreTally tally = ScoreTally::forField(Field::Csat);
    tally.addAll(scores);
    return summarizeCsat(tally);
}

} // namespace ts::metrics
