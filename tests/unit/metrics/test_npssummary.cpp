// Tests for summarizeNps: counts, value and the adjusted-Wald interval (Rocks 2016), by hand.
#include "metrics/npssummary.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace ts::metrics;

TEST_CASE("summarizeNps counts segments and computes the interval", "[npssummary]")
{
    // Promoters 10 9 9 10 9, passives 8 7 7, detractors 6 0; the -1 is a missing answer.
    const std::vector<std::int8_t> scores = {10, 9, 9, 10, 9, 8, 7, 7, 6, 0, -1};
    const auto nps = summarizeNps(scores);
    REQUIRE(nps);
    CHECK(nps->n == 10);
    CHECK(nps->promoters == 5);
    CHECK(nps->passives == 3);
    CHECK(nps->detractors == 2);
    // The value is unadjusted: p+ = 0.5, p- = 0.2, NPS = 100 * 0.3 = 30.
    // Adjusted Wald: n' = 13, p+' = 5.75 / 13 = 0.4423077, p-' = 2.75 / 13 = 0.2115385,
    // NPS' = 0.2307692, var = (0.6538462 - 0.2307692^2) / 13 = 0.04619936, se = 0.2149404,
    // half = 1.959964 * 0.2149404 = 0.4212754 -> [-19.05062, 65.20446]
    // (the plain Wald interval would be [-18.40754, 78.40754]).
    CHECK(nps->value == Approx(30.0));
    CHECK(nps->low == Approx(-19.05062).margin(1e-4));
    CHECK(nps->high == Approx(65.20446).margin(1e-4));
}

TEST_CASE("summarizeNps clamps the interval to -100..100", "[npssummary]")
{
    // 9 promoters, 1 passive: n' = 13, p+' = 9.75 / 13 = 0.75, p-' = 0.75 / 13 = 0.0576923,
    // NPS' = 0.6923077, var = (0.8076923 - 0.4792899) / 13 = 0.02526172, se = 0.1589393,
    // half = 0.3115154 -> [38.07923, 100.38] -> high clamped to 100
    const auto nps = summarizeNps(9, 1, 0);
    REQUIRE(nps);
    CHECK(nps->value == Approx(90.0));
    CHECK(nps->low == Approx(38.07923).margin(1e-4));
    CHECK(nps->high == 100.0);
    // All detractors: the value is -100, the interval reaches up to -6.94418, clamped at -100.
    const auto worst = summarizeNps(0, 0, 4);
    CHECK(worst->value == -100.0);
    CHECK(worst->low == -100.0);
    CHECK(worst->high == Approx(-6.944178).margin(1e-4));
}

TEST_CASE("summarizeNps never gives a small sample a zero-width interval", "[npssummary]")
{
    // The cases the plain Wald interval got wrong: 5 promoters out of 5 printed +100 to +100,
    // 200 passives printed 0 to 0.
    // 5 promoters: n' = 8, p+' = 0.71875, p-' = 0.09375, NPS' = 0.625,
    // var = (0.8125 - 0.390625) / 8 = 0.05273438, half = 0.4500855 -> [17.49145, 100]
    const auto five = summarizeNps(5, 0, 0);
    REQUIRE(five);
    CHECK(five->value == 100.0);
    CHECK(five->low == Approx(17.49145).margin(1e-4));
    CHECK(five->high == 100.0);
    // 200 passives: n' = 203, p+' = p-' = 0.75 / 203, NPS' = 0,
    // var = 1.5 / 203^2, half = 1.959964 * sqrt(1.5) / 203 = 0.01182491 -> [-1.18249, 1.18249]
    const auto passives = summarizeNps(0, 200, 0);
    REQUIRE(passives);
    CHECK(passives->value == 0.0);
    CHECK(passives->low == Approx(-1.182491).margin(1e-4));
    CHECK(passives->high == Approx(1.182491).margin(1e-4));
}

TEST_CASE("summarizeNps is absent without scores", "[npssummary]")
{
    CHECK_FALSE(summarizeNps(std::vector<std::int8_t> {}));
    CHECK_FALSE(summarizeNps(std::vector<std::int8_t> {-1, -1}));
    CHECK_FALSE(summarizeNps(0, 0, 0));
}
