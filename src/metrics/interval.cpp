#include "metrics/interval.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace ts::metrics {

Interval wilsonInterval(std::size_t successes, std::size_t n, double z)
{
    const double count = double(n);
    const double p = double(successes) / count;
    const double z2 = z * z;
    const double denominator = 1 + z2 / count;
    const double centre = (p + z2 / (2 * count)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / count + z2 / (4 * count * count)) / denominator;
    // At 0 % and 100 % one bound is exactly 0 or 1; the formula leaves rounding noise there.
    return {successes == 0 ? 0.0 : std::max(0.0, centre - half),
            successes == n ? 1.0 : std::min(1.0, centre + half)};
}

double tQuantile975(double degrees)
{
    const boost::math::students_t distribution(degrees);
    return boost::math::quantile(distribution, 0.975);
}

Interval tInterval(double mean, double sd, std::size_t n)
{
    const double half = tQuantile975(double(n - 1)) * sd / std::sqrt(double(n));
    return {mean - half, mean + half};
}

double tTwoSidedP(double t, double degrees)
{
    const boost::math::students_t distribution(degrees);
    return 2 * boost::math::cdf(boost::math::complement(distribution, std::abs(t)));
}

double normalTwoSidedP(double z)
{
    const boost::math::normal_distribution<double> normal;
    return 2 * boost::math::cdf(boost::math::complement(normal, std::fabs(z)));
}

} // namespace ts::metrics
