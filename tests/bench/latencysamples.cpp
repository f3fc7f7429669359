#include "latencysamples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ts::bench {

double LatencySamples::percentileMs(double p) const
{
    if (m_seconds.empty())
        return 0;
    auto sorted = m_seconds;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1] * 1000.0;
}

double LatencySamples::meanMs() const
{
    if (m_seconds.empty())
        return 0;
    return std::accumulate(m_seconds.begin(), m_seconds.end(), 0.0) / double(m_seconds.size())
        * 1000.0;
}

} // namespace ts::bench
