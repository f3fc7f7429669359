// What an initiative's links point at, named the way people read them: a card by its title and
// where it sits (map, stage), a stage by its map, a goal by its department.
#pragma once

#include "core/workspace.h"

#include <QString>
#include <optional>
#include <vector>

namespace ts::app {

// How the details panel and the picker group targets; the issue's "pain points, touchpoints,
// stages and goals", plus the other cards an initiative made from a pain point may serve.
enum class LinkGroup { PainPoint, Touchpoint, OtherCard, Stage, Goal };
inline constexpr LinkGroup kLinkGroups[]
    = {LinkGroup::PainPoint, LinkGroup::Touchpoint, LinkGroup::OtherCard, LinkGroup::Stage,
       LinkGroup::Goal};

struct LinkTarget
{
    InitiativeLink link;
    LinkGroup group = LinkGroup::PainPoint;
    QString kind; // singular, e.g. "Pain point", "Department goal"
    QString name; // card title, stage name, goal title: user text, shown as plain text
    QString where; // "Map › Stage", the map, the department, "Organisation"
    QString uid; // for "go to"
    QString objectKind; // "card", "stage", "org_goal", "department_goal"
};

// Plural heading of a group, e.g. "Pain points".
QString linkGroupTitle(LinkGroup group);

// nullopt when the target is gone (its deletion cascades to the link, so only a stale mirror).
std::optional<LinkTarget> describeLink(const Workspace &w, const InitiativeLink &link);

// Everything an initiative can be linked to, in display order: pain points and touchpoints map
// by map, then stages, then organisation goals and department goals.
std::vector<LinkTarget> linkCandidates(const Workspace &w);

} // namespace ts::app
