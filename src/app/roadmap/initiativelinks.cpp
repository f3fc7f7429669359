#include "app/roadmap/initiativelinks.h"

#include "app/cardform.h"

#include <QCoreApplication>

namespace ts::app {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
QString tr(const char *text)
{
    return QCoreApplication::translate("InitiativeLinks", text);
}
QString mapName(const Workspace &w, Id mapId)
{
    const auto *map = findById(w.maps, mapId);
    return map ? q(map->name) : QString();
}

LinkTarget describeCard(const Workspace &w, const Card &card)
{
    LinkTarget t;
    t.link = {InitiativeTarget::Card, card.id};
    t.group = card.kind == CardKind::PainPoint ? LinkGroup::PainPoint
        : card.kind == CardKind::Touchpoint    ? LinkGroup::Touchpoint
                                               : LinkGroup::OtherCard;
    t.kind = cardKindLabel(card.kind);
    t.name = q(card.title);
    const auto *stage = findById(w.stages, card.stageId);
    t.where = mapName(w, card.mapId) + (stage ? QStringLiteral(" › ") + q(stage->name) : QString());
    t.uid = q(card.uid);
    t.objectKind = QStringLiteral("card");
    return t;
}

LinkTarget describeStage(const Workspace &w, const Stage &stage)
{
    return {{InitiativeTarget::Stage, stage.id},
            LinkGroup::Stage,
            tr("Stage"),
            q(stage.name),
            mapName(w, stage.mapId),
            q(stage.uid),
            QStringLiteral("stage")};
}

LinkTarget describeOrgGoal(const OrgGoal &goal)
{
    return {{InitiativeTarget::OrgGoal, goal.id},
            LinkGroup::Goal,
            goal.kind == GoalKind::Cx ? tr("CX goal") : tr("Organisation goal"),
            q(goal.title),
            tr("Organisation"),
            q(goal.uid),
            QStringLiteral("org_goal")};
}

LinkTarget describeDepartmentGoal(const Workspace &w, const DepartmentGoal &goal)
{
    const auto *department = findById(w.departments, goal.departmentId);
    return {{InitiativeTarget::DepartmentGoal, goal.id},
            LinkGroup::Goal,
            tr("Department goal"),
            q(goal.title),
            department ? q(department->name) : QString(),
            q(goal.uid),
            QStringLiteral("department_goal")};
}

} // namespace

QString linkGroupTitle(LinkGroup group)
{
    switch (group) {
    case LinkGroup::PainPoint:
        return tr("Pain points");
    case LinkGroup::Touchpoint:
        return tr("Touchpoints");
    case LinkGroup::OtherCard:
        return tr("Other cards");
    case LinkGroup::Stage:
        return tr("Stages");
    case LinkGroup::Goal:
        return tr("Goals");
    }
    return {};
}

std::optional<LinkTarget> describeLink(const Workspace &w, const InitiativeLink &link)
{
    switch (link.target) {
    case InitiativeTarget::Card:
        if (const auto *card = findById(w.cards, link.targetId))
            return describeCard(w, *card);
        break;
    case InitiativeTarget::Stage:
        if (const auto *stage = findById(w.stages, link.targetId))
            return describeStage(w, *stage);
        break;
    case InitiativeTarget::OrgGoal:
        if (const auto *goal = findById(w.orgGoals, link.targetId))
            return describeOrgGoal(*goal);
        break;
    case InitiativeTarget::DepartmentGoal:
        if (const auto *goal = findById(w.departmentGoals, link.targetId))
            return describeDepartmentGoal(w, *goal);
        break;
    }
    return std::nullopt;
}

std::vector<LinkTarget> linkCandidates(const Workspace &w)
{
    std::vector<LinkTarget> out;
    // Cards are stored by map, stage, lane and position: the order people see on the maps.
    for (const auto &card : w.cards)
        if (card.kind == CardKind::PainPoint || card.kind == CardKind::Touchpoint)
            out.push_back(describeCard(w, card));
    for (const auto &stage : w.stages)
        out.push_back(describeStage(w, stage));
    for (const auto &goal : w.orgGoals)
        out.push_back(describeOrgGoal(goal));
    for (const auto &goal : w.departmentGoals)
        out.push_back(describeDepartmentGoal(w, goal));
    return out;
}

} // namespace ts::app
