#include "metrics/spearman.h"

#include "metrics/interval.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace ts::metrics {

namespace {

// Rank 1 for the smallest; a run of equal values shares the mean of the ranks it spans.
std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i + 1;
        while (j < order.size() && values[order[j]] == values[order[i]])
            ++j;
        const double rank = double(i + 1 + j) / 2; // mean of ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

std::optional<double> pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const double n = double(x.size());
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - meanX) * (y[i] - meanY);
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

Correlation withP(double rho, std::size_t n)
{
    Correlation c {rho, n, std::nan("")};
    if (n < 3)
        return c;
    const double r = std::clamp(rho, -1.0, 1.0);
    c.p = std::abs(r) >= 1.0
        ? 0.0
        : tTwoSidedP(r * std::sqrt(double(n - 2) / (1.0 - r * r)), double(n - 2));
    return c;
}

} // namespace

std::optional<Correlation> spearman(std::span<const double> x, std::span<const double> y)
{
    std::vector<double> xs, ys;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (!std::isnan(x[i]) && !std::isnan(y[i])) {
            xs.push_back(x[i]);
            ys.push_back(y[i]);
        }
    }
    if (xs.size() < 2)
        return std::nullopt;
    const auto rho = pearson(averageRanks(xs), averageRanks(ys));
    if (!rho)
        return std::nullopt;
    return withP(*rho, xs.size());
}

std::optional<Correlation> spearman(const ScoreTally &tally)
{
    using Outcome = ScoreTally::Outcome;
    const ScoreScale scale = tally.scale();
    const double churned = double(tally.countBetween(scale.low, scale.high, Outcome::Churned));
    const double retained = double(tally.countBetween(scale.low, scale.high, Outcome::Retained));
    const double n = churned + retained;
    if (n < 2)
        return std::nullopt;
    const double meanRank = (n + 1) / 2;
    const double churnedRank = (churned + 1) / 2 - meanRank;
    const double retainedRank = churned + (retained + 1) / 2 - meanRank;
    double below = 0; // responses with a lower score, for the next tie group's ranks
    double sxy = 0, sxx = 0;
    for (int s = scale.low; s <= scale.high; ++s) {
        const double c0 = double(tally.count(s, Outcome::Churned));
        const double c1 = double(tally.count(s, Outcome::Retained));
        const double rank = below + (c0 + c1 + 1) / 2 - meanRank;
        sxy += rank * (c0 * churnedRank + c1 * retainedRank);
        sxx += (c0 + c1) * rank * rank;
        below += c0 + c1;
    }
    const double syy = churned * churnedRank * churnedRank + retained * retainedRank * retainedRank;
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return withP(sxy / std::sqrt(sxx * syy), std::size_t(n));
}

SpearmanResult correlateWithRetention(const ScoreTally &tally)
{
    using Outcome = ScoreTally::Outcome;
    const ScoreScale scale = tally.scale();
    SpearmanResult result;
    result.n = tally.countBetween(scale.low, scale.high, Outcome::Churned)
        + tally.countBetween(scale.low, scale.high, Outcome::Retained);
    if (result.n < kSpearmanMinimumPairs) {
        result.refusal = "only " + std::to_string(result.n)
            + " responses have both the score and an outcome; a rank correlation needs "
              "at least "
            + std::to_string(kSpearmanMinimumPairs);
        return result;
    }
    result.fit = spearman(tally);
    if (!result.fit)
        result.refusal = "the score or the outcome is the same for every response, so nothing "
                         "can be correlated";
    return result;
}

} // namespace ts::metrics
