// Tests for exports laid out as the survey tools write them (tests/data/survey): the figures they
// must give, the rows Qualtrics' filters leave out, the day/month order decided per date column.
#include "core/error.h"
#include "importhelpers.h"
#include "metrics/metricfigures.h"
#include "metrics/surveyimporter.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

using ts::test::days;
using ts::test::fixture;
using ts::test::importError;

TEST_CASE("Qualtrics exports leave out previews, spam and unfinished responses", "[surveyexports]")
{
    for (const char *name : {"qualtrics_choicetext.csv", "qualtrics_numeric.csv"}) {
        INFO(name);
        const ImportResult result = SurveyImporter().importFile(fixture(name));
        CHECK(result.layout.format == Format::Qualtrics);
        CHECK(result.filtered.preview == 2); // R_03, R_07
        CHECK(result.filtered.spam == 1); // R_08
        CHECK(result.filtered.unfinished == 1); // R_05
        CHECK(result.filtered.test == 0);
        CHECK(result.badRowCount == 0); // filtered rows are not bad rows
        const SurveyTable &table = result.table;
        REQUIRE(table.size() == 6);
        CHECK(table.line == std::vector<std::uint32_t> {4, 5, 7, 9, 12, 13});
        // Kept: 10, 9, 7, 3, 0, 10 -> 3 promoters, 1 passive, 2 detractors: NPS (3 - 2) / 6.
        const MetricFigures figures = computeFigures(table);
        REQUIRE(figures.nps);
        CHECK(figures.nps->n == 6);
        CHECK(figures.nps->value == Approx(100.0 / 6));
        // CSAT kept: 5, 4, 4, 2, 1, 5 -> 4 of 6 satisfied.
        REQUIRE(figures.csat);
        CHECK(figures.csat->n == 6);
        CHECK(figures.csat->value == Approx(400.0 / 6));
        CHECK(table.date
              == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 6), days(2024, 3, 28),
                                            days(2024, 4, 3), days(2024, 4, 10),
                                            days(2024, 4, 11)});
        REQUIRE(result.dateOrder);
        CHECK(result.dateOrder->basis == DateOrderBasis::YearFirst);
        // "NA" and "n/a" stages are missing, not stages of their own.
        CHECK(table.stages.values() == std::vector<std::string> {"Purchase", "Retention"});
        CHECK(table.stage[3] == StringDictionary::kNone);
        CHECK(table.stage[5] == StringDictionary::kNone);
    }
}

TEST_CASE("Filters and date orders are the same when the rows are read in two halves",
          "[surveyexports]")
{
    ImportOptions split;
    split.twoThreadsFrom = 0; // every text is read in two halves at once
    const ImportResult qualtrics
        = SurveyImporter(split).importFile(fixture("qualtrics_numeric.csv"));
    CHECK(qualtrics.readers == 2);
    CHECK(qualtrics.filtered.preview == 2);
    CHECK(qualtrics.filtered.spam == 1);
    CHECK(qualtrics.filtered.unfinished == 1);
    CHECK(qualtrics.table.size() == 6);
    // 14/03/2024 (line 3) is in the first half; 03/05/2024 (line 6) in the second is still 3 May.
    const ImportResult uk = SurveyImporter(split).importFile(fixture("uk_excel.csv"));
    CHECK(uk.readers == 2);
    REQUIRE(uk.table.size() == 6);
    CHECK(uk.table.date[4] == days(2024, 5, 3));
    CHECK(uk.dateOrder->order == DateOrder::Dmy);
}

TEST_CASE("A Qualtrics status or finished value it does not know is a bad row", "[surveyexports]")
{
    const std::string head
        = "Status,Finished,Q1\nResponse Type,Finished,How likely are you to "
          "recommend us?\n\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":"
          "\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\n";
    const ImportResult result = SurveyImporter().importText(
        head + "IP Address,1,9\nSurvey Test,1,3\nOffline,1,8\nsomething,1,7\nImported,maybe,6\n");
    CHECK(result.table.nps == std::vector<std::int8_t> {9, 8});
    CHECK(result.filtered.test == 1);
    REQUIRE(result.badRows.size() == 2);
    CHECK(result.badRows[0].line == 7);
    CHECK(result.badRows[0].column == "Status");
    CHECK(result.badRows[1].line == 8);
    CHECK(result.badRows[1].column == "Finished");
}

TEST_CASE("A UK Excel export: semicolons, decimal commas, day-first dates, NA words",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("uk_excel.csv"));
    CHECK(result.delimiter == ';');
    CHECK(result.badRowCount == 0);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 6);
    // 05/03 is 5 March and 03/05 is 3 May: the column is day first, proven by 14/03 on line 3.
    CHECK(table.date
          == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 14), days(2024, 4, 2),
                                        days(2024, 4, 28), days(2024, 5, 3), kNoDate});
    REQUIRE(result.dateOrder);
    CHECK(result.dateOrder->order == DateOrder::Dmy);
    CHECK(result.dateOrder->basis == DateOrderBasis::Values);
    CHECK(result.dateOrder->exampleLine == 3);
    CHECK(describeDateOrder(*result.dateOrder)
          == "day first (dmy), from the values (line 3: 14/03/2024)");
    // 9,0 10 6 8,0 7 9 -> 3 promoters, 2 passives, 1 detractor: NPS +33.3.
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->n == 6);
    CHECK(figures.nps->value == Approx(200.0 / 6));
    CHECK(table.stages.values() == std::vector<std::string> {"Purchase", "Retention", "Advocacy"});
    CHECK(table.stage[3] == StringDictionary::kNone); // "-"
    CHECK(table.segments.values()
          == std::vector<std::string> {"SMB", "Enterprise"}); // N/A, (blank)
}

