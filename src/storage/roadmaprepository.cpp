#include "storage/roadmaprepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

#include <unordered_map>

namespace ts::storage {
namespace {

// initiative_links has one nullable column per kind of target, in InitiativeTarget order.
constexpr const char *kTargetColumns[]
    = {"card_id", "stage_id", "org_goal_id", "department_goal_id"};

Initiative readInitiative(const Statement &s)
{
    Initiative i;
    i.id = s.integer(0);
    i.uid = s.text(1);
    i.title = s.text(2);
    i.description = s.text(3);
    i.dimension = fromString<Dimension>(s.text(4)).value_or(Dimension::Process);
    i.departmentId = s.integer(5);
    i.owner = s.text(6);
    i.status = fromString<InitiativeStatus>(s.text(7)).value_or(InitiativeStatus::Idea);
    i.startQuarter = s.text(8);
    i.endQuarter = s.text(9);
    i.cost = s.optReal(10);
    i.effort = s.optReal(11);
    i.metric = s.text(12);
    i.expectedChange = s.optReal(13);
    i.position = int(s.integer(14));
    return i;
}

void bindFields(Statement &s, const Initiative &i)
{
    s.bind(2, i.uid).bind(3, i.title).bind(4, i.description).bind(5, toString(i.dimension));
    s.bindId(6, i.departmentId).bind(7, i.owner).bind(8, toString(i.status));
    s.bind(9, i.startQuarter).bind(10, i.endQuarter).bind(11, i.cost).bind(12, i.effort);
    s.bind(13, i.metric).bind(14, i.expectedChange).bind(15, i.position);
}

} // namespace

std::vector<Initiative> RoadmapRepository::select(const std::string &where, Id id)
{
    auto s = m_db.prepare("SELECT id, uid, title, description, dimension, department_id, owner, "
                          "status, start_quarter, end_quarter, cost, effort, metric, "
                          "expected_change, position FROM initiatives "
                          + where + " ORDER BY position, id");
    if (id > 0)
        s.bind(1, std::int64_t(id));
    std::vector<Initiative> out;
    std::unordered_map<Id, std::size_t> index;
    while (s.step()) {
        index[s.integer(0)] = out.size();
        out.push_back(readInitiative(s));
    }
    auto links
        = m_db.prepare("SELECT initiative_id, card_id, stage_id, org_goal_id, "
                       "department_goal_id FROM initiative_links ORDER BY initiative_id, position");
    while (links.step()) {
        auto it = index.find(links.integer(0));
        if (it == index.end())
            continue;
        for (int k = 0; k < 4; ++k)
            if (!links.isNull(1 + k))
                out[it->second].links.push_back({InitiativeTarget(k), links.integer(1 + k)});
    }
    return out;
}

std::vector<Initiative> RoadmapRepository::initiatives()
{
    return select("", 0);
}

std::optional<Initiative> RoadmapRepository::initiative(Id id)
{
    auto rows = select("WHERE id = ?", id);
    return rows.empty() ? std::nullopt : std::optional<Initiative>(rows.front());
}

void RoadmapRepository::writeLinks(const Initiative &initiative)
{
    m_db.prepare("DELETE FROM initiative_links WHERE initiative_id = ?")
        .bind(1, std::int64_t(initiative.id))
        .run();
    int position = 0;
    for (const auto &link : initiative.links) {
        const std::string column = kTargetColumns[int(link.target)];
        m_db.prepare("INSERT INTO initiative_links (initiative_id, position, " + column
                     + ") VALUES (?,?,?)")
            .bind(1, std::int64_t(initiative.id))
            .bind(2, position++)
            .bind(3, std::int64_t(link.targetId))
            .run();
    }
}

void RoadmapRepository::add(Initiative &initiative)
{
    if (initiative.uid.empty())
        initiative.uid = newUid();
    requireValid(initiative, m_db.path() + ": initiative");
    Transaction transaction(m_db);
    auto s
        = m_db.prepare("INSERT INTO initiatives (id, uid, title, description, dimension, "
                       "department_id, owner, status, start_quarter, end_quarter, cost, effort, "
                       "metric, expected_change, position) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bindId(1, initiative.id);
    bindFields(s, initiative);
    s.run();
    initiative.id = m_db.lastInsertId();
    writeLinks(initiative);
    transaction.commit();
}

void RoadmapRepository::update(const Initiative &initiative)
{
    requireValid(initiative, m_db.path() + ": initiative");
    Transaction transaction(m_db);
    auto s = m_db.prepare("UPDATE initiatives SET uid = ?2, title = ?3, description = ?4, "
                          "dimension = ?5, department_id = ?6, owner = ?7, status = ?8, "
                          "start_quarter = ?9, end_quarter = ?10, cost = ?11, effort = ?12, "
                          "metric = ?13, expected_change = ?14, position = ?15 WHERE id = ?1");
    s.bind(1, std::int64_t(initiative.id));
    bindFields(s, initiative);
    s.run();
    requireChanged(m_db, "initiative", initiative.id);
    writeLinks(initiative);
    transaction.commit();
}

void RoadmapRepository::remove(Id id)
{
    removeRow(m_db, "initiatives", id, "initiative");
}

void RoadmapRepository::reorder(const std::vector<Id> &order)
{
    storage::reorder(m_db, "initiatives", order);
}

} // namespace ts::storage
