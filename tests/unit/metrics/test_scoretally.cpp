// Tests for ScoreTally: counts by score and outcome, missing values, merging.
#include "metrics/scoretally.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using namespace ts::metrics;

TEST_CASE("ScoreTally counts scores by outcome", "[scoretally]")
{
    ScoreTally tally = ScoreTally::forField(Field::Csat);
    tally.addAll(std::vector<std::int8_t> {5, 5, 4, -1, 1},
                 std::vector<std::int8_t> {1, 0, -1, 1, 0});
    CHECK(tally.n() == 4);
    CHECK(tally.withOutcome() == 3);
    CHECK(tally.count(5) == 2);
    CHECK(tally.count(5, ScoreTally::Retained) == 1);
    CHECK(tally.count(4, ScoreTally::NoOutcome) == 1);
    CHECK(tally.countBetween(4, 5) == 3);
    CHECK(tally.countBetween(1, 2, ScoreTally::Churned) == 1);

    ScoreTally other = ScoreTally::forField(Field::Csat);
    other.add(2, 1);
    tally.merge(other);
    CHECK(tally.n() == 5);
}

TEST_CASE("ScoreTally ignores values outside its scale", "[scoretally]")
{
    ScoreTally tally = ScoreTally::forField(Field::Csat);
    tally.addAll(std::vector<std::int8_t> {0, 6, 3});
    CHECK(tally.n() == 1);
    CHECK_THROWS_AS(ScoreTally(ScoreScale {0, 11}), std::invalid_argument);
}
