// Departments (name, leader, role in the experience) and their goals as a tree; drag a
// department goal onto an organisational goal to link them. Beside it, the coverage matrix.
#pragma once

#include "core/ids.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QListWidget;

namespace ts::app {

class GoalMatrix;
class WorkspaceDocument;

class DepartmentsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentsEditor(WorkspaceDocument &document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    GoalMatrix *matrix() const { return m_matrix; }
    void addDepartment(const QString &name);
    void addGoal(Id departmentId, const QString &title);
    // What a drop of a department goal on an organisational goal does.
    void linkGoal(Id departmentGoalId, Id orgGoalId);

private:
    void refresh();
    void itemEdited(QTreeWidgetItem *item, int column);
    void removeSelected();
    Id selectedDepartment() const;

    WorkspaceDocument &m_document;
    QTreeWidget *m_tree;
    QListWidget *m_targets;
    GoalMatrix *m_matrix;
    bool m_refreshing = false;
};

} // namespace ts::app
