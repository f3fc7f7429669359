// Tests for Proportion: percent units, absent at n = 0, the complement for churn.
#include "metrics/proportion.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

TEST_CASE("makeProportion gives percent with a Wilson interval", "[proportion]")
{
    // 8 of 10 -> 80 %, Wilson [49.01625, 94.33178] (see test_interval.cpp)
    const auto p = makeProportion(8, 10);
    REQUIRE(p);
    CHECK(p->value == Approx(80.0));
    CHECK(p->n == 10);
    CHECK(p->count == 8);
    CHECK(p->low == Approx(49.01625).margin(1e-4));
    CHECK(p->high == Approx(94.33178).margin(1e-4));
}

TEST_CASE("makeProportion of nothing is absent, not zero", "[proportion]")
{
    CHECK_FALSE(makeProportion(0, 0));
    CHECK(makeProportion(0, 5)->value == 0.0);
}

TEST_CASE("complement mirrors value and interval", "[proportion]")
{
    const Proportion churn = complement(*makeProportion(8, 10));
    CHECK(churn.value == Approx(20.0));
    CHECK(churn.count == 2);
    CHECK(churn.low == Approx(100 - 94.33178).margin(1e-4));
    CHECK(churn.high == Approx(100 - 49.01625).margin(1e-4));
    // The Wilson interval is symmetric under p -> 1 - p, so this equals the direct one.
    const Proportion direct = *makeProportion(2, 10);
    CHECK(churn.low == Approx(direct.low));
    CHECK(churn.high == Approx(direct.high));
}
