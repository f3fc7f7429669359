// Tests for summarizeNps: counts, value and the multinomial interval, by hand.
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
    // p+ = 0.5, p- = 0.2, NPS = 100 * 0.3 = 30
    // var = (0.5 + 0.2 - 0.3^2) / 10 = 0.061, se = 0.2469818
    // 0.3 -+ 1.959964 * 0.2469818 = 0.3 -+ 0.4840754 -> [-18.40754, 78.40754]
    CHECK(nps->value == Approx(30.0));
    CHECK(nps->low == Approx(-18.40754).margin(1e-4));
    CHECK(nps->high == Approx(78.40754).margin(1e-4));
}

TEST_CASE("summarizeNps clamps the interval to -100..100", "[npssummary]")
{
    // 9 promoters, 1 passive: p+ = 0.9, p- = 0, var = (0.9 - 0.81) / 10 = 0.009,
    // se = 0.0948683, half = 0.1859385 -> [71.40615, 108.59] -> high clamped to 100
    const auto nps = summarizeNps(9, 1, 0);
    REQUIRE(nps);
    CHECK(nps->value == Approx(90.0));
    CHECK(nps->low == Approx(71.40615).margin(1e-4));
    CHECK(nps->high == 100.0);
    // All detractors: var = (1 - 1) / n = 0 -> a zero-width interval at -100.
    const auto worst = summarizeNps(0, 0, 4);
    CHECK(worst->value == -100.0);
    CHECK(worst->low == -100.0);
    CHECK(worst->high == -100.0);
}

TEST_CASE("summarizeNps is absent without scores", "[npssummary]")
{
    CHECK_FALSE(summarizeNps(std::vector<std::int8_t> {}));
    CHECK_FALSE(summarizeNps(std::vector<std::int8_t> {-1, -1}));
    CHECK_FALSE(summarizeNps(0, 0, 0));
}
