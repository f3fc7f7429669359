// Tests for computeGroups: by category in order of appearance, by month and quarter.
#include "metrics/groupedfigures.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

namespace {

SurveyTable sample()
{
    SurveyTable table;
    auto add = [&](std::string_view stage, std::optional<CivilDate> date, int nps) {
        SurveyRecord record;
        record.stage = stage;
        if (date)
            record.date = date->toDays();
        record.nps = nps;
        table.append(record);
    };
    add("Retention", CivilDate {2024, 3, 5}, 10);
    add("Purchase", CivilDate {2024, 1, 20}, 9);
    add("Retention", CivilDate {2024, 3, 28}, 3);
    add("", CivilDate {2024, 5, 1}, 8);
    add("Purchase", std::nullopt, 0);
    return table;
}

} // namespace

TEST_CASE("computeGroups by stage keeps the order of first appearance", "[groupedfigures]")
{
    const GroupedFigures grouped = computeGroups(sample(), GroupBy::Stage);
    REQUIRE(grouped.groups.size() == 2);
    CHECK(grouped.groups[0].key == "Retention");
    CHECK(grouped.groups[1].key == "Purchase");
    CHECK(grouped.withoutKey == 1);
    // Retention: 10 and 3 -> (1 - 1) / 2 = 0; Purchase: 9 and 0 -> 0 as well, n 2 each.
    CHECK(grouped.groups[0].figures.nps->n == 2);
    CHECK(grouped.groups[0].figures.nps->value == Approx(0.0));
    CHECK(grouped.groups[0].figures.responses == 2);
}

TEST_CASE("computeGroups by month and quarter in calendar order, empty periods left out",
          "[groupedfigures]")
{
    const GroupedFigures months = computeGroups(sample(), GroupBy::Month);
    REQUIRE(months.groups.size() == 3);
    CHECK(months.groups[0].key == "2024-01");
    CHECK(months.groups[1].key == "2024-03");
    CHECK(months.groups[1].figures.responses == 2);
    CHECK(months.groups[2].key == "2024-05");
    CHECK(months.withoutKey == 1);

    const GroupedFigures quarters = computeGroups(sample(), GroupBy::Quarter);
    REQUIRE(quarters.groups.size() == 2);
    CHECK(quarters.groups[0].key == "2024-Q1");
    CHECK(quarters.groups[0].figures.responses == 3);
    CHECK(quarters.groups[1].key == "2024-Q2");
}

TEST_CASE("computeGroups copes with dates centuries apart", "[groupedfigures]")
{
    SurveyTable table;
    SurveyRecord record;
    record.date = CivilDate {224, 3, 1}.toDays(); // a typo for 2024
    table.append(record);
    record.date = CivilDate {2024, 3, 1}.toDays();
    table.append(record);
    const GroupedFigures months = computeGroups(table, GroupBy::Month);
    REQUIRE(months.groups.size() == 2);
    CHECK(months.groups[0].key == "0224-03");
    CHECK(months.groups[1].key == "2024-03");
}

TEST_CASE("GroupBy names follow the --by flag", "[groupedfigures]")
{
    CHECK(groupByFromName("period") == GroupBy::Month);
    CHECK(groupByFromName("Quarter") == GroupBy::Quarter);
    CHECK(groupByName(GroupBy::Touchpoint) == "touchpoint");
    CHECK_FALSE(groupByFromName("weekday"));
    CHECK(computeGroups(SurveyTable {}, GroupBy::Month).groups.empty());
}
