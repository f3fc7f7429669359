// The imports of the workspace (file, time, rows, rejected rows), newest first, each of which can
// be undone: "Undo this import" removes the import with its responses, as one edit.
#pragma once

#include "core/ids.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace ts::app {

class WorkspaceDocument;

class ImportHistory : public QWidget
{
    Q_OBJECT

public:
    explicit ImportHistory(WorkspaceDocument &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    void refresh();
    void selectImport(Id importId);
    // Removes the import and its responses (undoable); false when there is no such import.
    bool undoImport(Id importId);

private:
    Id selectedImport() const;
    void updateButtons();

    WorkspaceDocument &m_document;
    QTableWidget *m_table;
    QPushButton *m_undo;
};

} // namespace ts::app
