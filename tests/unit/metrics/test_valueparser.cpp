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
    CHECK(scoreError("7.5", Field::Nps) == "not a whole number (expected a whole 0-10 score)");
    // Every "not a ..." message says what is accepted.
    const std::string notNps = "not a 0-10 score (expected 0-10, \"10 - Extremely likely\", "
                               "\"Not at all likely\"/\"Extremely likely\")";
    CHECK(scoreError("abc", Field::Nps) == notNps);
    CHECK(scoreError("9a", Field::Nps) == notNps);
    CHECK(scoreError("Very satisfied", Field::Nps) == notNps);
    CHECK_THAT(scoreError("5-7", Field::Ces),
               Catch::StartsWith("not a 1-7 score (expected 1-7 with 7 the easiest"));
    CHECK_THAT(scoreError("Good", Field::Csat),
               Catch::StartsWith("not a 1-5 score (expected 1-5, \"5 - Very satisfied\""));
}

TEST_CASE("parseDate reads ISO, US and European dates and checks the time", "[valueparser]")
{
    const std::int32_t march1 = days(2024, 3, 1);
    for (const std::string_view text :
         {"2024-03-01", "2024-03-01 10:22:33", "2024-03-01T10:22:33Z", "2024/03/01",
          "2024-03-01T23:30:00-05:00", "2024-03-01 10:22:33 GMT+1", "2024-03-01 10:22:33.250",
          "2024-03-01T10:22+0100", " 2024-3-1 "}) {
        INFO(text);
        const auto parsed = parseDate(text);
        REQUIRE(parsed);
        CHECK(parsed.value == march1);
    }
    // Year-last dates need their order: given here, decided per column in an import.
    for (const std::string_view text : {"3/1/2024", "03/01/2024 10:22:33 AM", "03/01/2024 14:22"}) {
        INFO(text);
        CHECK(parseDate(text, DateOrder::Mdy).value == march1);
        CHECK(parseDate(text).error == "ambiguous: it could be day first or month first");
    }
    for (const std::string_view text : {"1.3.2024", "01.03.2024 08:00", "01/03/2024"}) {
        INFO(text);
        CHECK(parseDate(text, DateOrder::Dmy).value == march1);
    }
    // A field over 12 proves the order without being told.
    CHECK(parseDate("14/03/2024").value == days(2024, 3, 14));
    CHECK(parseDate("14.03.2024 09:00").value == days(2024, 3, 14));
    CHECK(parseDate("03/14/2024 09:00:00 PM").value == days(2024, 3, 14));
    CHECK(parseDate("14/03/2024", DateOrder::Mdy).error == "not a date in the order given");
}

TEST_CASE("parseDate rejects what is not a calendar day", "[valueparser]")
{
    CHECK(parseDate("2024-02-30").error == "not a calendar day");
    CHECK(parseDate("13/13/2024").error == "not a calendar day");
    CHECK(parseDate("31/04/2024").error == "not a calendar day"); // no 31 April, no month 31
    CHECK(parseDate("2023-02-29").error == "not a calendar day");
    const std::string_view notADate = "not a date (expected YYYY-MM-DD, M/D/YYYY or D.M.YYYY)";
    CHECK(parseDate("yesterday").error == notADate);
    CHECK(parseDate("2024-03").error == notADate);
    CHECK(parseDate("01-03-2024").error == notADate); // day-first with dashes is ambiguous
    CHECK(parseDate("2024-03-01x").error == notADate);
    CHECK(parseDate("3/1/24").error == notADate);
    const std::string_view notATime
        = "not a date and time (a time after the date reads hh:mm[:ss] [AM|PM] [Z|+01:00|GMT+1])";
    CHECK(parseDate("2024-03-01 25:00").error == notATime);
    CHECK(parseDate("2024-03-01 13:00 PM").error == notATime);
    CHECK(parseDate("2024-03-01 10:61").error == notATime);
    CHECK(parseDate("2024-03-01T10:22:33+25:00").error == notATime);
    CHECK(parseDate("2024-03-01 soon").error == notATime);
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
          == "not a yes/no value (expected 1/0, yes/no, true/false, y/n, ja/nein, oui/non, "
             "sí/no, ja/nee, wahr/falsch, vrai/faux or verdadero/falso)");
    CHECK_FALSE(parseFlag("2"));
}

