#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using alignment::GapSeverity;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

namespace {

void setDimensions(WorkspaceBuilder &b, std::vector<Dimension> dimensions)
{
    b.w.initiatives.clear();
    for (auto dimension : dimensions)
        b.addInitiative(toString(dimension), dimension, [](Initiative &i) { i.metric = "nps"; });
}

} // namespace

TEST_CASE("portfolio-unbalanced: technology only is critical, no people is major", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned(); // people and technology
    CHECK(findingsOf("portfolio-unbalanced", b.w).empty());

    setDimensions(b, {Dimension::Technology, Dimension::Technology});
    auto found = findingsOf("portfolio-unbalanced", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == GapSeverity::Critical);
    CHECK(found[0].objectUid == "roadmap:portfolio");
    CHECK(found[0].objectKind == "roadmap");
    CHECK(found[0].area == "Roadmap");

    setDimensions(b, {Dimension::Technology, Dimension::Process});
    found = findingsOf("portfolio-unbalanced", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == GapSeverity::Major);
    CHECK_THAT(found[0].detail, Catch::Contains("1 process, 1 technology"));

    setDimensions(b, {Dimension::Technology, Dimension::People});
    b.initiative(b.w.initiatives[1].id).status = InitiativeStatus::Dropped;
    CHECK(findingsOf("portfolio-unbalanced", b.w).at(0).severity == GapSeverity::Critical);

    setDimensions(b, {Dimension::People});
    CHECK(findingsOf("portfolio-unbalanced", b.w).empty());
    setDimensions(b, {});
    CHECK(findingsOf("portfolio-unbalanced", b.w).empty()); // nothing planned yet: no portfolio
}

TEST_CASE("initiative-no-owner: neither a department nor a person owns it", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("initiative-no-owner", b.w).empty());

    const Id nobody = b.addInitiative("Loyalty app", Dimension::Technology, [](Initiative &i) {
        i.owner = " ";
        i.departmentId = 0;
    });
    b.addInitiative("Named owner", Dimension::Process, [](Initiative &i) { i.departmentId = 0; });
    b.addInitiative("Department only", Dimension::Process, [&](Initiative &i) {
        i.owner.clear();
        i.departmentId = b.w.departments[0].id;
    });
    b.addInitiative("Dropped", Dimension::Process, [](Initiative &i) {
        i.owner.clear();
        i.status = InitiativeStatus::Dropped;
    });
    const auto found = findingsOf("initiative-no-owner", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == b.initiative(nobody).uid);
    CHECK(found[0].objectKind == "initiative");
    CHECK(found[0].severity == GapSeverity::Major);
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"initiative-no-owner"});
}

TEST_CASE("initiative-no-dates: no start or no end quarter", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("initiative-no-dates", b.w).empty());

    const Id noEnd = b.addInitiative("Coaching", Dimension::People,
                                     [](Initiative &i) { i.endQuarter.clear(); });
    const Id none = b.addInitiative("Kiosks", Dimension::Technology, [](Initiative &i) {
        i.startQuarter.clear();
        i.endQuarter.clear();
    });
    const auto found = findingsOf("initiative-no-dates", b.w);
    REQUIRE(found.size() == 2);
    CHECK(found[0].objectUid == b.initiative(noEnd).uid);
    CHECK_THAT(found[0].detail, Catch::Contains("an end quarter"));
    CHECK(found[1].objectUid == b.initiative(none).uid);
    CHECK(found[1].severity == GapSeverity::Minor);
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"initiative-no-dates"});
}
