#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

TEST_CASE("touchpoint-no-owner: a touchpoint no department owns", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("touchpoint-no-owner", b.w).empty());

    const Id stage = b.w.stages[0].id;
    const Id orphan = b.addCard(stage, CardKind::Touchpoint, "Courtesy car");
    const Id gone
        = b.addCard(stage, CardKind::Touchpoint, "Valet", [](Card &c) { c.departmentId = 4242; });
    const auto found = findingsOf("touchpoint-no-owner", b.w);
    REQUIRE(found.size() == 2);
    CHECK(found[0].objectUid == b.card(orphan).uid);
    CHECK(found[0].objectKind == "touchpoint");
    CHECK(found[1].objectUid == b.card(gone).uid);
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"touchpoint-no-owner"});
}

TEST_CASE("touchpoint-inconsistent: one touchpoint, very different scores by channel",
          "[alignment]")
{
    auto b = WorkspaceBuilder::aligned(); // "Service desk" scores 7.0 in store
    CHECK(findingsOf("touchpoint-inconsistent", b.w).empty());

    const Id fleet = b.addMap("Fleet manager");
    const Id purchase = b.addStage(fleet, "Purchase");
    b.addCard(purchase, CardKind::Metric, "Fleet NPS");
    auto touchpoint = [&](const std::string &title, const char *channel, double score) {
        return b.addCard(purchase, CardKind::Touchpoint, title, [&](Card &c) {
            c.channel = channel;
            c.currentScore = score;
            c.departmentId = b.w.departments[0].id;
        });
    };
    const Id phone = touchpoint("SERVICE DESK ", "phone", 4.5);
    auto found = findingsOf("touchpoint-inconsistent", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == b.card(phone).uid); // the weaker channel is the one to fix
    CHECK(found[0].objectKind == "touchpoint");
    CHECK_THAT(found[0].title, Catch::Contains("4.5 on phone") && Catch::Contains("7.0 on store"));
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"touchpoint-inconsistent"});

    alignment::GapSettings lenient;
    lenient.touchpointScoreSpread = 3.0;
    CHECK(findingsOf("touchpoint-inconsistent", b.w, lenient).empty());

    SECTION("a spread of exactly the threshold is fine")
    {
        b.card(phone).currentScore = 5.0;
        CHECK(findingsOf("touchpoint-inconsistent", b.w).empty());
    }
    SECTION("differences within one channel are not across channels")
    {
        b.card(phone).channel = "store";
        CHECK(findingsOf("touchpoint-inconsistent", b.w).empty());
    }
    SECTION("unscored touchpoints and other titles are left out")
    {
        b.card(phone).currentScore.reset();
        touchpoint("Service desk queue", "web", 1.0);
        CHECK(findingsOf("touchpoint-inconsistent", b.w).empty());
    }
    SECTION("the widest pair across channels is reported")
    {
        touchpoint("Service Desk", "web", 9.5);
        found = findingsOf("touchpoint-inconsistent", b.w);
        REQUIRE(found.size() == 1);
        CHECK(found[0].objectUid == b.card(phone).uid);
        CHECK_THAT(found[0].detail, Catch::Contains("9.5 on web") && Catch::Contains("5.0 points"));
    }
}
