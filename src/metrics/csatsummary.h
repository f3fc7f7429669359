// CSAT as the top-2-box share (answers 4-5 of 1-5) with its Wilson interval.
#pragma once

#include "metrics/proportion.h"
#include "metrics/scoretally.h"

#include <cstdint>
#include <optional>
#include <span>

namespace ts::metrics {

// nullopt when there is no CSAT answer.
std::optional<Proportion> summarizeCsat(const ScoreTally &tally);
// Scores 1..5; -1 (missing) is skipped.
std::optional<Proportion> summarizeCsat(std::span<const std::int8_t> scores);

} // namespace ts::metrics
