// The plan for telling employees the purpose and goals: audience, message, channel, date.
#pragma once

#include <QWidget>

class QTableWidget;

namespace ts::app {

class WorkspaceDocument;

class CommunicationPlanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CommunicationPlanEditor(WorkspaceDocument &document, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    void cellEdited(int row, int column);

    WorkspaceDocument &m_document;
    QTableWidget *m_table;
    bool m_refreshing = false;
};

} // namespace ts::app
