#include "app/canvas/goalmatrix.h"

#include "app/commands/canvascommands.h"
#include "app/workspacedocument.h"

#include <QHeaderView>

namespace ts::app {
namespace {
const QColor kGap(0xC0, 0x39, 0x2B);
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

GoalMatrix::GoalMatrix(WorkspaceDocument &document, QWidget *parent)
    : QTableWidget(parent)
    , m_document(document)
{
    horizontalHeader()->setDefaultSectionSize(120);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
    connect(this, &QTableWidget::itemChanged, this, &GoalMatrix::cellToggled);
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &GoalMatrix::refresh);
    refresh();
}

void GoalMatrix::refresh()
{
    m_refreshing = true;
    const auto &w = m_document.workspace();
    clear();
    setRowCount(int(w.departmentGoals.size()));
    setColumnCount(int(w.orgGoals.size()));
    std::vector<int> columnSupport(w.orgGoals.size(), 0);
    for (int row = 0; row < rowCount(); ++row) {
        const auto &goal = w.departmentGoals[std::size_t(row)];
        const auto *department = findById(w.departments, goal.departmentId);
        auto *header = new QTableWidgetItem(q(department ? department->name : std::string())
                                            + QStringLiteral(" — ") + q(goal.title));
        if (goal.supports.empty()) {
            header->setForeground(kGap);
            header->setToolTip(tr("Supports no organisational or CX goal"));
        }
        setVerticalHeaderItem(row, header);
        for (int column = 0; column < columnCount(); ++column) {
            const auto &org = w.orgGoals[std::size_t(column)];
            const bool supports = std::find(goal.supports.begin(), goal.supports.end(), org.id)
                != goal.supports.end();
            columnSupport[std::size_t(column)] += supports;
            auto *cell = new QTableWidgetItem;
            cell->setFlags(m_document.isReadOnly() ? Qt::ItemIsEnabled
                                                   : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            cell->setCheckState(supports ? Qt::Checked : Qt::Unchecked);
            cell->setData(Qt::UserRole, qlonglong(goal.id));
            cell->setData(Qt::UserRole + 1, qlonglong(org.id));
            setItem(row, column, cell);
        }
    }
    for (int column = 0; column < columnCount(); ++column) {
        const auto &org = w.orgGoals[std::size_t(column)];
        auto *header = new QTableWidgetItem(q(org.title));
        if (columnSupport[std::size_t(column)] == 0) {
            header->setForeground(kGap);
            header->setToolTip(tr("No department goal supports this goal"));
        }
        setHorizontalHeaderItem(column, header);
    }
    m_refreshing = false;
}

void GoalMatrix::cellToggled(QTableWidgetItem *item)
{
    if (m_refreshing || !item)
        return;
    setSupport(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong(),
               item->checkState() == Qt::Checked);
}

void GoalMatrix::setSupport(Id goalId, Id orgGoalId, bool supports)
{
    const auto &w = m_document.workspace();
    const auto *before = findById(w.departmentGoals, goalId);
    const auto *org = findById(w.orgGoals, orgGoalId);
    if (!before || !org)
        return;
    auto after = *before;
    std::erase(after.supports, orgGoalId);
    if (supports)
        after.supports.push_back(orgGoalId);
    if (after.supports == before->supports)
        return;
    const auto text = supports ? tr("Link \"%1\" to \"%2\"") : tr("Unlink \"%1\" from \"%2\"");
    if (!m_document.execute(new EditDepartmentGoalCommand(
            m_document, *before, after, text.arg(q(before->title), q(org->title)))))
        refresh();
}

} // namespace ts::app
