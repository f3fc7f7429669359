// Spearman rank correlation, with average ranks for ties (so it works on 0-10 scores and 0/1).
#pragma once

#include "metrics/scoretally.h"

#include <cstddef>
#include <optional>
#include <span>

namespace ts::metrics {

struct Correlation
{
    double rho = 0; // -1..1
    std::size_t n = 0;
};

// The Pearson correlation of the average ranks. Pairs with a NaN are skipped; nullopt when fewer
// than two pairs remain or either side does not vary.
std::optional<Correlation> spearman(std::span<const double> x, std::span<const double> y);

// Between a score and retention (retained 1, churned 0) over the responses with both, computed
// from the counts alone: a tie group's average rank depends only on how many share the value.
std::optional<Correlation> spearman(const ScoreTally &tally);

} // namespace ts::metrics
