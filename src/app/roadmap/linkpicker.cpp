#include "app/roadmap/linkpicker.h"

#include "app/plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace ts::app {
namespace {

enum Role { TargetRole = Qt::UserRole + 1, TargetIdRole, GroupRole, SearchRole };
enum Column { NameColumn, KindColumn, WhereColumn };

} // namespace

// Every word typed must occur in the name, kind or place of a row (case-insensitive), and the
// row must be of the chosen group, if any.
class LinkFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const QString &text, int group)
    {
        m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_group = group;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, NameColumn, parent);
        if (m_group >= 0 && index.data(GroupRole).toInt() != m_group)
            return false;
        const QString text = index.data(SearchRole).toString();
        return std::all_of(m_words.begin(), m_words.end(),
                           [&](const QString &word) { return text.contains(word); });
    }

private:
    QStringList m_words;
    int m_group = -1;
};

LinkPicker::LinkPicker(const Workspace &workspace, const Initiative &initiative, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit)
    , m_kind(new QComboBox)
    , m_list(new QTreeView)
    , m_count(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_model(new QStandardItemModel(0, 3, this))
    , m_proxy(new LinkFilterModel(this))
{
    setWindowTitle(tr("Link \"%1\" to").arg(QString::fromStdString(initiative.title)));
    m_filter->setObjectName(QStringLiteral("linkFilter"));
    m_filter->setPlaceholderText(tr("Type to filter by name, map, stage or department"));
    m_filter->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"), -1);
    for (auto group :
         {LinkGroup::PainPoint, LinkGroup::Touchpoint, LinkGroup::Stage, LinkGroup::Goal})
        m_kind->addItem(linkGroupTitle(group), int(group));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Where")});
    for (const auto &target : linkCandidates(workspace)) {
        const bool linked = std::find(initiative.links.begin(), initiative.links.end(), target.link)
            != initiative.links.end();
        // QStandardItem text is never read as markup, so titles show exactly as typed.
        QList<QStandardItem *> row {
            new QStandardItem(target.name),
            new QStandardItem(linked ? tr("%1 (linked)").arg(target.kind) : target.kind),
            new QStandardItem(target.where)};
        row[NameColumn]->setData(int(target.link.target), TargetRole);
        row[NameColumn]->setData(qlonglong(target.link.targetId), TargetIdRole);
        row[NameColumn]->setData(int(target.group), GroupRole);
        row[NameColumn]->setData(
            (target.name + QLatin1Char(' ') + target.kind + QLatin1Char(' ') + target.where)
                .toLower(),
            SearchRole);
        for (auto *item : row) {
            item->setEditable(false);
            item->setToolTip(linked ? tr("Already linked") : plainToolTip(target.name));
            if (linked)
                item->setFlags(Qt::NoItemFlags); // listed for orientation, greyed, not pickable
        }
        m_model->appendRow(row);
    }
    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(QStringLiteral("linkList"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->resizeSection(NameColumn, 330);
    m_list->header()->resizeSection(KindColumn, 150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_kind);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    resize(760, 520);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &LinkPicker::filterChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LinkPicker::filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinkPicker::selectionChanged);
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsSelectable)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    filterChanged();
    m_filter->setFocus();
}

int LinkPicker::visibleCount() const
{
    return m_proxy->rowCount();
}

std::vector<InitiativeLink> LinkPicker::chosenLinks() const
{
    auto rows = m_list->selectionModel()->selectedRows(NameColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<InitiativeLink> links;
    for (const auto &index : rows)
        links.push_back({InitiativeTarget(index.data(TargetRole).toInt()),
                         Id(index.data(TargetIdRole).toLongLong())});
    return links;
}

void LinkPicker::filterChanged()
{
    m_proxy->setFilter(m_filter->text(), m_kind->currentData().toInt());
    // Keep the first pickable row selected, so typing a few letters and Enter links it.
    if (!m_list->selectionModel()->hasSelection())
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (m_proxy->index(row, 0).flags() & Qt::ItemIsSelectable) {
                m_list->setCurrentIndex(m_proxy->index(row, 0));
                break;
            }
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    selectionChanged();
}

void LinkPicker::selectionChanged()
{
    const int chosen = int(m_list->selectionModel()->selectedRows().size());
    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(chosen > 0);
    ok->setText(chosen > 1 ? tr("Add %1 links").arg(chosen) : tr("Add link"));
}

bool LinkPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter field walks into the list, as in a command palette.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_list->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ts::app
