// The imports of the workspace (file, time, rows, rejected rows, the journey maps it describes),
// newest first, each of which can be undone: "Undo this import" removes the import with its
// responses, as one edit; its journey map can be changed, as one edit.
#pragma once

#include "core/ids.h"

#include <QWidget>

class QComboBox;
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
    // The journey maps of the selected import: a map id, kAllMaps or kNoMap; choosing another
    // one links the import anew (ScopeSurveyImportCommand, undoable).
    static constexpr qlonglong kAllMaps = -1;
    static constexpr qlonglong kNoMap = 0;
    static constexpr qlonglong kSomeMaps = -2;
    QComboBox *journeyBox() const { return m_journey; }
    void refresh();
    void selectImport(Id importId);
    // Removes the import and its responses (undoable); false when there is no such import.
    bool undoImport(Id importId);

private:
    Id selectedImport() const;
    void updateButtons();
    void fillJourneys();
    void journeyChosen();

    WorkspaceDocument &m_document;
    QTableWidget *m_table;
    QPushButton *m_undo;
    QComboBox *m_journey;
};

} // namespace ts::app
