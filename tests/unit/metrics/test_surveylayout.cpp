// Tests for SurveyLayout::detect: plain, Qualtrics and SurveyMonkey headers.
#include "core/error.h"
#include "metrics/surveylayout.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;
using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("SurveyLayout takes a single header row by default", "[surveylayout]")
{
    const Rows rows = {{"customer", "NPS", ""}, {"C1", "9", "x"}, {"C2", "7", "y"}};
    const SurveyLayout layout = SurveyLayout::detect(rows);
    CHECK(layout.format == Format::Generic);
    CHECK(layout.headerRows == 1);
    REQUIRE(layout.columns.size() == 3);
    CHECK(layout.columns[1].name == "NPS");
    CHECK(layout.columns[2].name == "column 3"); // a blank header still needs a name
}

TEST_CASE("SurveyLayout recognises Qualtrics by its ImportId row", "[surveylayout]")
{
    const Rows rows
        = {{"RecordedDate", "Q1"},
           {"Recorded Date", "How likely are you to recommend us?"},
           {"{\"ImportId\":\"recordedDate\",\"timeZone\":\"UTC\"}", "{\"ImportId\":\"QID1\"}"}};
    const SurveyLayout layout = SurveyLayout::detect(rows);
    CHECK(layout.format == Format::Qualtrics);
    CHECK(layout.headerRows == 3);
    CHECK(layout.columns[1].name == "Q1");
    CHECK(layout.columns[1].question == "How likely are you to recommend us?");
    CHECK(layout.columns[1].importId == "QID1");
    CHECK(layout.columns[0].importId == "recordedDate");
}

TEST_CASE("SurveyLayout recognises SurveyMonkey and names answer columns", "[surveylayout]")
{
    const Rows rows = {{"Respondent ID", "How likely...?", "Which products?", "", "Comments"},
                       {"", "Response", "Basic", "Pro", "Open-Ended Response"},
                       {"1", "9", "Basic", "", "ok"}};
    const SurveyLayout layout = SurveyLayout::detect(rows);
    CHECK(layout.format == Format::SurveyMonkey);
    CHECK(layout.headerRows == 2);
    CHECK(layout.columns[0].name == "Respondent ID");
    CHECK(layout.columns[1].name == "How likely...?");
    CHECK(layout.columns[2].name == "Which products? - Basic");
    CHECK(layout.columns[3].name == "Which products? - Pro");
    CHECK(layout.columns[4].name == "Comments");
}

TEST_CASE("SurveyLayout trusts a requested format and says when the file is too short",
          "[surveylayout]")
{
    const Rows two = {{"a", "b"}, {"1", "2"}};
    CHECK(SurveyLayout::detect(two, Format::SurveyMonkey).headerRows == 2);
    CHECK(SurveyLayout::detect(two, Format::Generic).format == Format::Generic);
    // Neither Qualtrics header: refused, not the first response eaten as a header row.
    CHECK_THROWS_WITH(SurveyLayout::detect(two, Format::Qualtrics),
                      Catch::StartsWith("--format qualtrics was given, but the file has neither "
                                        "the third header row of {\"ImportId\":...} cells"));
    CHECK_THROWS_AS(SurveyLayout::detect({}), ts::Error);
}

TEST_CASE("Format names follow the --format flag", "[surveylayout]")
{
    CHECK(formatFromName("SurveyMonkey") == Format::SurveyMonkey);
    CHECK(formatFromName("auto") == Format::Auto);
    CHECK(formatName(Format::Qualtrics) == "qualtrics");
    CHECK_FALSE(formatFromName("excel"));
}
