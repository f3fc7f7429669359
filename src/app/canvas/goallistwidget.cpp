#include "app/canvas/goallistwidget.h"

#include "app/commands/canvascommands.h"
#include "app/workspacedocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {
enum Column { TitleColumn, KindColumn, SupportColumn };
}

GoalListWidget::GoalListWidget(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 3))
    , m_add(new QPushButton(tr("Add goal")))
    , m_remove(new QPushButton(tr("Remove")))
{
    auto *title = new QLabel(tr("Organisational and CX goals"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_table->setHorizontalHeaderLabels({tr("Goal"), tr("Kind"), tr("Supported by")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addGoal(tr("New goal")); });
    connect(m_remove, &QPushButton::clicked, this, &GoalListWidget::removeSelected);
    connect(m_table, &QTableWidget::cellChanged, this, &GoalListWidget::cellEdited);
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &GoalListWidget::refresh);
    refresh();
}

void GoalListWidget::addGoal(const QString &title)
{
    OrgGoal goal;
    goal.title = title.toStdString();
    m_document.execute(new AddOrgGoalCommand(m_document, goal));
}

void GoalListWidget::refresh()
{
    m_refreshing = true;
    const auto &w = m_document.workspace();
    m_table->setRowCount(int(w.orgGoals.size()));
    for (int row = 0; row < int(w.orgGoals.size()); ++row) {
        const auto &goal = w.orgGoals[std::size_t(row)];
        int support = 0;
        for (const auto &g : w.departmentGoals)
            support += std::count(g.supports.begin(), g.supports.end(), goal.id) > 0;
        auto *titleItem = new QTableWidgetItem(QString::fromStdString(goal.title));
        titleItem->setData(Qt::UserRole, qlonglong(goal.id));
        m_table->setItem(row, TitleColumn, titleItem);
        auto *kind = new QComboBox;
        kind->addItem(tr("Organisational"), int(GoalKind::Organisational));
        kind->addItem(tr("CX"), int(GoalKind::Cx));
        kind->setCurrentIndex(goal.kind == GoalKind::Cx ? 1 : 0);
        kind->setEnabled(!m_document.isReadOnly());
        connect(kind, &QComboBox::currentIndexChanged, this, [this, id = goal.id](int index) {
            const auto *before = findById(m_document.workspace().orgGoals, id);
            if (!before)
                return;
            auto after = *before;
            after.kind = index == 1 ? GoalKind::Cx : GoalKind::Organisational;
            m_document.execute(new EditOrgGoalCommand(m_document, *before, after));
        });
        m_table->setCellWidget(row, KindColumn, kind);
        auto *supportItem
            = new QTableWidgetItem(support == 0 ? tr("no department goal")
                                                : tr("%n department goal(s)", nullptr, support));
        supportItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (support == 0)
            supportItem->setForeground(QColor(0xC0, 0x39, 0x2B));
        m_table->setItem(row, SupportColumn, supportItem);
        if (m_document.isReadOnly())
            titleItem->setFlags(titleItem->flags() & ~Qt::ItemIsEditable);
    }
    m_table->resizeRowsToContents();
    m_add->setEnabled(!m_document.isReadOnly());
    m_remove->setEnabled(!m_document.isReadOnly());
    m_refreshing = false;
}

void GoalListWidget::cellEdited(int row, int column)
{
    if (m_refreshing || column != TitleColumn)
        return;
    const Id id = m_table->item(row, column)->data(Qt::UserRole).toLongLong();
    const auto *before = findById(m_document.workspace().orgGoals, id);
    const auto title = m_table->item(row, column)->text().trimmed().toStdString();
    if (!before || title == before->title)
        return;
    auto after = *before;
    after.title = title;
    if (!m_document.execute(new EditOrgGoalCommand(m_document, *before, after)))
        refresh();
}

void GoalListWidget::removeSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Id id = m_table->item(rows.first().row(), TitleColumn)->data(Qt::UserRole).toLongLong();
    if (const auto *goal = findById(m_document.workspace().orgGoals, id))
        m_document.execute(new RemoveCanvasRowCommand(
            m_document, tr("Remove goal \"%1\"").arg(QString::fromStdString(goal->title)),
            "org_goals", id));
}

} // namespace ts::app
