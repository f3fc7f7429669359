#include "metrics/logisticregression.h"

#include "metrics/interval.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace ts::metrics {

namespace {

constexpr int kMaxIterations = 50;
// |slope| * predictor range above this means fitted odds beyond e^40: a separated fit.
constexpr double kExplodingLogit = 40;

struct Moments
{
    double g0 = 0, g1 = 0; // gradient of the log-likelihood
    double h00 = 0, h01 = 0, h11 = 0; // Fisher information
    double logLikelihood = 0;
};

Moments moments(std::span<const BinomialGroup> groups, double b0, double b1)
{
    Moments m;
    for (const BinomialGroup &g : groups) {
        const double eta = b0 + b1 * g.x;
        const double p = 1 / (1 + std::exp(-eta));
        const double trials = double(g.trials), events = double(g.events);
        const double w = trials * p * (1 - p);
        const double residual = events - trials * p;
        m.g0 += residual;
        m.g1 += residual * g.x;
        m.h00 += w;
        m.h01 += w * g.x;
        m.h11 += w * g.x * g.x;
        // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta), both without overflow.
        m.logLikelihood
            -= events * std::log1p(std::exp(-eta)) + (trials - events) * std::log1p(std::exp(eta));
    }
    return m;
}

Coefficient coefficient(double estimate, double variance)
{
    Coefficient c;
    c.estimate = estimate;
    c.se = std::sqrt(variance);
    c.z = estimate / c.se;
    c.p = normalTwoSidedP(c.z);
    return c;
}

std::string number(double value)
{
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

// Why the data cannot support a fit, or "" when they can.
std::string checkData(std::span<const BinomialGroup> groups, const LogisticLabels &labels,
                      std::size_t n)
{
    if (n < kMinLogisticRows)
        return "too few " + std::string(labels.observations) + " (n = " + std::to_string(n)
            + "; at least " + std::to_string(kMinLogisticRows) + " are needed)";
    double eventLow = INFINITY, eventHigh = -INFINITY, otherLow = INFINITY, otherHigh = -INFINITY;
    std::size_t events = 0;
    for (const BinomialGroup &g : groups) {
        events += g.events;
        if (g.events > 0) {
            eventLow = std::min(eventLow, g.x);
            eventHigh = std::max(eventHigh, g.x);
        }
        if (g.trials > g.events) {
            otherLow = std::min(otherLow, g.x);
            otherHigh = std::max(otherHigh, g.x);
        }
    }
    if (events == 0 || events == n)
        return "only one outcome occurs (all " + std::to_string(n) + " are "
            + std::string(events == 0 ? labels.nonEvent : labels.event) + ")";
    if (std::min(eventLow, otherLow) == std::max(eventHigh, otherHigh))
        return "the " + std::string(labels.predictor) + " does not vary (every value is "
            + number(eventLow) + ")";
    if (eventHigh <= otherLow || otherHigh <= eventLow) {
        const bool eventsBelow = eventHigh <= otherLow;
        const double cut = eventsBelow ? eventHigh : otherHigh;
        return "the " + std::string(labels.predictor) + " separates the outcomes: every "
            + std::string(eventsBelow ? labels.event : labels.nonEvent) + " is at or below "
            + number(cut) + " and every "
            + std::string(eventsBelow ? labels.nonEvent : labels.event)
            + " at or above it, so no finite odds ratio exists";
    }
    return {};
}

struct Estimate
{
    double b0 = 0, b1 = 0;
    Moments at; // gradient and information at (b0, b1)
    int iterations = 0;
    bool converged = false;
};

// Newton-Raphson (for the logit link the same as IRLS), halving any step that lowers the
// likelihood so that a poor start cannot send it astray.
Estimate newtonRaphson(std::span<const BinomialGroup> groups, double startIntercept)
{
    Estimate e;
    e.b0 = startIntercept;
    e.at = moments(groups, e.b0, e.b1);
    while (!e.converged && e.iterations < kMaxIterations) {
        ++e.iterations;
        const Moments &m = e.at;
        const double det = m.h00 * m.h11 - m.h01 * m.h01;
        if (!(det > 0))
            break;
        double d0 = (m.h11 * m.g0 - m.h01 * m.g1) / det;
        double d1 = (m.h00 * m.g1 - m.h01 * m.g0) / det;
        Moments next = moments(groups, e.b0 + d0, e.b1 + d1);
        for (int halving = 0; halving < 30 && next.logLikelihood < m.logLikelihood; ++halving) {
            d0 /= 2;
            d1 /= 2;
            next = moments(groups, e.b0 + d0, e.b1 + d1);
        }
        e.b0 += d0;
        e.b1 += d1;
        e.at = next;
        const double scale = 1 + std::max(std::fabs(e.b0), std::fabs(e.b1));
        e.converged = std::max(std::fabs(d0), std::fabs(d1)) < 1e-10 * scale;
    }
    return e;
}

double predictorRange(std::span<const BinomialGroup> groups)
{
    double low = INFINITY, high = -INFINITY;
    for (const BinomialGroup &g : groups) {
        if (g.trials > 0) {
            low = std::min(low, g.x);
            high = std::max(high, g.x);
        }
    }
    return high - low;
}

LogisticFit describe(const Estimate &e, std::size_t n)
{
    const Moments &m = e.at;
    const double det = m.h00 * m.h11 - m.h01 * m.h01;
    LogisticFit fit;
    fit.intercept = coefficient(e.b0, m.h11 / det);
    fit.slope = coefficient(e.b1, m.h00 / det);
    fit.oddsRatio = std::exp(e.b1);
    fit.oddsRatioLow = std::exp(e.b1 - kZ95 * fit.slope.se);
    fit.oddsRatioHigh = std::exp(e.b1 + kZ95 * fit.slope.se);
    fit.iterations = e.iterations;
    fit.n = n;
    return fit;
}

} // namespace

LogisticResult fitLogistic(std::span<const BinomialGroup> groups, const LogisticLabels &labels)
{
    LogisticResult result;
    std::size_t events = 0;
    for (const BinomialGroup &g : groups) {
        result.n += g.trials;
        events += g.events;
    }
    result.refusal = checkData(groups, labels, result.n);
    if (!result.refusal.empty())
        return result;
    const double share = double(events) / double(result.n);
    const Estimate e = newtonRaphson(groups, std::log(share / (1 - share)));
    const Moments &m = e.at;
    const bool singular = !(m.h00 * m.h11 - m.h01 * m.h01 > 0);
    if (!e.converged || singular || std::fabs(e.b1) * predictorRange(groups) > kExplodingLogit) {
        result.refusal = "the fit does not converge (the " + std::string(labels.predictor)
            + " almost separates the outcomes), so no finite odds ratio can be given";
        return result;
    }
    result.fit = describe(e, result.n);
    return result;
}

LogisticResult fitLogistic(std::span<const double> x, std::span<const int> y,
                           const LogisticLabels &labels)
{
    std::map<double, BinomialGroup> byValue;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (std::isnan(x[i]))
            continue;
        BinomialGroup &group = byValue[x[i]];
        group.x = x[i];
        ++group.trials;
        group.events += y[i] != 0;
    }
    std::vector<BinomialGroup> groups;
    for (const auto &[value, group] : byValue)
        groups.push_back(group);
    return fitLogistic(groups, labels);
}

LogisticResult fitChurnOnScore(const ScoreTally &tally)
{
    std::vector<BinomialGroup> groups;
    const ScoreScale scale = tally.scale();
    for (int s = scale.low; s <= scale.high; ++s) {
        const std::size_t churned = tally.count(s, ScoreTally::Churned);
        const std::size_t retained = tally.count(s, ScoreTally::Retained);
        if (churned + retained > 0)
            groups.push_back({double(s), churned + retained, churned});
    }
    return fitLogistic(
        groups, {"score", "churned", "retained", "responses with both a score and an outcome"});
}

} // namespace ts::metrics
