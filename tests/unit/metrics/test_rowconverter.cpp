// Tests for RowConverter: one row's cells to a record, missing versus bad values.
#include "metrics/rowconverter.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

namespace {

SurveyLayout layoutOf(std::vector<std::string> names)
{
    SurveyLayout layout;
    for (std::string &name : names)
        layout.columns.push_back({std::move(name), {}, {}, {}, {}});
    return layout;
}

} // namespace

TEST_CASE("RowConverter fills a record and leaves empty cells missing", "[rowconverter]")
{
    const SurveyLayout layout
        = layoutOf({"Customer", "Date", "NPS", "CES", "Stage", "Referral", "Other"});
    const RowConverter converter(layout, mapColumns(layout));
    SurveyRecord record;
    RowProblem problem;
    const std::vector<std::string_view> cells
        = {" C7 ", "2024-05-06", "", "n/a", "Purchase", "Y", "x"};
    REQUIRE(converter.convert(cells, record, problem));
    CHECK(record.customerId == "C7");
    CHECK(record.date == CivilDate {2024, 5, 6}.toDays());
    CHECK_FALSE(record.nps);
    CHECK_FALSE(record.ces);
    CHECK(record.stage == "Purchase");
    CHECK(record.referral == true);
    CHECK_FALSE(record.retained);
}

TEST_CASE("RowConverter names the first bad cell", "[rowconverter]")
{
    const SurveyLayout layout = layoutOf({"NPS", "CSAT"});
    const RowConverter converter(layout, mapColumns(layout));
    SurveyRecord record;
    RowProblem problem;
    REQUIRE_FALSE(converter.convert({"9", "six"}, record, problem));
    CHECK(problem.column == "CSAT");
    CHECK_THAT(problem.message,
               Catch::StartsWith("column \"CSAT\" (csat): \"six\" is not a 1-5 score (expected "
                                 "1-5, "));
    REQUIRE_FALSE(converter.convert({"9"}, record, problem));
    CHECK(problem.message == "expected 2 columns, found 1");
    REQUIRE_FALSE(converter.convert(
        {std::string_view("12345678901234567890123456789012345678901234567890"), "5"}, record,
        problem));
    CHECK_THAT(problem.message, Catch::Contains("\"1234567890123456789012345678901234567890...\""));
}
