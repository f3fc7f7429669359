// How scores relate to who stays: retention by NPS segment, churn by band, correlation, logit.
#pragma once

#include "metrics/logisticregression.h"
#include "metrics/proportion.h"
#include "metrics/scoretally.h"
#include "metrics/spearman.h"

#include <array>
#include <optional>
#include <string_view>

namespace ts::metrics {

// A rate within a band of scores, e.g. churn among CSAT answers 1-2.
struct BandRate
{
    std::string_view label; // "1-2", "3", "4-5"
    int low = 0;
    int high = 0;
    std::optional<Proportion> rate;
};

struct ScoreLinkage
{
    SpearmanResult spearman; // score vs retained (1) / churned (0)
    LogisticResult churnLogit; // churn on the score: odds ratio per point
};

struct RetentionLinkage
{
    std::optional<Proportion> retention; // over every response with an outcome
    std::optional<Proportion> churn; // 100 % - retention
    std::optional<Proportion> promoterRetention; // NPS 9-10
    std::optional<Proportion> passiveRetention; // NPS 7-8
    std::optional<Proportion> detractorRetention; // NPS 0-6
    std::array<BandRate, 3> churnByCsat; // 1-2, 3, 4-5
    std::array<BandRate, 3> churnByCes; // 1-3, 4, 5-7
    ScoreLinkage nps;
    ScoreLinkage csat;
    ScoreLinkage ces;
};

// Retention counts every response with an outcome, scored or not; the rest needs both.
RetentionLinkage linkRetention(std::size_t retained, std::size_t churned, const ScoreTally &nps,
                               const ScoreTally &csat, const ScoreTally &ces);

// Pieces, for tests and for the panel's charts.
std::optional<Proportion> retentionBetween(const ScoreTally &tally, int low, int high);
std::array<BandRate, 3> churnByBand(const ScoreTally &tally, const std::array<BandRate, 3> &bands);
ScoreLinkage linkScore(const ScoreTally &tally);

inline constexpr std::array<BandRate, 3> kCsatBands
    = {BandRate {"1-2", 1, 2, {}}, BandRate {"3", 3, 3, {}}, BandRate {"4-5", 4, 5, {}}};
inline constexpr std::array<BandRate, 3> kCesBands
    = {BandRate {"1-3", 1, 3, {}}, BandRate {"4", 4, 4, {}}, BandRate {"5-7", 5, 7, {}}};

} // namespace ts::metrics
