// Customer Effort Score: the mean on 1-7 with a Student t interval, and the share of "easy" 5-7.
#pragma once

#include "metrics/proportion.h"
#include "metrics/scoretally.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace ts::metrics {

struct CesSummary
{
    double mean = 0;
    std::size_t n = 0;
    double low = 0; // 95 % t interval, clamped to the scale 1..7
    double high = 0;
    Proportion easy; // share of 5-7, in percent, with its Wilson interval
};

// nullopt when there is no CES answer. With a single answer the spread is unknown, so the
// interval is the whole scale (1..7) rather than a made-up zero width.
std::optional<CesSummary> summarizeCes(const ScoreTally &tally);
// Scores 1..7; -1 (missing) is skipped.
std::optional<CesSummary> summarizeCes(std::span<const std::int8_t> scores);

} // namespace ts::metrics
