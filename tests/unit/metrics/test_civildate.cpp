// Tests for CivilDate: day numbers, leap years, month and quarter keys.
#include "metrics/civildate.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

TEST_CASE("CivilDate counts days from 1970-01-01", "[civildate]")
{
    CHECK(CivilDate {1970, 1, 1}.toDays() == 0);
    CHECK(CivilDate {1969, 12, 31}.toDays() == -1);
    // 30 years of 365 days plus the 7 leap days 1972..1996 = 10957; + Jan 31 + Feb 29 = 11017.
    CHECK(CivilDate {2000, 1, 1}.toDays() == 10957);
    CHECK(CivilDate {2000, 3, 1}.toDays() == 11017);
    for (std::int32_t days = -800000; days < 800000; days += 997)
        CHECK(CivilDate::fromDays(days).toDays() == days);
    CHECK(CivilDate::fromDays(11017) == CivilDate {2000, 3, 1});
}

TEST_CASE("CivilDate knows leap years and month lengths", "[civildate]")
{
    CHECK(CivilDate::isValid(2024, 2, 29));
    CHECK(CivilDate::isValid(2000, 2, 29));
    CHECK_FALSE(CivilDate::isValid(2023, 2, 29));
    CHECK_FALSE(CivilDate::isValid(1900, 2, 29));
    CHECK_FALSE(CivilDate::isValid(2024, 4, 31));
    CHECK_FALSE(CivilDate::isValid(2024, 13, 1));
    CHECK_FALSE(CivilDate::isValid(2024, 0, 1));
}

TEST_CASE("CivilDate writes ISO dates, months and quarters", "[civildate]")
{
    const CivilDate date {2024, 8, 5};
    CHECK(date.toString() == "2024-08-05");
    CHECK(monthKeyToString(date.monthKey()) == "2024-08");
    CHECK(quarterKeyToString(date.quarterKey()) == "2024-Q3");
    CHECK(quarterKeyToString(CivilDate {2024, 12, 31}.quarterKey()) == "2024-Q4");
    CHECK(CivilDate {2024, 1, 1}.quarterKey() == CivilDate {2023, 12, 31}.quarterKey() + 1);
}
