// Tests for summarizeCsat: the top-2-box share and its Wilson interval, by hand.
#include "metrics/csatsummary.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace ts::metrics;

TEST_CASE("summarizeCsat is the share of 4-5 with a Wilson interval", "[csatsummary]")
{
    // Answers 5 4 4 3 2 5 1 4 5 (the -1 is missing): 6 of 9 are 4 or 5 -> 66.667 %.
    // Wilson 6/9: denominator = 1 + 3.841459/9 = 1.4268288
    //   centre = (0.6666667 + 3.841459/18) / 1.4268288 = 0.8800811 / 1.4268288 = 0.6168092
    //   half = 1.959964 * sqrt(0.2222222/9 + 3.841459/324) / 1.4268288
    //        = 1.959964 * 0.1911744 / 1.4268288 = 0.2626070
    //   -> [35.42021, 87.94162] %
    const std::vector<std::int8_t> scores = {5, 4, 4, 3, 2, 5, 1, 4, -1, 5};
    const auto csat = summarizeCsat(scores);
    REQUIRE(csat);
    CHECK(csat->n == 9);
    CHECK(csat->count == 6);
    CHECK(csat->value == Approx(66.66667).margin(1e-4));
    CHECK(csat->low == Approx(35.42021).margin(1e-4));
    CHECK(csat->high == Approx(87.94162).margin(1e-4));
}

TEST_CASE("summarizeCsat is absent without answers", "[csatsummary]")
{
    CHECK_FALSE(summarizeCsat(std::vector<std::int8_t> {-1}));
    CHECK(summarizeCsat(std::vector<std::int8_t> {1, 2})->value == 0.0);
}
