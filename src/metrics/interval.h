// 95 % confidence intervals: Wilson score for proportions, Student t for means, normal p-values.
#pragma once

#include <cstddef>

namespace ts::metrics {

// The 0.975 quantile of the standard normal distribution.
inline constexpr double kZ95 = 1.959963984540054;

struct Interval
{
    double low = 0;
    double high = 0;
};

// Wilson score interval of successes / n as fractions in [0, 1]; n must be > 0. Unlike the
// Wald interval it stays inside [0, 1] and is sensible at 0 % or 100 %.
Interval wilsonInterval(std::size_t successes, std::size_t n, double z = kZ95);

// mean +- t(0.975, n - 1) * sd / sqrt(n), sd being the sample standard deviation; n must be >= 2.
Interval tInterval(double mean, double sd, std::size_t n);

// The 1 - alpha/2 quantile of Student's t with `degrees` degrees of freedom.
double tQuantile975(double degrees);

// Two-sided p-value of a z statistic under the standard normal distribution.
double normalTwoSidedP(double z);
// Two-sided p-value of a t statistic under Student's t with `degrees` > 0 degrees of freedom.
double tTwoSidedP(double t, double degrees);

} // namespace ts::metrics
