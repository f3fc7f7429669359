// Id lookups over one workspace and the names rules use to point at objects.
#pragma once

#include "core/workspace.h"

#include <string>
#include <unordered_map>

namespace ts::alignment {

// A dropped initiative addresses nothing; every other status counts as planned.
inline bool isActive(const Initiative &initiative)
{
    return initiative.status != InitiativeStatus::Dropped;
}

class WorkspaceIndex
{
public:
    explicit WorkspaceIndex(const Workspace &workspace);

    // nullptr when the id names nothing in the workspace.
    const JourneyMap *map(Id id) const { return find(m_maps, id); }
    const Stage *stage(Id id) const { return find(m_stages, id); }
    const Card *card(Id id) const { return find(m_cards, id); }
    const Department *department(Id id) const { return find(m_departments, id); }

    // Where a card sits, e.g. map "New buyer", stage "Purchase".
    std::string placeOf(const Card &card) const;
    // e.g. stage "Purchase" of map "New buyer".
    std::string describe(const Stage &stage) const;
    // The quoted department name, or "no department".
    std::string departmentName(Id id) const;

private:
    template<typename T> using ById = std::unordered_map<Id, const T *>;

    template<typename T> static const T *find(const ById<T> &index, Id id)
    {
        const auto it = index.find(id);
        return it == index.end() ? nullptr : it->second;
    }

    ById<JourneyMap> m_maps;
    ById<Stage> m_stages;
    ById<Card> m_cards;
    ById<Department> m_departments;
};

} // namespace ts::alignment