TEST_CASE("A SurveyMonkey export with MM/DD/YYYY hh:mm:ss AM dates", "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("surveymonkey_us.csv"));
    CHECK(result.layout.format == Format::SurveyMonkey);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 4);
    // 03/05 is 5 March, 04/11 is 11 April: month first, proven by 03/14 on line 4.
    CHECK(table.date
          == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 14), days(2024, 4, 2),
                                        days(2024, 4, 11)});
    REQUIRE(result.dateOrder);
    CHECK(result.dateOrder->order == DateOrder::Mdy);
    CHECK(result.dateOrder->exampleLine == 4);
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->n == 4);
    CHECK(figures.nps->value == Approx(25.0)); // 9, 3, 10, 7
    CHECK(table.stage[3] == StringDictionary::kNone); // "NA"
}

TEST_CASE("Ambiguous date columns are refused or read in the order given", "[surveyexports]")
{
    const std::string ambiguous = "nps,date\n9,05/03/2024\n3,06/03/2024 14:22\n";
    CHECK(importError(ambiguous)
          == "test.csv: column \"date\": every date could be day first or month first (e.g. "
             "line 2 (05/03/2024)); say which with --date-order dmy (day first) or --date-order "
             "mdy (month first)");
    ImportOptions dmy;
    dmy.dateOrder = DateOrder::Dmy;
    const ImportResult dayFirst = SurveyImporter(dmy).importText(ambiguous);
    CHECK(dayFirst.table.date == std::vector<std::int32_t> {days(2024, 3, 5), days(2024, 3, 6)});
    CHECK(dayFirst.dateOrder->basis == DateOrderBasis::Option);
    ImportOptions mdy;
    mdy.dateOrder = DateOrder::Mdy;
    const ImportResult monthFirst = SurveyImporter(mdy).importText(ambiguous);
    CHECK(monthFirst.table.date == std::vector<std::int32_t> {days(2024, 5, 3), days(2024, 6, 3)});
    ImportOptions ymd;
    ymd.dateOrder = DateOrder::Ymd;
    CHECK(importError(ambiguous, ymd)
          == "test.csv: column \"date\": --date-order ymd was given, but the dates have the year "
             "last (e.g. line 2 (05/03/2024)); give --date-order dmy or --date-order mdy");
    // ISO dates need no order, and any order given leaves them alone.
    const ImportResult iso
        = SurveyImporter(mdy).importText("nps,date\n9,2024-03-05T23:30:00-05:00\n");
    CHECK(iso.table.date == std::vector<std::int32_t> {days(2024, 3, 5)}); // the local day
    CHECK(iso.dateOrder->basis == DateOrderBasis::YearFirst);
}

TEST_CASE("A date column written both ways is refused with a line of each", "[surveyexports]")
{
    CHECK(importError("nps,date\n9,05/03/2024\n8,14/03/2024\n7,03/15/2024\n")
          == "test.csv: column \"date\": holds day-first and month-first dates: line 3 "
             "(14/03/2024) is day first, line 4 (03/15/2024) month first; correct the column so "
             "that all dates are written one way");
    ImportOptions mdy;
    mdy.dateOrder = DateOrder::Mdy;
    CHECK(importError("nps,date\n9,05/03/2024\n8,14.03.2024\n", mdy)
          == "test.csv: column \"date\": --date-order mdy was given, but line 3 (14.03.2024) "
             "can only be day first (dmy); give --date-order dmy or leave it out");
    // A date valid in neither order is a bad row, as before.
    const ImportResult bad = SurveyImporter().importText("nps,date\n9,14/03/2024\n8,31/04/2024\n");
    CHECK(bad.table.size() == 1);
    REQUIRE(bad.badRows.size() == 1);
    CHECK(bad.badRows[0].message == "column \"date\" (date): \"31/04/2024\" is not a calendar day");
}

TEST_CASE("Missing-value words in a score field are missing, not bad rows", "[surveyexports]")
{
    const ImportResult result
        = SurveyImporter().importText("nps,stage,customer_id\n9,NA,C1\nn/a,Purchase,-\n--,(blank),"
                                      "null\n10,N/A,C4\n");
    CHECK(result.badRowCount == 0);
    CHECK(result.table.nps == std::vector<std::int8_t> {9, -1, -1, 10});
    CHECK(result.table.stages.values() == std::vector<std::string> {"Purchase"});
    CHECK(result.table.customerId.at(1).empty());
    CHECK(result.table.customerId.at(2).empty());
    CHECK(result.table.customerId.at(3) == "C4");
}
