// Tests for issue 13 items 3-7 and 9: the legacy Qualtrics layout, labelled scales, value-aware
// mapping and its refusals, localised headers, SurveyMonkey multi-select groups and the file and
// response hashes, each on a fixture laid out as its tool writes it (tests/data/survey).
#include "core/error.h"
#include "importhelpers.h"
#include "metrics/metricfigures.h"
#include "metrics/surveyimporter.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

using ts::test::days;
using ts::test::fixture;
using ts::test::importError;

TEST_CASE("A legacy Qualtrics export (V1,V2,... then labels) is detected and filtered",
          "[surveyexports]")
{
    const ImportResult result = SurveyImporter().importFile(fixture("qualtrics_legacy.csv"));
    CHECK(result.layout.format == Format::Qualtrics);
    CHECK(result.layout.legacyQualtrics);
    CHECK(result.layout.headerRows == 2);
    // V columns are named by their label, Q columns keep their id with the text as question.
    CHECK(result.layout.columns[6].name == "Status");
    CHECK(result.layout.columns[6].importId == "V7");
    CHECK(result.layout.columns[10].name == "Q1");
    CHECK(result.layout.columns[10].question
          == "How likely are you to recommend Acme to a friend or colleague?");
    CHECK(result.filtered.preview == 1); // R_1aZ..., Status 1
    CHECK(result.filtered.unfinished == 1); // R_5gH..., Finished 0
    CHECK(result.badRowCount == 0);
    const SurveyTable &table = result.table;
    REQUIRE(table.size() == 4);
    CHECK(table.line == std::vector<std::uint32_t> {3, 4, 7, 8});
    // NPS kept: 10, 6, 9, 8 -> 2 promoters, 1 passive, 1 detractor: (2 - 1) / 4 = +25.
    const MetricFigures figures = computeFigures(table);
    REQUIRE(figures.nps);
    CHECK(figures.nps->n == 4);
    CHECK(figures.nps->value == Approx(25.0));
    // CSAT 5, 2, 4, 4 -> 3 of 4 satisfied; CES 7, 3, 6, 5.
    REQUIRE(figures.csat);
    CHECK(figures.csat->value == Approx(75.0));
    CHECK(table.ces == std::vector<std::int8_t> {7, 3, 6, 5});
    // EndDate (85) beats StartDate (80).
    CHECK(table.date
          == std::vector<std::int32_t> {days(2016, 3, 1), days(2016, 3, 2), days(2016, 3, 10),
                                        days(2016, 3, 15)});
    CHECK(result.layout.columns[*result.mapping.columnOf(Field::Date)].name == "EndDate");
    // ExternalDataReference names the customer; ResponseID is the response's own id.
    CHECK(table.customerId.at(0) == "C001");
    CHECK(table.comment.at(0) == "Fast, friendly support");
}

TEST_CASE("--format qualtrics on a file with neither Qualtrics header is refused",
          "[surveyexports]")
{
    ImportOptions qualtrics;
    qualtrics.format = Format::Qualtrics;
    const std::string message = importError("ResponseId,Q1\nR_1,9\nR_2,10\nR_3,4\n", qualtrics);
    CHECK_THAT(message,
               Catch::StartsWith("test.csv: --format qualtrics was given, but the file "
                                 "has neither the third header row"));
    CHECK_THAT(message, Catch::Contains("V1,V2,V3"));
    CHECK_THAT(message, Catch::Contains("--format generic"));
    // The legacy layout is taken when asked for, too.
    const ImportResult legacy
        = SurveyImporter(qualtrics).importFile(fixture("qualtrics_legacy.csv"));
    CHECK(legacy.layout.legacyQualtrics);
    CHECK(legacy.table.size() == 4);
}
