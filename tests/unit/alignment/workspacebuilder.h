// Small in-memory workspaces for the gap rule tests, starting from one where no rule fires.
#pragma once

#include "alignment/gapregistry.h"
#include "core/workspace.h"

#include <functional>
#include <string>
#include <vector>

namespace ts::test {

class WorkspaceBuilder
{
public:
    Workspace w;

    // A workspace on which no rule finds anything: see workspacebuilder.cpp for its content.
    static WorkspaceBuilder aligned();

    Id addOrgGoal(const std::string &title, GoalKind kind = GoalKind::Organisational);
    Id addDepartment(const std::string &name);
    Id addDepartmentGoal(Id departmentId, const std::string &title, std::vector<Id> supports);
    Id addMap(const std::string &name);
    Id addStage(Id mapId, const std::string &name);
    // A card in the lane its kind belongs to (the lane is created when the map lacks it).
    Id addCard(Id stageId, CardKind kind, const std::string &title,
               const std::function<void(Card &)> &tweak = {});
    void addLink(Id fromCardId, Id toCardId, LinkKind kind = LinkKind::Addresses);
    Id addInitiative(const std::string &title, Dimension dimension,
                     const std::function<void(Initiative &)> &tweak = {});
    void addResponse(const std::function<void(SurveyResponse &)> &fill);
    Id addTarget(const std::string &metric, double target, const std::string &scope = {});

    Card &card(Id id);
    Initiative &initiative(Id id);

private:
    Id m_next = 1;
    Id laneFor(Id mapId, CardKind kind);
};

// The findings of one rule, by id.
std::vector<alignment::Finding> findingsOf(const std::string &ruleId, const Workspace &w,
                                           const alignment::GapSettings &settings = {});
// The ids of the rules that fire on `w`, for "only this rule fires" checks.
std::vector<std::string> firingRules(const Workspace &w);

} // namespace ts::test
