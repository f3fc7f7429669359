// Department and organisational goal rules: every goal should serve, and be served by, another.
#include "alignment/builtinrules.h"
#include "alignment/textutil.h"
#include "alignment/workspaceindex.h"

#include <unordered_set>

namespace ts::alignment {
namespace {

const char *const kUnlinkedWhy
    = "A department goal that serves no organisational or CX goal pulls the department's effort "
      "away from the shared direction. Reviewing departmental goals against the broader "
      "organisational goals is how leaders make sure every team, including those who never meet "
      "a customer, knows its part in the experience. Unlinked goals are where silos start.";

const char *const kUnsupportedWhy
    = "An organisational or CX goal that no department has taken on is a goal on paper only: no "
      "department's plan, budget or targets move it. Each goal needs at least one department "
      "goal behind it, so that someone owns the result and reports on it.";

std::string goalLabel(GoalKind kind)
{
    return kind == GoalKind::Cx ? "CX goal" : "Organisational goal";
}

std::vector<Finding> unlinkedDepartmentGoals(const Workspace &w, const GapSettings &)
{
    std::unordered_set<Id> orgGoals;
    for (const auto &goal : w.orgGoals)
        orgGoals.insert(goal.id);
    const WorkspaceIndex index(w);
    std::vector<Finding> out;
    for (const auto &goal : w.departmentGoals) {
        bool linked = false;
        for (Id supported : goal.supports)
            linked = linked || orgGoals.count(supported) > 0;
        if (linked)
            continue;
        const auto department = index.departmentName(goal.departmentId);
        out.push_back(Finding {
            .severity = GapSeverity::Major,
            .objectUid = goal.uid,
            .objectKind = "department_goal",
            .title = "Department goal " + quoted(goal.title) + " (" + department
                + ") supports no organisational or CX goal",
            .detail = goal.supports.empty()
                ? "The goal of " + department + " is linked to no organisational or CX goal."
                : "Every goal it was linked to has been removed.",
            .fix = "Departments & goals: link the goal to the organisational or CX goal it "
                   "serves (drag it onto the goal, or tick the goal in the matrix), or retire it.",
        });
    }
    return out;
}

std::vector<Finding> unsupportedOrgGoals(const Workspace &w, const GapSettings &)
{
    std::unordered_set<Id> supported;
    for (const auto &goal : w.departmentGoals)
        supported.insert(goal.supports.begin(), goal.supports.end());
    std::vector<Finding> out;
    for (const auto &goal : w.orgGoals) {
        if (supported.count(goal.id))
            continue;
        out.push_back(Finding {
            .severity = GapSeverity::Major,
            .objectUid = goal.uid,
            .objectKind = "org_goal",
            .title = goalLabel(goal.kind) + " " + quoted(goal.title)
                + " is supported by no department goal",
            .detail = "No department has a goal that supports it, so no department plan "
                      "moves it.",
            .fix = "Departments & goals: give the department that owns this result a goal that "
                   "supports it (the matrix shows the empty column).",
        });
    }
    return out;
}

} // namespace

std::vector<GapRule> goalRules()
{
    return {
        GapRule {"dept-goal-unlinked", "Department goal linked to no organisational or CX goal",
                 kUnlinkedWhy, GapSeverity::Major, area::Goals, unlinkedDepartmentGoals},
        GapRule {"org-goal-unsupported", "Organisational or CX goal that no department supports",
                 kUnsupportedWhy, GapSeverity::Major, area::Goals, unsupportedOrgGoals},
    };
}

} // namespace ts::alignment
