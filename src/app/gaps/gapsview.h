// The alignment-gap review: findings grouped by severity and area, each with why it matters,
// "go to", a status with a reason, an assignee, comments and a signed history.
#pragma once

#include "alignment/reviewedfinding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace ts::app {

class WorkspaceDocument;

class GapsView : public QWidget
{
    Q_OBJECT

public:
    explicit GapsView(WorkspaceDocument &document, QWidget *parent = nullptr);
    ~GapsView() override;

    const std::vector<alignment::ReviewedFinding> &entries() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }
    void selectEntry(int index);
    // The actions of the detail panel, also used by tests.
    bool setStatus(ReviewStatus status, const QString &reason);
    bool assignTo(const QString &name);
    bool addComment(const QString &text);
    // The review history of the whole workspace as CSV (who, when, gap, from, to, reason).
    QString historyCsv() const;
    bool exportHistory(const QString &path);

signals:
    void goTo(const QString &objectKind, const QString &objectUid);

private:
    void refresh();
    void showEntry();
    void recordFixes();
    Id reviewerId(); // the author row of the current reviewer, added when new
    const alignment::ReviewedFinding *current() const;
    QWidget *buildDetail();

    WorkspaceDocument &m_document;
    std::vector<alignment::ReviewedFinding> m_entries;
    QComboBox *m_reviewer;
    QTreeWidget *m_tree;
    QLabel *m_title, *m_state;
    QPlainTextEdit *m_info;
    QPushButton *m_goTo;
    QComboBox *m_status, *m_assignee;
    QLineEdit *m_reason, *m_comment;
    QListWidget *m_comments;
    QTableWidget *m_history;
    int m_current = -1;
};

} // namespace ts::app
