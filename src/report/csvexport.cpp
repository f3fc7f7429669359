#include "report/csvexport.h"

#include "core/workspace.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace ts::report {
namespace {

std::string row(const std::vector<std::string> &fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + csvField(fields[i]);
    return out + "\r\n";
}

std::string number(const std::optional<double> &v)
{
    if (!v)
        return {};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", *v);
    return buffer;
}

template<typename E> std::string name(const std::optional<E> &v)
{
    return v ? toString(*v) : std::string();
}

std::string mapName(const Workspace &w, Id mapId)
{
    const auto *m = findById(w.maps, mapId);
    return m ? m->name : std::string();
}

std::string stageName(const Workspace &w, Id stageId)
{
    const auto *s = findById(w.stages, stageId);
    return s ? s->name : std::string();
}

std::string departmentName(const Workspace &w, Id id)
{
    const auto *d = findById(w.departments, id);
    return d ? d->name : std::string();
}

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "" : "; ") + item;
    return out;
}

} // namespace

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string touchpointsCsv(const Workspace &w)
{
    std::string out = row({"map", "stage", "touchpoint", "channel", "online", "owning department",
                           "current score", "target score", "notes", "uid"});
    for (const auto &c : w.cards)
        if (c.kind == CardKind::Touchpoint)
            out += row({mapName(w, c.mapId), stageName(w, c.stageId), c.title,
                        c.channel.value_or(""), c.online ? (*c.online ? "online" : "offline") : "",
                        departmentName(w, c.departmentId), number(c.currentScore),
                        number(c.targetScore), c.notes, c.uid});
    return out;
}

std::string painPointsCsv(const Workspace &w)
{
    std::vector<const Card *> pains;
    for (const auto &c : w.cards)
        if (c.kind == CardKind::PainPoint)
            pains.push_back(&c);
    std::stable_sort(pains.begin(), pains.end(), [](const Card *a, const Card *b) {
        return int(a->severity.value_or(Severity::Low)) > int(b->severity.value_or(Severity::Low));
    });
    std::string out = row({"map", "stage", "pain point", "severity", "frequency", "evidence",
                           "addressed by opportunities", "addressed by initiatives", "uid"});
    for (const auto *c : pains) {
        std::vector<std::string> opportunities, initiatives;
        for (const auto &k : w.cardLinks) {
            const Id other = k.fromCardId == c->id ? k.toCardId
                : k.toCardId == c->id              ? k.fromCardId
                                                   : 0;
            if (const auto *o = other ? findById(w.cards, other) : nullptr;
                o && o->kind == CardKind::Opportunity)
                opportunities.push_back(o->title);
        }
        for (const auto &i : w.initiatives)
            for (const auto &l : i.links)
                if (l.target == InitiativeTarget::Card && l.targetId == c->id)
                    initiatives.push_back(i.title);
        out += row({mapName(w, c->mapId), stageName(w, c->stageId), c->title, name(c->severity),
                    name(c->frequency), c->evidence, joined(opportunities), joined(initiatives),
                    c->uid});
    }
    return out;
}

std::string initiativesCsv(const Workspace &w)
{
    std::string out
        = row({"initiative", "description", "dimension", "department", "owner", "status", "start",
               "end", "cost", "effort", "metric", "expected change", "serves", "uid"});
    for (const auto &i : w.initiatives) {
        std::vector<std::string> serves;
        for (const auto &l : i.links) {
            const std::string text = [&]() -> std::string {
                switch (l.target) {
                case InitiativeTarget::Card: {
                    const auto *c = findById(w.cards, l.targetId);
                    return c ? c->title : "";
                }
                case InitiativeTarget::Stage: {
                    const auto *s = findById(w.stages, l.targetId);
                    return s ? "stage " + s->name : "";
                }
                case InitiativeTarget::OrgGoal: {
                    const auto *g = findById(w.orgGoals, l.targetId);
                    return g ? "goal " + g->title : "";
                }
                case InitiativeTarget::DepartmentGoal: {
                    const auto *g = findById(w.departmentGoals, l.targetId);
                    return g ? "goal " + g->title : "";
                }
                }
                return "";
            }();
            if (!text.empty())
                serves.push_back(text);
        }
        out += row({i.title, i.description, toString(i.dimension),
                    departmentName(w, i.departmentId), i.owner, toString(i.status), i.startQuarter,
                    i.endQuarter, number(i.cost), number(i.effort), i.metric,
                    number(i.expectedChange), joined(serves), i.uid});
    }
    return out;
}

} // namespace ts::report
