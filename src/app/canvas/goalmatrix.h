// Department goals x organisational goals: tick a cell to link; coverage at a glance
// (a row or column with no tick is an alignment gap, shown in red).
#pragma once

#include "core/ids.h"

#include <QTableWidget>

namespace ts::app {

class WorkspaceDocument;

class GoalMatrix : public QTableWidget
{
    Q_OBJECT

public:
    explicit GoalMatrix(WorkspaceDocument &document, QWidget *parent = nullptr);
    // Toggles whether department goal `goalId` supports organisational goal `orgGoalId`.
    void setSupport(Id goalId, Id orgGoalId, bool supports);

private:
    void refresh();
    void cellToggled(QTableWidgetItem *item);

    WorkspaceDocument &m_document;
    bool m_refreshing = false;
};

} // namespace ts::app
