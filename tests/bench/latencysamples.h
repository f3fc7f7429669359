// Wall-clock durations of repeated runs of one operation, and their percentiles.
#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace ts::bench {

class LatencySamples
{
public:
    using Clock = std::chrono::steady_clock;

    void clear() { m_seconds.clear(); }
    void add(double seconds) { m_seconds.push_back(seconds); }
    bool empty() const { return m_seconds.empty(); }
    std::size_t count() const { return m_seconds.size(); }

    // Nearest-rank percentile in milliseconds, p in (0, 100]; 0 when there are no samples.
    double percentileMs(double p) const;
    double medianMs() const { return percentileMs(50); }
    double meanMs() const;
    double maxMs() const { return percentileMs(100); }

    static double secondsSince(Clock::time_point start)
    {
        return std::chrono::duration<double>(Clock::now() - start).count();
    }

private:
    std::vector<double> m_seconds;
};

} // namespace ts::bench
