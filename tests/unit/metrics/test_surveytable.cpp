// Tests for SurveyTable: appending records, compact missing values, reading them back.
#include "metrics/surveytable.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

TEST_CASE("SurveyTable stores records as compact columns and gives them back", "[surveytable]")
{
    SurveyTable table;
    SurveyRecord full;
    full.line = 2;
    full.customerId = "C1";
    full.date = CivilDate {2024, 3, 1}.toDays();
    full.nps = 9;
    full.csat = 4;
    full.ces = 6;
    full.stage = "Purchase";
    full.touchpoint = "Web";
    full.segment = "SMB";
    full.retained = false;
    full.expansion = true;
    full.referral = false;
    full.comment = "fine";
    table.append(full);
    table.append(SurveyRecord {}); // nothing known

    REQUIRE(table.size() == 2);
    CHECK(table.nps == std::vector<std::int8_t> {9, SurveyTable::kMissing});
    CHECK(table.retained == std::vector<std::int8_t> {0, SurveyTable::kMissing});
    CHECK(table.date[1] == kNoDate);
    CHECK(table.stage == std::vector<std::uint32_t> {1, StringDictionary::kNone});

    const SurveyRecord back = table.record(0);
    CHECK(back.customerId == "C1");
    CHECK(back.date == full.date);
    CHECK(back.nps == 9);
    CHECK(back.ces == 6);
    CHECK(back.touchpoint == "Web");
    CHECK(back.retained == false);
    CHECK(back.expansion == true);
    CHECK(back.comment == "fine");

    const SurveyRecord empty = table.record(1);
    CHECK_FALSE(empty.nps);
    CHECK_FALSE(empty.date);
    CHECK(empty.stage.empty());
    CHECK_FALSE(empty.retained);
}

TEST_CASE("SurveyTable stores scores outside their scale as missing", "[surveytable]")
{
    SurveyTable table;
    SurveyRecord record;
    record.nps = 11;
    record.csat = 0;
    table.append(record);
    CHECK(table.nps[0] == SurveyTable::kMissing);
    CHECK(table.csat[0] == SurveyTable::kMissing);
}
