#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

TEST_CASE("stage-no-touchpoint: a stage where the customer meets nobody", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("stage-no-touchpoint", b.w).empty());

    const Id advocacy = b.addStage(b.w.maps[0].id, "Advocacy");
    b.addCard(advocacy, CardKind::Metric, "Referrals");
    b.addCard(advocacy, CardKind::Channel, "Social");
    auto found = findingsOf("stage-no-touchpoint", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == findById(b.w.stages, advocacy)->uid);
    CHECK(found[0].objectKind == "stage");
    CHECK(found[0].severity == alignment::GapSeverity::Minor);
    CHECK_THAT(found[0].title, Catch::Contains("Advocacy") && Catch::Contains("Service customer"));
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"stage-no-touchpoint"});

    b.addCard(advocacy, CardKind::Touchpoint, "Review site",
              [&](Card &c) { c.departmentId = b.w.departments[0].id; });
    CHECK(findingsOf("stage-no-touchpoint", b.w).empty());
}

TEST_CASE("stage-no-measure: no metric card and no response names the stage", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("stage-no-measure", b.w).empty());

    const Id retention = b.addStage(b.w.maps[0].id, "Retention");
    b.addCard(retention, CardKind::Touchpoint, "Service reminder",
              [&](Card &c) { c.departmentId = b.w.departments[0].id; });
    b.addResponse([](SurveyResponse &r) {
        r.nps = 9;
        r.stage = "Retention period"; // another name: does not measure the stage
    });
    auto found = findingsOf("stage-no-measure", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == findById(b.w.stages, retention)->uid);
    CHECK(found[0].severity == alignment::GapSeverity::Major);
    CHECK(found[0].area == "Metrics");
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"stage-no-measure"});

    SECTION("a metric card measures it")
    {
        b.addCard(retention, CardKind::Metric, "Renewal rate");
        CHECK(findingsOf("stage-no-measure", b.w).empty());
    }
    SECTION("responses name it, in any case unless the settings say otherwise")
    {
        b.addResponse([](SurveyResponse &r) {
            r.csat = 4;
            r.stage = " retention";
        });
        CHECK(findingsOf("stage-no-measure", b.w).empty());
        alignment::GapSettings strict;
        strict.stageNamesCaseSensitive = true;
        CHECK(findingsOf("stage-no-measure", b.w, strict).size() == 1);
    }
}
