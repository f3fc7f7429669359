// Tests for the survey field names and scales.
#include "metrics/surveyfield.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

TEST_CASE("Field names round-trip, case-insensitively", "[surveyfield]")
{
    for (const Field field : kAllFields)
        CHECK(fieldFromName(fieldName(field)) == field);
    CHECK(fieldFromName(" Customer_ID ") == Field::CustomerId);
    CHECK_FALSE(fieldFromName("score"));
}

TEST_CASE("Score fields have their docs/CLI.md scales", "[surveyfield]")
{
    CHECK(scaleOf(Field::Nps).low == 0);
    CHECK(scaleOf(Field::Nps).high == 10);
    CHECK(scaleOf(Field::Csat).high == 5);
    CHECK(scaleOf(Field::Ces).high == 7);
}
