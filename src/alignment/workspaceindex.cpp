#include "alignment/workspaceindex.h"

#include "alignment/textutil.h"

namespace ts::alignment {
namespace {

template<typename T>
void fill(std::unordered_map<Id, const T *> &index, const std::vector<T> &items)
{
    index.reserve(items.size());
    for (const auto &item : items)
        index.emplace(item.id, &item);
}

} // namespace

WorkspaceIndex::WorkspaceIndex(const Workspace &workspace)
{
    fill(m_maps, workspace.maps);
    fill(m_stages, workspace.stages);
    fill(m_cards, workspace.cards);
    fill(m_departments, workspace.departments);
}

std::string WorkspaceIndex::placeOf(const Card &card) const
{
    const auto *m = map(card.mapId);
    const auto *s = stage(card.stageId);
    return "map " + quoted(m ? m->name : std::string()) + ", stage "
        + quoted(s ? s->name : std::string());
}

std::string WorkspaceIndex::describe(const Stage &stage) const
{
    const auto *m = map(stage.mapId);
    return "stage " + quoted(stage.name) + " of map " + quoted(m ? m->name : std::string());
}

std::string WorkspaceIndex::departmentName(Id id) const
{
    const auto *d = department(id);
    return d ? quoted(d->name) : std::string("no department");
}

} // namespace ts::alignment
