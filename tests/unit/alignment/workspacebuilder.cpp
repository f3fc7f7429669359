#include "workspacebuilder.h"

#include "core/ids.h"

#include <algorithm>
#include <stdexcept>

namespace ts::test {

WorkspaceBuilder WorkspaceBuilder::aligned()
{
    WorkspaceBuilder b;
    auto &canvas = b.w.canvas;
    canvas.organisation = "Northwind Motors";
    canvas.businessPurpose = "Keep our region moving";
    canvas.businessStrategy = "Grow service revenue 10% a year";
    canvas.customerStrategy = "Customers for life through effortless servicing";
    canvas.cxVision = "Every visit is quicker than the customer expected";
    canvas.brandPromise = "Driven by you";
    canvas.visionTiedToBrand = true;
    const Id loyalty = b.addOrgGoal("Keep customers for life", GoalKind::Cx);
    const Id service = b.addDepartment("Service");
    b.addDepartmentGoal(service, "Same-day repairs", {loyalty});
    const Id map = b.addMap("Service customer");
    const Id stage = b.addStage(map, "Purchase");
    b.addCard(stage, CardKind::Touchpoint, "Service desk", [&](Card &c) {
        c.channel = "store";
        c.departmentId = service;
        c.currentScore = 7.0;
    });
    b.addCard(stage, CardKind::Metric, "CSAT after visit");
    const Id pain = b.addCard(stage, CardKind::PainPoint, "Long wait at the desk",
                              [](Card &c) { c.severity = Severity::High; });
    const Id idea = b.addCard(stage, CardKind::Opportunity, "Online check-in");
    b.addLink(pain, idea);
    for (auto dimension : {Dimension::People, Dimension::Technology})
        b.addInitiative(toString(dimension) + " initiative", dimension, [&](Initiative &i) {
            i.departmentId = service;
            i.metric = "nps";
            i.links.push_back({InitiativeTarget::Card, pain});
        });
    b.addResponse([](SurveyResponse &r) {
        r.nps = 10;
        r.stage = "Purchase";
    });
    b.addTarget("nps", 50);
    return b;
}

Id WorkspaceBuilder::addOrgGoal(const std::string &title, GoalKind kind)
{
    OrgGoal goal;
    goal.id = m_next;
    goal.uid = newUid();
    goal.kind = kind;
    goal.title = title;
    w.orgGoals.push_back(goal);
    return m_next++;
}

Id WorkspaceBuilder::addDepartment(const std::string &name)
{
    Department department;
    department.id = m_next;
    department.uid = newUid();
    department.name = name;
    department.leader = "Ann";
    w.departments.push_back(department);
    return m_next++;
}

Id WorkspaceBuilder::addDepartmentGoal(Id departmentId, const std::string &title,
                                       std::vector<Id> supports)
{
    DepartmentGoal goal;
    goal.id = m_next;
    goal.uid = newUid();
    goal.departmentId = departmentId;
    goal.title = title;
    goal.supports = std::move(supports);
    w.departmentGoals.push_back(goal);
    return m_next++;
}

Id WorkspaceBuilder::addMap(const std::string &name)
{
    JourneyMap map;
    map.id = m_next;
    map.uid = newUid();
    map.name = name;
    w.maps.push_back(map);
    return m_next++;
}

Id WorkspaceBuilder::addStage(Id mapId, const std::string &name)
{
    Stage stage;
    stage.id = m_next;
    stage.uid = newUid();
    stage.mapId = mapId;
    stage.name = name;
    stage.position = int(w.stages.size());
    w.stages.push_back(stage);
    return m_next++;
}

Id WorkspaceBuilder::laneFor(Id mapId, CardKind kind)
{
    const LaneKind laneKind = defaultLaneFor(kind);
    for (const auto &lane : w.lanes)
        if (lane.mapId == mapId && lane.kind == laneKind)
            return lane.id;
    Lane lane;
    lane.id = m_next;
    lane.uid = newUid();
    lane.mapId = mapId;
    lane.kind = laneKind;
    lane.title = defaultLaneTitle(laneKind);
    lane.position = int(w.lanes.size());
    w.lanes.push_back(lane);
    return m_next++;
}

Id WorkspaceBuilder::addCard(Id stageId, CardKind kind, const std::string &title,
                             const std::function<void(Card &)> &tweak)
{
    const auto *stage = findById(w.stages, stageId);
    if (!stage)
        throw std::logic_error("addCard: no such stage");
    const Id mapId = stage->mapId;
    Card card;
    card.uid = newUid();
    card.mapId = mapId;
    card.stageId = stageId;
    card.kind = kind;
    card.title = title;
    card.laneId = laneFor(mapId, kind);
    card.id = m_next++;
    if (tweak)
        tweak(card);
    w.cards.push_back(card);
    return card.id;
}

void WorkspaceBuilder::addLink(Id fromCardId, Id toCardId, LinkKind kind)
{
    CardLink link;
    link.id = m_next++;
    link.uid = newUid();
    link.fromCardId = fromCardId;
    link.toCardId = toCardId;
    link.kind = kind;
    w.cardLinks.push_back(link);
}

Id WorkspaceBuilder::addInitiative(const std::string &title, Dimension dimension,
                                   const std::function<void(Initiative &)> &tweak)
{
    Initiative initiative;
    initiative.id = m_next;
    initiative.uid = newUid();
    initiative.title = title;
    initiative.dimension = dimension;
    initiative.owner = "Ann";
    initiative.status = InitiativeStatus::Planned;
    initiative.startQuarter = "2026-Q1";
    initiative.endQuarter = "2026-Q3";
    initiative.position = int(w.initiatives.size());
    if (tweak)
        tweak(initiative);
    w.initiatives.push_back(initiative);
    return m_next++;
}

void WorkspaceBuilder::addResponse(const std::function<void(SurveyResponse &)> &fill)
{
    SurveyResponse response;
    response.id = m_next++;
    response.uid = newUid();
    fill(response);
    w.responses.push_back(response);
}

Id WorkspaceBuilder::addTarget(const std::string &metric, double target, const std::string &scope)
{
    MetricTarget goal;
    goal.id = m_next;
    goal.uid = newUid();
    goal.metric = metric;
    goal.scope = scope;
    goal.target = target;
    w.metricTargets.push_back(goal);
    return m_next++;
}

Card &WorkspaceBuilder::card(Id id)
{
    auto it
        = std::find_if(w.cards.begin(), w.cards.end(), [&](const Card &c) { return c.id == id; });
    if (it == w.cards.end())
        throw std::logic_error("no such card");
    return *it;
}

Initiative &WorkspaceBuilder::initiative(Id id)
{
    auto it = std::find_if(w.initiatives.begin(), w.initiatives.end(),
                           [&](const Initiative &i) { return i.id == id; });
    if (it == w.initiatives.end())
        throw std::logic_error("no such initiative");
    return *it;
}

std::vector<alignment::Finding> findingsOf(const std::string &ruleId, const Workspace &w,
                                           const alignment::GapSettings &settings)
{
    const auto *rule = alignment::GapRegistry::builtIn().rule(ruleId);
    if (!rule)
        throw std::logic_error("no rule " + ruleId);
    return rule->findings(w, settings);
}

std::vector<std::string> firingRules(const Workspace &w)
{
    std::vector<std::string> ids;
    for (const auto &finding : alignment::GapRegistry::builtIn().findings(w))
        if (std::find(ids.begin(), ids.end(), finding.ruleId) == ids.end())
            ids.push_back(finding.ruleId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace ts::test
