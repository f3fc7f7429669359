#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using alignment::GapSeverity;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

namespace {

Id firstStage(const WorkspaceBuilder &b)
{
    return b.w.stages.front().id;
}

} // namespace

TEST_CASE("pain-point-unaddressed: no opportunity or initiative addresses it", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("pain-point-unaddressed", b.w).empty());

    const Id pain = b.addCard(firstStage(b), CardKind::PainPoint, "Paperwork at handover",
                              [](Card &c) { c.severity = Severity::Medium; });
    auto found = findingsOf("pain-point-unaddressed", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == b.card(pain).uid);
    CHECK(found[0].objectKind == "painpoint");
    CHECK(found[0].severity == GapSeverity::Minor);
    CHECK_THAT(found[0].title,
               Catch::Contains("Paperwork at handover") && Catch::Contains("Service customer"));
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"pain-point-unaddressed"});

    b.card(pain).severity = Severity::Critical;
    CHECK(findingsOf("pain-point-unaddressed", b.w).at(0).severity == GapSeverity::Major);

    SECTION("a relates link or a link to a note does not address it")
    {
        const Id note = b.addCard(firstStage(b), CardKind::Note, "Ask the desk");
        b.addLink(pain, note);
        b.addLink(pain, b.w.cards[3].id, LinkKind::Relates); // the opportunity
        CHECK(findingsOf("pain-point-unaddressed", b.w).size() == 1);
    }
    SECTION("an opportunity addresses it, whichever way the link was drawn")
    {
        const Id idea = b.addCard(firstStage(b), CardKind::Opportunity, "Digital handover pack");
        b.addLink(idea, pain);
        CHECK(findingsOf("pain-point-unaddressed", b.w).empty());
    }
    SECTION("an initiative linked to it addresses it, unless dropped")
    {
        const Id plan
            = b.addInitiative("E-signature at handover", Dimension::Process, [&](Initiative &i) {
                  i.links.push_back({InitiativeTarget::Card, pain});
              });
        CHECK(findingsOf("pain-point-unaddressed", b.w).empty());
        b.initiative(plan).status = InitiativeStatus::Dropped;
        CHECK(findingsOf("pain-point-unaddressed", b.w).size() == 1);
    }
}

TEST_CASE("pain-point-unplanned: a high pain point in a stage with no initiative", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("pain-point-unplanned", b.w).empty());

    const Id retention = b.addStage(b.w.maps[0].id, "Retention");
    const Id reminder = b.addCard(retention, CardKind::PainPoint, "No service reminder",
                                  [](Card &c) { c.severity = Severity::Critical; });
    const Id mild = b.addCard(retention, CardKind::PainPoint, "Coffee machine broken",
                              [](Card &c) { c.severity = Severity::Medium; });
    auto found = findingsOf("pain-point-unplanned", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == b.card(reminder).uid);
    CHECK(found[0].severity == GapSeverity::Critical);

    b.card(reminder).severity = Severity::High;
    CHECK(findingsOf("pain-point-unplanned", b.w).at(0).severity == GapSeverity::Major);

    SECTION("an initiative on the stage plans for it")
    {
        b.addInitiative("Service reminders by SMS", Dimension::Technology, [&](Initiative &i) {
            i.links.push_back({InitiativeTarget::Stage, retention});
        });
        CHECK(findingsOf("pain-point-unplanned", b.w).empty());
    }
    SECTION("an initiative on another card of the stage plans for it")
    {
        b.addInitiative("Fix the lounge", Dimension::Process, [&](Initiative &i) {
            i.links.push_back({InitiativeTarget::Card, mild});
        });
        CHECK(findingsOf("pain-point-unplanned", b.w).empty());
    }
    SECTION("a dropped initiative does not")
    {
        b.addInitiative("Old reminder idea", Dimension::Process, [&](Initiative &i) {
            i.status = InitiativeStatus::Dropped;
            i.links.push_back({InitiativeTarget::Stage, retention});
        });
        CHECK(findingsOf("pain-point-unplanned", b.w).size() == 1);
    }
    SECTION("an initiative in another stage does not")
    {
        b.addInitiative("Lounge wifi", Dimension::Technology, [&](Initiative &i) {
            i.links.push_back({InitiativeTarget::Stage, firstStage(b)});
        });
        CHECK(findingsOf("pain-point-unplanned", b.w).size() == 1);
    }
}
