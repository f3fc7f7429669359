// Imports a survey export: choose the CSV and its format, check and change which field each
// column feeds (with the first rows beside it), the order of day and month in its dates (decided
// from the values, or chosen), read which rows cannot be imported, which the Qualtrics filters
// leave out and which stages or touchpoints match nothing, agree to leave the bad rows out, then
// import (one edit).
#pragma once

#include "app/metrics/backgroundimport.h"
#include "core/ids.h"
#include "core/survey.h"
#include "metrics/surveyimporter.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ts::app {

class WorkspaceDocument;

class ImportSurveyDialog : public QDialog
{
    Q_OBJECT

public:
    // The columns of the mapping table before the preview of the first rows: the file's column,
    // the field it is imported as, and why (header wording, values, or the user's choice).
    enum MappingColumn { ColumnName, ImportedAs, Why, FirstPreview };

    // `preferredMap`: the journey map to propose (the one the metrics panel shows); 0 = none.
    explicit ImportSurveyDialog(WorkspaceDocument &document, Id preferredMap = 0,
                                QWidget *parent = nullptr);
    ~ImportSurveyDialog() override;

    // Reads the file's header and first rows, maps its columns by name and checks every row.
    void setFilePath(const QString &path);
    QString filePath() const;

    QComboBox *formatBox() const { return m_format; }
    // The journey map(s) the survey describes: a map id, kAllMaps or kNoMapChosen (data).
    static constexpr qlonglong kAllMaps = -1;
    static constexpr qlonglong kNoMapChosen = 0;
    QComboBox *journeyBox() const { return m_journey; }
    // The date order: automatic (data ""), "dmy", "mdy" or "ymd"; and what was decided.
    QComboBox *dateOrderBox() const { return m_dateOrder; }
    QLabel *dateOrderLabel() const { return m_dateNote; }
    QTableWidget *mappingTable() const { return m_mapping; }
    // The field chosen for the file's column `column` (0-based): a field name or "" for none.
    QComboBox *fieldBox(int column) const;
    QTableWidget *badRowsTable() const { return m_badRows; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *unknownLabel() const { return m_unknown; }
    QLabel *errorLabel() const { return m_error; }
    QCheckBox *agreeBox() const { return m_agree; }
    // Shown when the survey was imported before (the same file, or responses with the same ids):
    // the import waits until "Import it again" is ticked.
    QLabel *earlierLabel() const { return m_earlier; }
    QCheckBox *againBox() const { return m_again; }
    QPushButton *importButton() const;
    const std::optional<metrics::ImportResult> &result() const { return m_result; }
    // The import made by accept(), 0 before.
    Id importedId() const { return m_importedId; }
    // Files from this size are read on a worker thread, with a busy bar, while the dialog stays
    // responsive (4 MB, about 60,000 rows); smaller ones at once.
    void setBackgroundBytes(qint64 bytes) { m_backgroundBytes = bytes; }
    bool isReading() const { return m_reader.running(); }
    QProgressBar *busyBar() const { return m_busy; }
    // Blocks until a background read has finished and its result is shown.
    void waitForReading() { m_reader.wait(); }

public slots:
    void accept() override;

private:
    void chooseFile();
    void reread(); // the file or its format changed: layout, automatic mapping, preview
    void fieldChosen(int column);
    void analyse(); // reads every row with the mapping of the table
    void analysed(std::optional<metrics::ImportResult> result, const QString &error);
    void showSummary();
    void showDateOrder(const QString &error);
    void showError(const QString &message);
    void updateButtons();
    metrics::ImportOptions options() const;
    // The chosen maps, and the import record scoped to them with its names linked.
    std::vector<Id> chosenMaps() const;
    SurveyImport scopedRecord() const;
    void showScope();
    void showEarlier();

    WorkspaceDocument &m_document;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_journey;
    QLabel *m_scope;
    QComboBox *m_dateOrder;
    QLabel *m_dateNote;
    QTableWidget *m_mapping;
    QLabel *m_summary;
    QLabel *m_unknown;
    QLabel *m_error;
    QTableWidget *m_badRows;
    QCheckBox *m_agree;
    QLabel *m_earlier;
    QCheckBox *m_again;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    std::optional<metrics::ImportResult> m_result;
    int m_columns = 0;
    // The mapping the importer makes by itself (wording and the first rows' values), which
    // fills the lists; the lists are passed to the importer as they stand.
    std::vector<std::optional<metrics::Field>> m_automatic;
    std::vector<char> m_inGroup; // a column of a multi-select group the importer maps as one
    // What the values could not decide (two columns for one field, a score of unknown scale):
    // nothing is imported until the user has chosen a field for a column of each.
    std::vector<metrics::MappingQuestion> m_questions;
    ResponseIdSample m_responseIds; // of the file as last read
    bool m_importedBefore = false; // an earlier import holds it (showEarlier)
    Id m_importedId = 0;
    bool m_filling = false;
    qint64 m_backgroundBytes = 4 * 1024 * 1024;
    BackgroundImport m_reader {this}; // last member: its destructor waits for the worker
};

} // namespace ts::app
