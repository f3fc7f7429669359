// Tests for stage-to-stage conversion from responses and from counts.
#include "metrics/stageconversion.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

TEST_CASE("stageConversion follows each customer's furthest stage", "[stageconversion]")
{
    SurveyTable table;
    auto add = [&](std::string_view customer, std::string_view stage) {
        SurveyRecord record;
        record.customerId = customer;
        record.stage = stage;
        table.append(record);
    };
    add("A", "Awareness");
    add("A", "Purchase"); // A reached Purchase (and so Consideration)
    add("B", "Consideration"); // B stopped at Consideration
    add("C", "Retention"); // C went all the way
    add("D", "Awareness");
    add("E", "Onboarding"); // not a stage of the map: left out
    add("", "Retention"); // no customer: left out
    add("F", "purchase"); // names match case-insensitively
    const std::vector<std::string> stages = {"Awareness", "Consideration", "Purchase", "Retention"};
    const auto conversions = stageConversion(table, stages);
    // Reached: Awareness A B C D F = 5; Consideration A B C F = 4; Purchase A C F = 3;
    // Retention C = 1 -> 4/5 = 80 %, 3/4 = 75 %, 1/3 = 33.333 %
    REQUIRE(conversions.size() == 3);
    CHECK(conversions[0].from == "Awareness");
    CHECK(conversions[0].to == "Consideration");
    CHECK(conversions[0].reachedFrom == 5);
    CHECK(conversions[0].reachedTo == 4);
    CHECK(conversions[0].rate->value == Approx(80.0));
    CHECK(conversions[1].rate->value == Approx(75.0));
    CHECK(conversions[2].rate->value == Approx(33.33333).margin(1e-4));
    // Wilson 1/3 -> [6.14919, 79.23404] %
    CHECK(conversions[2].rate->low == Approx(6.14919).margin(1e-4));
    CHECK(conversions[2].rate->high == Approx(79.23404).margin(1e-4));
}

TEST_CASE("stageConversionFromCounts refuses counts that are not a funnel", "[stageconversion]")
{
    const std::vector<std::string> stages = {"Visit", "Trial", "Paid", "Renewed"};
    const auto conversions = stageConversionFromCounts(stages, {10, 12, 5, 0});
    REQUIRE(conversions.size() == 3);
    CHECK_FALSE(conversions[0].rate); // 12 out of 10 is not a conversion
    CHECK(conversions[1].rate->value == Approx(100.0 * 5 / 12));
    CHECK(conversions[2].rate->value == Approx(0.0));
    CHECK_FALSE(stageConversionFromCounts(stages, {0, 0, 0, 0})[0].rate);
    CHECK_THROWS(stageConversionFromCounts(stages, {1, 2}));
}
