// The strategy roadmap: a quarter-by-quarter timeline (swimlanes by dimension or department)
// above a table of initiatives, the selected initiative's details and links beside them, and
// the people / process / technology balance.
#pragma once

#include "core/ids.h"

#include <QWidget>

class QComboBox;
class QGraphicsView;
class QSplitter;
class QTableWidget;

namespace ts::app {

class InitiativeDetails;
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
    InitiativeDetails *details() const { return m_details; }
    void addInitiative(const QString &title);
    // Selects it in the timeline and the table, and shows it in the details panel.
    void selectInitiative(Id id);

signals:
    // "Go to" an object an initiative serves (a card, stage or goal), for MainWindow::goTo.
    void goTo(const QString &objectKind, const QString &objectUid);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshTable();
    void cellEdited(int row, int column);
    void removeSelected();

    WorkspaceDocument &m_document;
    RoadmapScene *m_scene;
    QGraphicsView *m_view;
    QTableWidget *m_table;
    InitiativeDetails *m_details;
    QComboBox *m_grouping;
    QWidget *m_balance;
    bool m_refreshing = false;
    bool m_selecting = false;
    QSplitter *m_split = nullptr;
    QSplitter *m_upper = nullptr;
    bool m_sized = false;
};

} // namespace ts::app
