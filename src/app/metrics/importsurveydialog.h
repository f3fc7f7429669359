// Imports a survey export: choose the CSV and its format, check and change which field each
// column feeds (with the first rows beside it), read which rows cannot be imported and which
// stages or touchpoints match nothing, agree to leave the bad rows out, then import (one edit).
#pragma once

#include "core/ids.h"
#include "metrics/surveyimporter.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ts::app {

class WorkspaceDocument;

class ImportSurveyDialog : public QDialog
{
    Q_OBJECT

public:
    // The columns of the mapping table before the preview of the first rows.
    enum MappingColumn { ColumnName, ImportedAs, FirstPreview };

    explicit ImportSurveyDialog(WorkspaceDocument &document, QWidget *parent = nullptr);
    ~ImportSurveyDialog() override;

    // Reads the file's header and first rows, maps its columns by name and checks every row.
    void setFilePath(const QString &path);
    QString filePath() const;

    QComboBox *formatBox() const { return m_format; }
    QTableWidget *mappingTable() const { return m_mapping; }
    // The field chosen for the file's column `column` (0-based): a field name or "" for none.
    QComboBox *fieldBox(int column) const;
    QTableWidget *badRowsTable() const { return m_badRows; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *unknownLabel() const { return m_unknown; }
    QCheckBox *agreeBox() const { return m_agree; }
    QPushButton *importButton() const;
    const std::optional<metrics::ImportResult> &result() const { return m_result; }
    // The import made by accept(), 0 before.
    Id importedId() const { return m_importedId; }

public slots:
    void accept() override;

private:
    void chooseFile();
    void reread(); // the file or its format changed: layout, automatic mapping, preview
    void fieldChosen(int column);
    void analyse(); // reads every row with the mapping of the table
    void showSummary();
    void showError(const QString &message);
    void updateButtons();
    metrics::ImportOptions options() const;

    WorkspaceDocument &m_document;
    QLineEdit *m_path;
    QComboBox *m_format;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QLabel *m_unknown;
    QLabel *m_error;
    QTableWidget *m_badRows;
    QCheckBox *m_agree;
    QDialogButtonBox *m_buttons;
    std::optional<metrics::ImportResult> m_result;
    int m_columns = 0;
    Id m_importedId = 0;
    bool m_filling = false;
};

} // namespace ts::app
