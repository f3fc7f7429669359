#include "storage/canvasrepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

#include <nlohmann/json.hpp>

namespace ts::storage {
namespace {

std::vector<std::string> listFrom(const std::string &json)
{
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    std::vector<std::string> out;
    if (parsed.is_array())
        for (const auto &item : parsed)
            if (item.is_string())
                out.push_back(item.get<std::string>());
    return out;
}

} // namespace

PurposeCanvas CanvasRepository::canvas()
{
    auto s = m_db.prepare("SELECT organisation, business_purpose, business_strategy, "
                          "customer_strategy, cx_vision, brand_promise, vision_tied_to_brand, "
                          "cx_principles, employee_behaviours, employee_experience FROM canvas");
    PurposeCanvas c;
    if (!s.step())
        return c;
    c.organisation = s.text(0);
    c.businessPurpose = s.text(1);
    c.businessStrategy = s.text(2);
    c.customerStrategy = s.text(3);
    c.cxVision = s.text(4);
    c.brandPromise = s.text(5);
    c.visionTiedToBrand = s.integer(6) != 0;
    c.cxPrinciples = listFrom(s.text(7));
    c.employeeBehaviours = listFrom(s.text(8));
    c.employeeExperience = s.text(9);
    return c;
}

void CanvasRepository::setCanvas(const PurposeCanvas &c)
{
    m_db.prepare("INSERT OR REPLACE INTO canvas (id, organisation, business_purpose, "
                 "business_strategy, customer_strategy, cx_vision, brand_promise, "
                 "vision_tied_to_brand, cx_principles, employee_behaviours, employee_experience) "
                 "VALUES (1,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, c.organisation)
        .bind(2, c.businessPurpose)
        .bind(3, c.businessStrategy)
        .bind(4, c.customerStrategy)
        .bind(5, c.cxVision)
        .bind(6, c.brandPromise)
        .bind(7, c.visionTiedToBrand)
        .bind(8, nlohmann::json(c.cxPrinciples).dump())
        .bind(9, nlohmann::json(c.employeeBehaviours).dump())
        .bind(10, c.employeeExperience)
        .run();
}

std::vector<OrgGoal> CanvasRepository::goals()
{
    auto s = m_db.prepare("SELECT id, uid, kind, title, description, position FROM org_goals "
                          "ORDER BY position, id");
    std::vector<OrgGoal> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1),
                       fromString<GoalKind>(s.text(2)).value_or(GoalKind::Organisational),
                       s.text(3), s.text(4), int(s.integer(5))});
    return out;
}

void CanvasRepository::add(OrgGoal &goal)
{
    if (goal.uid.empty())
        goal.uid = newUid();
    requireValid(goal, m_db.path() + ": goal");
    m_db.prepare("INSERT INTO org_goals (id, uid, kind, title, description, position) VALUES "
                 "(?,?,?,?,?,?)")
        .bindId(1, goal.id)
        .bind(2, goal.uid)
        .bind(3, toString(goal.kind))
        .bind(4, goal.title)
        .bind(5, goal.description)
        .bind(6, goal.position)
        .run();
    goal.id = m_db.lastInsertId();
}

void CanvasRepository::update(const OrgGoal &goal)
{
    requireValid(goal, m_db.path() + ": goal");
    m_db.prepare(
            "UPDATE org_goals SET kind = ?, title = ?, description = ?, position = ? WHERE id = ?")
        .bind(1, toString(goal.kind))
        .bind(2, goal.title)
        .bind(3, goal.description)
        .bind(4, goal.position)
        .bind(5, std::int64_t(goal.id))
        .run();
    requireChanged(m_db, "goal", goal.id);
}

void CanvasRepository::removeGoal(Id id)
{
    removeRow(m_db, "org_goals", id, "goal");
}

void CanvasRepository::reorderGoals(const std::vector<Id> &order)
{
    reorder(m_db, "org_goals", order);
}

std::vector<CommunicationItem> CanvasRepository::communicationPlan()
{
    auto s = m_db.prepare("SELECT id, uid, audience, message, channel, date, position FROM "
                          "communication_items ORDER BY position, id");
    std::vector<CommunicationItem> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                       int(s.integer(6))});
    return out;
}

void CanvasRepository::add(CommunicationItem &item)
{
    if (item.uid.empty())
        item.uid = newUid();
    requireValid(item, m_db.path() + ": communication");
    m_db.prepare("INSERT INTO communication_items (id, uid, audience, message, channel, date, "
                 "position) VALUES (?,?,?,?,?,?,?)")
        .bindId(1, item.id)
        .bind(2, item.uid)
        .bind(3, item.audience)
        .bind(4, item.message)
        .bind(5, item.channel)
        .bind(6, item.date)
        .bind(7, item.position)
        .run();
    item.id = m_db.lastInsertId();
}

void CanvasRepository::update(const CommunicationItem &item)
{
    requireValid(item, m_db.path() + ": communication");
    m_db.prepare("UPDATE communication_items SET audience = ?, message = ?, channel = ?, date = ?, "
                 "position = ? WHERE id = ?")
        .bind(1, item.audience)
        .bind(2, item.message)
        .bind(3, item.channel)
        .bind(4, item.date)
        .bind(5, item.position)
        .bind(6, std::int64_t(item.id))
        .run();
    requireChanged(m_db, "communication", item.id);
}

void CanvasRepository::removeCommunication(Id id)
{
    removeRow(m_db, "communication_items", id, "communication");
}

void CanvasRepository::reorderCommunication(const std::vector<Id> &order)
{
    reorder(m_db, "communication_items", order);
}

} // namespace ts::storage
