// "Add link...": a searchable list of the workspace's pain points, touchpoints, stages and
// goals; filter as you type, pick one or several. Targets already linked are listed greyed out.
#pragma once

#include "app/roadmap/initiativelinks.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace ts::app {

class LinkFilterModel;

class LinkPicker : public QDialog
{
    Q_OBJECT

public:
    LinkPicker(const Workspace &workspace, const Initiative &initiative, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    QTreeView *list() const { return m_list; }
    // Rows the filter lets through, and the targets of the chosen ones (in list order).
    int visibleCount() const;
    std::vector<InitiativeLink> chosenLinks() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterChanged();
    void selectionChanged();

    QLineEdit *m_filter;
    QComboBox *m_kind;
    QTreeView *m_list;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QStandardItemModel *m_model;
    LinkFilterModel *m_proxy;
};

} // namespace ts::app
