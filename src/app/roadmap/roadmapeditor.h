// The strategy roadmap: a quarter-by-quarter timeline (swimlanes by dimension or department)
// beside a table of initiatives, and the people / process / technology balance.
#pragma once

#include "core/ids.h"

#include <QWidget>

class QComboBox;
class QGraphicsView;
class QTableWidget;

namespace ts::app {

class RoadmapScene;
class WorkspaceDocument;

class RoadmapEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapEditor(WorkspaceDocument &document, QWidget *parent = nullptr);

    RoadmapScene *scene() const { return m_scene; }
    QGraphicsView *view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    void addInitiative(const QString &title);
    void selectInitiative(Id id);

private:
    void refreshTable();
    void cellEdited(int row, int column);
    void removeSelected();

    WorkspaceDocument &m_document;
    RoadmapScene *m_scene;
    QGraphicsView *m_view;
    QTableWidget *m_table;
    QComboBox *m_grouping;
    QWidget *m_balance;
    bool m_refreshing = false;
};

} // namespace ts::app
