// Tests for the cell parsers: scores and their labels, dates, flags, missing values.
#include "metrics/civildate.h"
#include "metrics/valueparser.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

namespace {

int score(std::string_view text, Field field)
{
    const auto parsed = parseScore(text, field);
    REQUIRE(parsed);
    return parsed.value;
}

std::string scoreError(std::string_view text, Field field)
{
    const auto parsed = parseScore(text, field);
    REQUIRE_FALSE(parsed);
    return std::string(parsed.error);
}

std::int32_t days(int year, int month, int day)
{
    return CivilDate {year, month, day}.toDays();
}

} // namespace

TEST_CASE("parseScore reads whole numbers within the scale", "[valueparser]")
{
    CHECK(score("9", Field::Nps) == 9);
    CHECK(score(" 10 ", Field::Nps) == 10);
    CHECK(score("0", Field::Nps) == 0);
    CHECK(score("9.0", Field::Nps) == 9);
    CHECK(score("4,00", Field::Csat) == 4);
    CHECK(score("7", Field::Ces) == 7);
}

TEST_CASE("parseScore reads answer labels as survey tools export them", "[valueparser]")
{
    CHECK(score("10 - Extremely likely", Field::Nps) == 10);
    CHECK(score("0 (Not at all likely)", Field::Nps) == 0);
    CHECK(score("Extremely likely", Field::Nps) == 10);
    CHECK(score("Very satisfied", Field::Csat) == 5);
    CHECK(score("dissatisfied", Field::Csat) == 2);
    CHECK(score("Neither satisfied nor dissatisfied", Field::Csat) == 3);
    CHECK(score("Strongly agree", Field::Ces) == 7);
    CHECK(score("Somewhat disagree", Field::Ces) == 3);
    CHECK(score("Very easy", Field::Ces) == 7);
}

TEST_CASE("parseScore says why a value is unreadable", "[valueparser]")
{
    CHECK(scoreError("11", Field::Nps) == "out of range 0-10");
    CHECK(scoreError("-1", Field::Nps) == "out of range 0-10");
    CHECK(scoreError("0", Field::Csat) == "out of range 1-5");
    CHECK(scoreError("8", Field::Ces) == "out of range 1-7");
    CHECK(scoreError("7.5", Field::Nps) == "not a whole number");
    CHECK(scoreError("abc", Field::Nps) == "not a number");
    CHECK(scoreError("9a", Field::Nps) == "not a number");
    CHECK(scoreError("5-7", Field::Ces) == "not a number");
    CHECK(scoreError("Very satisfied", Field::Nps) == "not a number");
}

TEST_CASE("parseDate reads ISO, US and European dates and ignores the time", "[valueparser]")
{
    const std::int32_t march1 = days(2024, 3, 1);
    for (const std::string_view text :
         {"2024-03-01", "2024-03-01 10:22:33", "2024-03-01T10:22:33Z", "2024/03/01", "3/1/2024",
          "03/01/2024 10:22:33 AM", "1.3.2024", "01.03.2024 08:00", " 2024-3-1 "}) {
        INFO(text);
        const auto parsed = parseDate(text);
        REQUIRE(parsed);
        CHECK(parsed.value == march1);
    }
}

TEST_CASE("parseDate rejects what is not a calendar day", "[valueparser]")
{
    CHECK(parseDate("2024-02-30").error == "not a calendar day");
    CHECK(parseDate("13/01/2024").error == "not a calendar day"); // slashes read as M/D/YYYY
    CHECK(parseDate("2023-02-29").error == "not a calendar day");
    const std::string_view notADate = "not a date (expected YYYY-MM-DD, M/D/YYYY or D.M.YYYY)";
    CHECK(parseDate("yesterday").error == notADate);
    CHECK(parseDate("2024-03").error == notADate);
    CHECK(parseDate("01-03-2024").error == notADate); // day-first with dashes is ambiguous
    CHECK(parseDate("2024-03-01x").error == notADate);
    CHECK(parseDate("3/1/24").error == notADate);
}

TEST_CASE("parseFlag reads 1/0, yes/no, true/false and y/n in any case", "[valueparser]")
{
    for (const std::string_view yes : {"1", "yes", "YES", "True", "y", "Y"})
        CHECK(parseFlag(yes).value);
    for (const std::string_view no : {"0", "no", "No", "FALSE", "n", " N "}) {
        CHECK(parseFlag(no));
        CHECK_FALSE(parseFlag(no).value);
    }
    CHECK(parseFlag("maybe").error
          == "not a yes/no value (expected 1/0, yes/no, true/false or y/n)");
    CHECK_FALSE(parseFlag("2"));
}

TEST_CASE("isMissingValue takes blanks and written-out NA as no answer", "[valueparser]")
{
    for (const std::string_view missing : {"", "  ", "NA", "n/a", "NULL"})
        CHECK(isMissingValue(missing));
    for (const std::string_view present : {"0", "no", "None of them"})
        CHECK_FALSE(isMissingValue(present));
}
