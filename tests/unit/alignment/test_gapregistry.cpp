#include "alignment/gapregistry.h"
#include "interchange/demo.h"
#include "workspacebuilder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>
#include <set>

using namespace ts;
using alignment::GapRegistry;
using ts::test::WorkspaceBuilder;

TEST_CASE("GapRegistry: every rule is complete and has a unique, stable id", "[alignment]")
{
    const auto &registry = GapRegistry::builtIn();
    const std::regex idPattern("[a-z]+(-[a-z]+)+");
    std::set<std::string> ids;
    for (const auto &rule : registry.rules()) {
        INFO(rule.id);
        CHECK(std::regex_match(rule.id, idPattern));
        CHECK(ids.insert(rule.id).second);
        CHECK_FALSE(rule.title.empty());
        CHECK(rule.why.size() > 150); // a paragraph, not a label
        CHECK(alignment::areaRank(rule.area) < 5);
        CHECK(rule.check);
        CHECK(registry.rule(rule.id) == &rule);
    }
    CHECK(registry.rule("no-such-rule") == nullptr);
    for (const char *id :
         {"dept-goal-unlinked", "org-goal-unsupported", "cx-vision-untied", "strategy-missing",
          "pain-point-unaddressed", "pain-point-unplanned", "stage-no-touchpoint",
          "stage-no-measure", "touchpoint-no-owner", "portfolio-unbalanced", "initiative-no-owner",
          "initiative-no-dates", "metric-below-target", "touchpoint-inconsistent"})
        CHECK(ids.count(id));
}

TEST_CASE("GapRegistry: an aligned workspace has no gaps", "[alignment]")
{
    CHECK(GapRegistry::builtIn().findings(WorkspaceBuilder::aligned().w).empty());
}

TEST_CASE("GapRegistry: findings come by severity, then area, in a stable order", "[alignment]")
{
    const auto &registry = GapRegistry::builtIn();
    auto b = WorkspaceBuilder::aligned();
    b.w.canvas = {};
    b.addDepartmentGoal(b.w.departments[0].id, "Unlinked", {});
    const Id stage = b.addStage(b.w.maps[0].id, "Advocacy");
    b.addCard(stage, CardKind::PainPoint, "No referral scheme",
              [](Card &c) { c.severity = Severity::Critical; });
    b.addInitiative("No dates", Dimension::Process, [](Initiative &i) { i.startQuarter.clear(); });
    const auto found = registry.findings(b.w);
    REQUIRE(found.size() >= 6);
    auto rank = [](const alignment::Finding &f) {
        return std::make_pair(int(f.severity), alignment::areaRank(f.area));
    };
    for (std::size_t i = 1; i < found.size(); ++i) {
        INFO(found[i - 1].ruleId << " then " << found[i].ruleId);
        CHECK(rank(found[i - 1]) <= rank(found[i]));
    }
    CHECK(found.front().severity == alignment::GapSeverity::Critical);
    CHECK(found.back().severity == alignment::GapSeverity::Minor);
    CHECK(registry.findings(b.w) == found);
    for (const auto &finding : found) {
        INFO(finding.ruleId);
        const auto *rule = registry.rule(finding.ruleId);
        REQUIRE(rule);
        CHECK(finding.area == rule->area);
        CHECK(int(finding.severity) >= int(rule->severity)); // never above the rule's own
        CHECK_FALSE(finding.objectUid.empty());
        CHECK_FALSE(finding.title.empty());
        CHECK_FALSE(finding.detail.empty());
        CHECK_FALSE(finding.fix.empty());
    }
}

TEST_CASE("GapRegistry: on the demo workspace the unlinked department goals are found",
          "[alignment][demo]")
{
    const auto demo = interchange::demoWorkspace();
    std::set<std::string> unlinked;
    for (const auto &goal : demo.departmentGoals)
        if (goal.supports.empty())
            unlinked.insert(goal.uid);
    std::set<std::string> found;
    for (const auto &finding : GapRegistry::builtIn().findings(demo))
        if (finding.ruleId == "dept-goal-unlinked")
            found.insert(finding.objectUid);
    CHECK(found == unlinked);
    CHECK(found.size() >= 2); // the demo leaves some goals unlinked on purpose
}
