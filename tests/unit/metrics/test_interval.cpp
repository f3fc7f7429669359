// Tests for the Wilson and Student t intervals and the normal p-value, against hand computation.
#include "metrics/interval.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace ts::metrics;

TEST_CASE("wilsonInterval matches hand-computed bounds", "[interval]")
{
    // 8 of 10, z = 1.959964, z^2 = 3.841459:
    //   denominator = 1 + z^2/n = 1.3841459
    //   centre = (0.8 + z^2/20) / 1.3841459 = 0.9920729 / 1.3841459 = 0.7167418
    //   half = z * sqrt(0.8*0.2/10 + z^2/400) / 1.3841459 = 1.959964 * 0.1600112 / 1.3841459
    //        = 0.2265793
    //   -> [0.4901625, 0.9433211] (the published 95 % Wilson interval for 8/10 is 0.490-0.943)
    const Interval eight = wilsonInterval(8, 10);
    CHECK(eight.low == Approx(0.4901625).margin(1e-6));
    CHECK(eight.high == Approx(0.9433178).margin(1e-6));

    // 50 of 100: centre 0.5, half = z * sqrt(0.0025 + z^2/40000) / 1.0384146
    //   = 1.959964 * 0.0509513 / 1.0384146 = 0.0961685 -> [0.4038315, 0.5961685]
    const Interval half = wilsonInterval(50, 100);
    CHECK(half.low == Approx(0.4038315).margin(1e-6));
    CHECK(half.high == Approx(0.5961685).margin(1e-6));
}

TEST_CASE("wilsonInterval stays inside [0, 1] at the extremes", "[interval]")
{
    // 0 of 10: centre = (z^2/20) / 1.3841459 = 0.1387664, half = z * sqrt(z^2/400) / 1.3841459
    //   = z^2 / 20 / 1.3841459 = 0.1387664 -> [0, 0.2775328]
    const Interval none = wilsonInterval(0, 10);
    CHECK(none.low == 0.0);
    CHECK(none.high == Approx(0.2775328).margin(1e-6));
    const Interval all = wilsonInterval(10, 10);
    CHECK(all.low == Approx(1 - 0.2775328).margin(1e-6));
    CHECK(all.high == 1.0);
}

TEST_CASE("tInterval uses Student's t with n - 1 degrees of freedom", "[interval]")
{
    CHECK(tQuantile975(4) == Approx(2.7764451).margin(1e-6));
    CHECK(tQuantile975(9) == Approx(2.2621572).margin(1e-6));
    CHECK(tQuantile975(1) == Approx(12.7062047).margin(1e-6));
    // Values 3, 4, 5, 6, 7: mean 5, sd = sqrt((4 + 1 + 0 + 1 + 4) / 4) = sqrt(2.5) = 1.5811388;
    // half = 2.7764451 * 1.5811388 / sqrt(5) = 1.9632432 -> [3.0367568, 6.9632432]
    const Interval ci = tInterval(5.0, std::sqrt(2.5), 5);
    CHECK(ci.low == Approx(3.0367568).margin(1e-6));
    CHECK(ci.high == Approx(6.9632432).margin(1e-6));
}

TEST_CASE("normalTwoSidedP gives the two-sided tail area", "[interval]")
{
    CHECK(normalTwoSidedP(kZ95) == Approx(0.05).margin(1e-9));
    CHECK(normalTwoSidedP(-kZ95) == Approx(0.05).margin(1e-9));
    CHECK(normalTwoSidedP(3.0) == Approx(0.0026998).margin(1e-7));
    CHECK(normalTwoSidedP(0.0) == Approx(1.0));
}
