#include "storage/departmentrepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

#include <unordered_map>

namespace ts::storage {

std::vector<Department> DepartmentRepository::departments()
{
    auto s = m_db.prepare(
        "SELECT id, uid, name, leader, role, position FROM departments ORDER BY position, id");
    std::vector<Department> out;
    while (s.step())
        out.push_back(
            {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), int(s.integer(5))});
    return out;
}

void DepartmentRepository::add(Department &d)
{
    if (d.uid.empty())
        d.uid = newUid();
    requireValid(d, m_db.path() + ": department");
    m_db.prepare(
            "INSERT INTO departments (id, uid, name, leader, role, position) VALUES (?,?,?,?,?,?)")
        .bindId(1, d.id)
        .bind(2, d.uid)
        .bind(3, d.name)
        .bind(4, d.leader)
        .bind(5, d.role)
        .bind(6, d.position)
        .run();
    d.id = m_db.lastInsertId();
}

void DepartmentRepository::update(const Department &d)
{
    requireValid(d, m_db.path() + ": department");
    m_db.prepare("UPDATE departments SET name = ?, leader = ?, role = ?, position = ? WHERE id = ?")
        .bind(1, d.name)
        .bind(2, d.leader)
        .bind(3, d.role)
        .bind(4, d.position)
        .bind(5, std::int64_t(d.id))
        .run();
    requireChanged(m_db, "department", d.id);
}

void DepartmentRepository::remove(Id id)
{
    removeRow(m_db, "departments", id, "department");
}

void DepartmentRepository::reorder(const std::vector<Id> &order)
{
    storage::reorder(m_db, "departments", order);
}

std::vector<DepartmentGoal> DepartmentRepository::goals()
{
    auto s = m_db.prepare("SELECT g.id, g.uid, g.department_id, g.title, g.description, g.position "
                          "FROM department_goals g JOIN departments d ON d.id = g.department_id "
                          "ORDER BY d.position, d.id, g.position, g.id");
    std::vector<DepartmentGoal> out;
    std::unordered_map<Id, std::size_t> index;
    while (s.step()) {
        index[s.integer(0)] = out.size();
        out.push_back(
            {s.integer(0), s.text(1), s.integer(2), s.text(3), s.text(4), int(s.integer(5)), {}});
    }
    auto links = m_db.prepare("SELECT l.department_goal_id, l.org_goal_id FROM goal_links l "
                              "JOIN org_goals o ON o.id = l.org_goal_id ORDER BY o.position, o.id");
    while (links.step())
        if (auto it = index.find(links.integer(0)); it != index.end())
            out[it->second].supports.push_back(links.integer(1));
    return out;
}

void DepartmentRepository::writeSupports(const DepartmentGoal &goal)
{
    m_db.prepare("DELETE FROM goal_links WHERE department_goal_id = ?")
        .bind(1, std::int64_t(goal.id))
        .run();
    auto insert
        = m_db.prepare("INSERT INTO goal_links (department_goal_id, org_goal_id) VALUES (?, ?)");
    for (Id orgGoal : goal.supports)
        insert.bind(1, std::int64_t(goal.id)).bind(2, std::int64_t(orgGoal)).run();
}

void DepartmentRepository::add(DepartmentGoal &goal)
{
    if (goal.uid.empty())
        goal.uid = newUid();
    requireValid(goal, m_db.path() + ": department goal");
    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO department_goals (id, uid, department_id, title, description, "
                 "position) VALUES (?,?,?,?,?,?)")
        .bindId(1, goal.id)
        .bind(2, goal.uid)
        .bind(3, std::int64_t(goal.departmentId))
        .bind(4, goal.title)
        .bind(5, goal.description)
        .bind(6, goal.position)
        .run();
    goal.id = m_db.lastInsertId();
    writeSupports(goal);
    transaction.commit();
}

void DepartmentRepository::update(const DepartmentGoal &goal)
{
    requireValid(goal, m_db.path() + ": department goal");
    Transaction transaction(m_db);
    m_db.prepare("UPDATE department_goals SET department_id = ?, title = ?, description = ?, "
                 "position = ? WHERE id = ?")
        .bind(1, std::int64_t(goal.departmentId))
        .bind(2, goal.title)
        .bind(3, goal.description)
        .bind(4, goal.position)
        .bind(5, std::int64_t(goal.id))
        .run();
    requireChanged(m_db, "department goal", goal.id);
    writeSupports(goal);
    transaction.commit();
}

void DepartmentRepository::removeGoal(Id id)
{
    removeRow(m_db, "department_goals", id, "department goal");
}

void DepartmentRepository::reorderGoals(const std::vector<Id> &order)
{
    storage::reorder(m_db, "department_goals", order);
}

} // namespace ts::storage
