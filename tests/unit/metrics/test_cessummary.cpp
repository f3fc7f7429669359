// Tests for summarizeCes: mean with a t interval and the share of easy answers, by hand.
#include "metrics/cessummary.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace ts::metrics;

TEST_CASE("summarizeCes gives the mean, a t interval and the easy share", "[cessummary]")
{
    // 3 4 5 6 7: mean 5, sd = sqrt(2.5), t(0.975, 4) = 2.7764451 -> [3.0367568, 6.9632432].
    // Easy (5-7): 3 of 5 = 60 %, Wilson 3/5 -> centre 0.5565518, half 0.3258275
    // -> [23.07243, 88.23792] %.
    const auto ces = summarizeCes(std::vector<std::int8_t> {3, 4, 5, 6, 7, -1});
    REQUIRE(ces);
    CHECK(ces->n == 5);
    CHECK(ces->mean == Approx(5.0));
    CHECK(ces->low == Approx(3.0367568).margin(1e-6));
    CHECK(ces->high == Approx(6.9632432).margin(1e-6));
    CHECK(ces->easy.value == Approx(60.0));
    CHECK(ces->easy.count == 3);
    CHECK(ces->easy.low == Approx(23.07243).margin(1e-4));
    CHECK(ces->easy.high == Approx(88.23792).margin(1e-4));
}

TEST_CASE("summarizeCes clamps the interval to the scale", "[cessummary]")
{
    // 7 7 7 6: mean 6.75, sd = sqrt((3 * 0.0625 + 0.5625) / 3) = 0.5, t(0.975, 3) = 3.1824463,
    // half = 3.1824463 * 0.5 / 2 = 0.7956116 -> [5.9543884, 7.5456116] -> high clamped to 7
    const auto ces = summarizeCes(std::vector<std::int8_t> {7, 7, 7, 6});
    CHECK(ces->low == Approx(5.9543884).margin(1e-6));
    CHECK(ces->high == 7.0);
}

TEST_CASE("summarizeCes with one answer spans the scale and without any is absent", "[cessummary]")
{
    const auto one = summarizeCes(std::vector<std::int8_t> {6});
    CHECK(one->mean == 6.0);
    CHECK(one->low == 1.0);
    CHECK(one->high == 7.0);
    CHECK_FALSE(summarizeCes(std::vector<std::int8_t> {}));
}
