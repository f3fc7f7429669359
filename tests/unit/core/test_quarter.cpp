#include "core/quarter.h"

#include <catch2/catch.hpp>

using namespace ts;

TEST_CASE("quarters parse, print and order", "[core][quarter]")
{
    auto q = Quarter::parse("2026-Q3");
    REQUIRE(q);
    CHECK(q->year == 2026);
    CHECK(q->quarter == 3);
    CHECK(q->toString() == "2026-Q3");
    CHECK(*Quarter::parse("2026-Q4") < *Quarter::parse("2027-Q1"));
    CHECK(Quarter::parse("2027-Q1")->index() - Quarter::parse("2026-Q4")->index() == 1);
    for (const char *bad : {"2026-Q0", "2026-Q5", "2026Q1", "26-Q1", "", "2026-q1"})
        CHECK_FALSE(Quarter::parse(bad));
}

TEST_CASE("ISO dates and times are checked for real calendar days", "[core][quarter]")
{
    CHECK(isIsoDate("2026-11-29"));
    CHECK_FALSE(isIsoDate("2026-13-01"));
    CHECK_FALSE(isIsoDate("2025-02-29"));
    CHECK_FALSE(isIsoDate("29/11/2026"));
    CHECK(isIsoDateTime("2026-05-02T10:00:00Z"));
    CHECK(isIsoDateTime(nowIso()));
    CHECK_FALSE(isIsoDateTime("yesterday"));
}
