#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

namespace {

void addCsat(WorkspaceBuilder &b, int score, const std::string &stage = {})
{
    b.addResponse([&](SurveyResponse &r) {
        r.csat = score;
        r.stage = stage;
    });
}

} // namespace

TEST_CASE("metric-below-target: below target and no initiative names the metric", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned(); // NPS 100 against a target of 50
    CHECK(findingsOf("metric-below-target", b.w).empty());

    addCsat(b, 5);
    addCsat(b, 2);
    const Id target = b.addTarget("csat", 80);
    auto found = findingsOf("metric-below-target", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == findById(b.w.metricTargets, target)->uid);
    CHECK(found[0].objectKind == "metric_target");
    CHECK(found[0].area == "Metrics");
    CHECK_THAT(found[0].title,
               Catch::Contains("CSAT") && Catch::Contains("50.0%") && Catch::Contains("80.0%"));
    CHECK_THAT(found[0].detail, Catch::Contains("2 responses"));
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"metric-below-target"});

    SECTION("an initiative that names the metric answers it, unless dropped")
    {
        const Id plan = b.addInitiative("Desk coaching", Dimension::People,
                                        [](Initiative &i) { i.metric = "csat"; });
        CHECK(findingsOf("metric-below-target", b.w).empty());
        b.initiative(plan).status = InitiativeStatus::Dropped;
        CHECK(findingsOf("metric-below-target", b.w).size() == 1);
    }
    SECTION("a target that is met, or has no responses, is fine")
    {
        b.w.metricTargets.back().target = 50;
        b.addTarget("ces", 6);
        CHECK(findingsOf("metric-below-target", b.w).empty());
    }
    SECTION("NPS below target does not fire while an initiative names NPS")
    {
        b.w.metricTargets.back().metric = "nps";
        b.w.metricTargets.back().target = 101;
        CHECK(findingsOf("metric-below-target", b.w).empty());
    }
}

TEST_CASE("metric-below-target: stage targets use the responses of that stage", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    addCsat(b, 5, "Purchase");
    addCsat(b, 1, "Retention");
    addCsat(b, 2, "retention");
    b.addTarget("csat", 90, "Purchase");
    CHECK(findingsOf("metric-below-target", b.w).empty());

    b.addTarget("csat", 40, "Retention");
    const auto found = findingsOf("metric-below-target", b.w);
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].title,
               Catch::Contains("at stage \"Retention\"") && Catch::Contains("0.0%"));

    b.addTarget("csat", 40, "Advocacy"); // no responses there: nothing to compare
    CHECK(findingsOf("metric-below-target", b.w).size() == 1);
}
