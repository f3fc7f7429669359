#include "metrics/proportion.h"

#include "metrics/interval.h"

namespace ts::metrics {

std::optional<Proportion> makeProportion(std::size_t count, std::size_t n)
{
    if (n == 0)
        return std::nullopt;
    const Interval ci = wilsonInterval(count, n);
    return Proportion {100.0 * double(count) / double(n), n, 100.0 * ci.low, 100.0 * ci.high,
                       count};
}

Proportion complement(const Proportion &p)
{
    return {100.0 - p.value, p.n, 100.0 - p.high, 100.0 - p.low, p.n - p.count};
}

} // namespace ts::metrics
