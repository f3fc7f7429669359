#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

TEST_CASE("dept-goal-unlinked: a department goal that supports no goal", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("dept-goal-unlinked", b.w).empty());

    const Id sales = b.addDepartment("Sales");
    const Id lonely = b.addDepartmentGoal(sales, "Sell more extended warranties", {});
    const Id stale = b.addDepartmentGoal(sales, "Win back lapsed customers", {9999});
    const auto found = findingsOf("dept-goal-unlinked", b.w);
    REQUIRE(found.size() == 2);
    CHECK(found[0].objectUid == findById(b.w.departmentGoals, lonely)->uid);
    CHECK(found[0].objectKind == "department_goal");
    CHECK_THAT(found[0].title,
               Catch::Contains("Sell more extended warranties") && Catch::Contains("Sales"));
    CHECK(found[1].objectUid == findById(b.w.departmentGoals, stale)->uid);
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"dept-goal-unlinked"});
}

TEST_CASE("org-goal-unsupported: an organisational goal no department goal supports", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("org-goal-unsupported", b.w).empty());

    const Id share = b.addOrgGoal("Grow market share to 15%");
    const auto found = findingsOf("org-goal-unsupported", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == findById(b.w.orgGoals, share)->uid);
    CHECK(found[0].objectKind == "org_goal");
    CHECK_THAT(found[0].title, Catch::StartsWith("Organisational goal \"Grow market share"));
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"org-goal-unsupported"});

    b.addDepartmentGoal(b.w.departments[0].id, "Conquest campaign", {share});
    CHECK(findingsOf("org-goal-unsupported", b.w).empty());
}
