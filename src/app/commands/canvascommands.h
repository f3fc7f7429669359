// The user's actions on the purpose canvas, goals, departments and the communication plan.
#pragma once

#include "app/commands/rowcommands.h"
#include "core/canvas.h"
#include "core/department.h"

namespace ts::app {

// Any change of the canvas blocks (purpose, strategies, vision, principles, behaviours, EX).
class EditCanvasCommand : public DocumentCommand
{
public:
    EditCanvasCommand(WorkspaceDocument &document, PurposeCanvas before, PurposeCanvas after,
                      const QString &text);

private:
    void apply() override;
    void revert() override;
    PurposeCanvas m_before, m_after;
};

class AddOrgGoalCommand : public InsertRowsCommand
{
public:
    AddOrgGoalCommand(WorkspaceDocument &document, OrgGoal goal);
    Id goalId() const { return m_goal.id; }

private:
    std::vector<RowRef> insert() override;
    OrgGoal m_goal;
};

class EditOrgGoalCommand : public DocumentCommand
{
public:
    EditOrgGoalCommand(WorkspaceDocument &document, OrgGoal before, OrgGoal after);

private:
    void apply() override;
    void revert() override;
    OrgGoal m_before, m_after;
};

class AddDepartmentCommand : public InsertRowsCommand
{
public:
    AddDepartmentCommand(WorkspaceDocument &document, Department department);
    Id departmentId() const { return m_department.id; }

private:
    std::vector<RowRef> insert() override;
    Department m_department;
};

class EditDepartmentCommand : public DocumentCommand
{
public:
    EditDepartmentCommand(WorkspaceDocument &document, Department before, Department after);

private:
    void apply() override;
    void revert() override;
    Department m_before, m_after;
};

class AddDepartmentGoalCommand : public InsertRowsCommand
{
public:
    AddDepartmentGoalCommand(WorkspaceDocument &document, DepartmentGoal goal);
    Id goalId() const { return m_goal.id; }

private:
    std::vector<RowRef> insert() override;
    DepartmentGoal m_goal;
};

// Edit a department goal, including which organisational goals it supports (link / unlink).
class EditDepartmentGoalCommand : public DocumentCommand
{
public:
    EditDepartmentGoalCommand(WorkspaceDocument &document, DepartmentGoal before,
                              DepartmentGoal after, const QString &text);

private:
    void apply() override;
    void revert() override;
    DepartmentGoal m_before, m_after;
};

class AddCommunicationCommand : public InsertRowsCommand
{
public:
    AddCommunicationCommand(WorkspaceDocument &document, CommunicationItem item);

private:
    std::vector<RowRef> insert() override;
    CommunicationItem m_item;
};

class EditCommunicationCommand : public DocumentCommand
{
public:
    EditCommunicationCommand(WorkspaceDocument &document, CommunicationItem before,
                             CommunicationItem after);

private:
    void apply() override;
    void revert() override;
    CommunicationItem m_before, m_after;
};

// Removes a goal, department, department goal or communication (with what cascades).
class RemoveCanvasRowCommand : public DeleteRowsCommand
{
public:
    RemoveCanvasRowCommand(WorkspaceDocument &document, const QString &text, std::string table,
                           Id id);
};

} // namespace ts::app
