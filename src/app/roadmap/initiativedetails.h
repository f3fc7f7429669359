// The panel beside the roadmap for the selected initiative: its title and figures at a glance,
// its description, and what it serves (pain points, touchpoints, stages and goals), with
// "Add link..." and "Remove". Every change is one undoable EditInitiativeCommand.
#pragma once

#include "core/initiative.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ts::app {

class LinkPicker;
class WorkspaceDocument;

class InitiativeDetails : public QWidget
{
    Q_OBJECT

public:
    explicit InitiativeDetails(WorkspaceDocument &document, QWidget *parent = nullptr);

    void setInitiative(Id id);
    Id initiative() const { return m_id; }

    QLabel *titleLabel() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QTreeWidget *linkTree() const { return m_links; }
    QPushButton *addLinkButton() const { return m_add; }
    QPushButton *removeLinkButton() const { return m_remove; }

    // Opens "Add link..." (non-modal to the event loop; the links are added when it is accepted).
    LinkPicker *openLinkPicker();
    // Each is one undoable edit of the shown initiative; false when nothing changed or it failed.
    bool addLinks(const std::vector<InitiativeLink> &links);
    bool removeLinks(const std::vector<InitiativeLink> &links);
    void removeSelectedLinks();

signals:
    // Double-click on a link: open the object where it can be seen (MainWindow::goTo).
    void goTo(const QString &objectKind, const QString &objectUid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshLinks(const Initiative &initiative);
    void commitDescription();
    bool edit(const Initiative &after, const QString &text);
    std::vector<InitiativeLink> selectedLinks() const;

    WorkspaceDocument &m_document;
    Id m_id = 0;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_figures;
    QWidget *m_body;
    QPlainTextEdit *m_description;
    QLabel *m_servesCount;
    QTreeWidget *m_links;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace ts::app
