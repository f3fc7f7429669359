// File > Export > Strategy report (PDF): sections, page size and author, then a progress bar
// while the pages are painted, and "open the file" at the end.
#pragma once

#include <QDialog>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ts::app {

class WorkspaceDocument;

class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportExportDialog(WorkspaceDocument &document, QWidget *parent = nullptr);

    QCheckBox *section(const QString &key) const; // by the export-pdf --sections key
    QComboBox *pageSize() const { return m_pageSize; }
    QLineEdit *author() const { return m_author; }
    QProgressBar *progress() const { return m_progress; }
    // Writes the report to `path` with the chosen options; false (and a message) on failure.
    bool exportTo(const QString &path);
    QString writtenFile() const { return m_written; }

private:
    WorkspaceDocument &m_document;
    std::map<QString, QCheckBox *> m_sections;
    QComboBox *m_pageSize;
    QLineEdit *m_author;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_open;
    QString m_written;
};

} // namespace ts::app
