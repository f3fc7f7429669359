// The organisational and CX goals that live on the canvas, with how many department goals
// support each (none is an alignment gap, shown in red).
#pragma once

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace ts::app {

class WorkspaceDocument;

class GoalListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit GoalListWidget(WorkspaceDocument &document, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void addGoal(const QString &title);

private:
    void refresh();
    void cellEdited(int row, int column);
    void removeSelected();

    WorkspaceDocument &m_document;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

} // namespace ts::app
