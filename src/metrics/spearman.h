// Spearman rank correlation, with average ranks for ties (so it works on 0-10 scores and 0/1).
#pragma once

#include "metrics/scoretally.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>

namespace ts::metrics {

struct Correlation
{
    double rho = 0; // -1..1
    std::size_t n = 0;
    // Two-sided p of rho = 0: t = rho * sqrt((n - 2) / (1 - rho^2)) on n - 2 degrees of freedom
    // (as scipy.stats.spearmanr computes it); 0 when |rho| = 1, NaN when n < 3.
    double p = 0;
};

// The correlation of a score with retention, or why there is none (as LogisticResult).
struct SpearmanResult
{
    std::optional<Correlation> fit;
    std::string refusal; // why there is no correlation, in words a CX lead can act on
    std::size_t n = 0; // responses with both the score and an outcome
};

// Below this many pairs a rank correlation says nothing (its p hardly ever falls under 0.05 and
// one response moves it by a third); it is refused, like the churn regression.
inline constexpr std::size_t kSpearmanMinimumPairs = 10;

// The Pearson correlation of the average ranks. Pairs with a NaN are skipped; nullopt when fewer
// than two pairs remain or either side does not vary.
std::optional<Correlation> spearman(std::span<const double> x, std::span<const double> y);

// Between a score and retention (retained 1, churned 0) over the responses with both, computed
// from the counts alone: a tie group's average rank depends only on how many share the value.
std::optional<Correlation> spearman(const ScoreTally &tally);
// The same, refused with a reason below kSpearmanMinimumPairs pairs or when either side is
// constant.
SpearmanResult correlateWithRetention(const ScoreTally &tally);

} // namespace ts::metrics
