#include "app/commands/canvascommands.h"

#include "app/workspacedocument.h"
#include "storage/canvasrepository.h"
#include "storage/departmentrepository.h"
#include "storage/positions.h"

#include <QObject>

namespace ts::app {
namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

EditCanvasCommand::EditCanvasCommand(WorkspaceDocument &document, PurposeCanvas before,
                                     PurposeCanvas after, const QString &text)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditCanvasCommand::apply()
{
    storage::CanvasRepository(db()).setCanvas(m_after);
}
void EditCanvasCommand::revert()
{
    storage::CanvasRepository(db()).setCanvas(m_before);
}

AddOrgGoalCommand::AddOrgGoalCommand(WorkspaceDocument &document, OrgGoal goal)
    : InsertRowsCommand(document, QObject::tr("Add goal \"%1\"").arg(q(goal.title)))
    , m_goal(std::move(goal))
{ }

std::vector<RowRef> AddOrgGoalCommand::insert()
{
    m_goal.position = storage::nextPosition(db(), "org_goals");
    storage::CanvasRepository(db()).add(m_goal);
    return {{"org_goals", m_goal.id}};
}

EditOrgGoalCommand::EditOrgGoalCommand(WorkspaceDocument &document, OrgGoal before, OrgGoal after)
    : DocumentCommand(document, QObject::tr("Edit goal \"%1\"").arg(q(after.title)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditOrgGoalCommand::apply()
{
    storage::CanvasRepository(db()).update(m_after);
}
void EditOrgGoalCommand::revert()
{
    storage::CanvasRepository(db()).update(m_before);
}

AddDepartmentCommand::AddDepartmentCommand(WorkspaceDocument &document, Department department)
    : InsertRowsCommand(document, QObject::tr("Add department \"%1\"").arg(q(department.name)))
    , m_department(std::move(department))
{ }

std::vector<RowRef> AddDepartmentCommand::insert()
{
    m_department.position = storage::nextPosition(db(), "departments");
    storage::DepartmentRepository(db()).add(m_department);
    return {{"departments", m_department.id}};
}

EditDepartmentCommand::EditDepartmentCommand(WorkspaceDocument &document, Department before,
                                             Department after)
    : DocumentCommand(document, QObject::tr("Edit department \"%1\"").arg(q(after.name)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditDepartmentCommand::apply()
{
    storage::DepartmentRepository(db()).update(m_after);
}
void EditDepartmentCommand::revert()
{
    storage::DepartmentRepository(db()).update(m_before);
}

AddDepartmentGoalCommand::AddDepartmentGoalCommand(WorkspaceDocument &document, DepartmentGoal goal)
    : InsertRowsCommand(document, QObject::tr("Add department goal \"%1\"").arg(q(goal.title)))
    , m_goal(std::move(goal))
{ }

std::vector<RowRef> AddDepartmentGoalCommand::insert()
{
    m_goal.position
        = storage::nextPosition(db(), "department_goals", "department_id", m_goal.departmentId);
    storage::DepartmentRepository(db()).add(m_goal);
    return {{"department_goals", m_goal.id}};
}

EditDepartmentGoalCommand::EditDepartmentGoalCommand(WorkspaceDocument &document,
                                                     DepartmentGoal before, DepartmentGoal after,
                                                     const QString &text)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditDepartmentGoalCommand::apply()
{
    storage::DepartmentRepository(db()).update(m_after);
}
void EditDepartmentGoalCommand::revert()
{
    storage::DepartmentRepository(db()).update(m_before);
}

AddCommunicationCommand::AddCommunicationCommand(WorkspaceDocument &document,
                                                 CommunicationItem item)
    : InsertRowsCommand(document, QObject::tr("Add communication for \"%1\"").arg(q(item.audience)))
    , m_item(std::move(item))
{ }

std::vector<RowRef> AddCommunicationCommand::insert()
{
    m_item.position = storage::nextPosition(db(), "communication_items");
    storage::CanvasRepository(db()).add(m_item);
    return {{"communication_items", m_item.id}};
}

EditCommunicationCommand::EditCommunicationCommand(WorkspaceDocument &document,
                                                   CommunicationItem before,
                                                   CommunicationItem after)
    : DocumentCommand(document, QObject::tr("Edit communication for \"%1\"").arg(q(after.audience)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditCommunicationCommand::apply()
{
    storage::CanvasRepository(db()).update(m_after);
}
void EditCommunicationCommand::revert()
{
    storage::CanvasRepository(db()).update(m_before);
}

RemoveCanvasRowCommand::RemoveCanvasRowCommand(WorkspaceDocument &document, const QString &text,
                                               std::string table, Id id)
    : DeleteRowsCommand(document, text, {{std::move(table), id}})
{ }

} // namespace ts::app
