// Logistic regression of a 0/1 outcome on one predictor by IRLS, refusing when no fit exists.
#pragma once

#include "metrics/scoretally.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ts::metrics {

struct Coefficient
{
    double estimate = 0;
    double se = 0; // from the inverse of the Fisher information at the estimate
    double z = 0; // Wald statistic, estimate / se
    double p = 1; // two-sided, standard normal
};

struct LogisticFit
{
    Coefficient intercept;
    Coefficient slope;
    double oddsRatio = 1; // exp(slope): the factor on the odds per unit of the predictor
    double oddsRatioLow = 1; // Wald 95 %: exp(slope +- 1.96 se)
    double oddsRatioHigh = 1;
    int iterations = 0;
    std::size_t n = 0;
};

struct LogisticResult
{
    std::optional<LogisticFit> fit;
    std::string refusal; // why there is no fit, in words a CX lead can act on
    std::size_t n = 0; // observations considered
};

// Observations sharing one predictor value: `events` of `trials` had the outcome 1. Scores take
// a handful of values, so a million responses become at most eleven groups.
struct BinomialGroup
{
    double x = 0;
    std::size_t trials = 0;
    std::size_t events = 0;
};

// Words for the refusal messages.
struct LogisticLabels
{
    std::string_view predictor = "predictor";
    std::string_view event = "1"; // what y = 1 is called
    std::string_view nonEvent = "0"; // what y = 0 is called
    std::string_view observations = "observations";
};

inline constexpr std::size_t kMinLogisticRows = 10;

// Refuses when fewer than kMinLogisticRows observations, only one outcome, a constant
// predictor, or (quasi-)complete separation: then the likelihood keeps growing as the slope goes
// to infinity, so there is no estimate and any number printed would be an artefact of when the
// iterations stopped. Separation is checked exactly (in one dimension it means the outcome
// classes' predictor ranges overlap in at most one point); non-convergence and exploding
// coefficients are refused as well, as a safety net.
LogisticResult fitLogistic(std::span<const BinomialGroup> groups,
                           const LogisticLabels &labels = {});
// One observation per element; y is 0 or 1.
LogisticResult fitLogistic(std::span<const double> x, std::span<const int> y,
                           const LogisticLabels &labels = {});
// Churn (y = 1 churned) on the score, over the responses with both.
LogisticResult fitChurnOnScore(const ScoreTally &tally);

} // namespace ts::metrics
