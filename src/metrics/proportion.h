// A share in percent (0..100, as metrics --json shows it) with its n and 95 % Wilson interval.
#pragma once

#include <cstddef>
#include <optional>

namespace ts::metrics {

struct Proportion
{
    double value = 0; // percent
    std::size_t n = 0;
    double low = 0; // percent
    double high = 0;
    std::size_t count = 0; // the cases counted in the share
};

// nullopt when n == 0: a share of nothing is absent, never 0 %.
std::optional<Proportion> makeProportion(std::size_t count, std::size_t n);
// 100 % - p, with the mirrored interval (churn from retention).
Proportion complement(const Proportion &p);

} // namespace ts::metrics