TEST_CASE("isMissingValue takes blanks and written-out NA as no answer", "[valueparser]")
{
    for (const std::string_view missing :
         {"", "  ", "NA", "n/a", "N/A", "NULL", "null", " - ", "--", "(blank)", "(Blank)"})
        CHECK(isMissingValue(missing));
    for (const std::string_view present : {"0", "no", "None of them", "-1", "---", "Nan", "NAB"})
        CHECK_FALSE(isMissingValue(present));
}

TEST_CASE("parseFlag reads German, French, Spanish and Dutch yes/no words", "[valueparser]")
{
    for (const std::string_view yes :
         {"ja", "JA", "Oui", "sí", "Sí", "SÍ", "si", "Wahr", "VRAI", "verdadero"}) {
        INFO(yes);
        REQUIRE(parseFlag(yes));
        CHECK(parseFlag(yes).value);
    }
    for (const std::string_view no :
         {"nein", "Nein", "non", "NON", "No", "nee", "Nee", "falsch", "Faux", "FALSO"}) {
        INFO(no);
        REQUIRE(parseFlag(no));
        CHECK_FALSE(parseFlag(no).value);
    }
    CHECK_FALSE(parseFlag("jein"));
    CHECK_FALSE(parseFlag("s\xC3\xADno"));
}

TEST_CASE("parseScore reads ease, agreement and satisfaction labels on the field's scale",
          "[valueparser]")
{
    // CES 1-7, 7 the easiest: the 5-point ease scale reads 1, 3, 4, 5, 7.
    CHECK(score("Extremely difficult", Field::Ces) == 1);
    CHECK(score("Somewhat difficult", Field::Ces) == 3);
    CHECK(score("Neither easy nor difficult", Field::Ces) == 4);
    CHECK(score("Somewhat easy", Field::Ces) == 5);
    CHECK(score("EXTREMELY EASY", Field::Ces) == 7);
    // The 7-point ease scale reads 1-7 in order.
    CHECK(score("Moderately difficult", Field::Ces) == 2);
    CHECK(score("Slightly difficult", Field::Ces) == 3);
    CHECK(score("Slightly easy", Field::Ces) == 5);
    CHECK(score("Moderately easy", Field::Ces) == 6);
    // SurveyMonkey's and the 7-point agreement wordings.
    CHECK(score("Easy", Field::Ces) == 6);
    CHECK(score("Difficult", Field::Ces) == 2);
    CHECK(score("Agree", Field::Ces) == 6);
    CHECK(score("Disagree", Field::Ces) == 2);
    CHECK(score("Somewhat agree", Field::Ces) == 5);
    // CSAT 1-5: 5-point satisfaction and agreement.
    CHECK(score("Extremely satisfied", Field::Csat) == 5);
    CHECK(score("Somewhat satisfied", Field::Csat) == 4);
    CHECK(score("Neutral", Field::Csat) == 3);
    CHECK(score("Somewhat dissatisfied", Field::Csat) == 2);
    CHECK(score("Extremely dissatisfied", Field::Csat) == 1);
    CHECK(score("Strongly agree", Field::Csat) == 5);
    CHECK(score("Agree", Field::Csat) == 4);
    CHECK(score("Neither agree nor disagree", Field::Csat) == 3);
    CHECK(score("Somewhat disagree", Field::Csat) == 2);
    CHECK(score("Strongly disagree", Field::Csat) == 1);
    // The label read is reported by its index in scoreLabels.
    int index = 0;
    REQUIRE(parseScore("somewhat easy", Field::Ces, &index));
    REQUIRE(index >= 0);
    CHECK(scoreLabels(Field::Ces)[std::size_t(index)].text == "Somewhat easy");
    CHECK(scoreLabels(Field::Ces)[std::size_t(index)].value == 5);
    REQUIRE(parseScore("6", Field::Ces, &index));
    CHECK(index == -1);
}

TEST_CASE("parseScore refuses a 7-point satisfaction label on csat's 1-5", "[valueparser]")
{
    for (const std::string_view label : {"Moderately satisfied", "Slightly satisfied",
                                         "Slightly dissatisfied", "moderately dissatisfied"}) {
        INFO(label);
        const auto parsed = parseScore(label, Field::Csat);
        REQUIRE_FALSE(parsed);
        CHECK(isSevenPointSatisfaction(parsed.error));
        CHECK_THAT(std::string(parsed.error),
                   Catch::StartsWith("a 7-point satisfaction label, which csat's 1-5 cannot hold "
                                     "without deciding what counts as satisfied"));
    }
    CHECK_FALSE(isSevenPointSatisfaction(parseScore("Good", Field::Csat).error));
}
