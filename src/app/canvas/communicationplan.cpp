#include "app/canvas/communicationplan.h"

#include "app/commands/canvascommands.h"
#include "app/workspacedocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {
enum Column { Audience, Message, Channel, Date };
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

CommunicationPlanEditor::CommunicationPlanEditor(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 4))
{
    m_table->setHorizontalHeaderLabels(
        {tr("Audience"), tr("Message"), tr("Channel"), tr("Date (YYYY-MM-DD)")});
    m_table->horizontalHeader()->setSectionResizeMode(Message, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    auto *add = new QPushButton(tr("Add communication"));
    auto *remove = new QPushButton(tr("Remove"));
    add->setEnabled(!document.isReadOnly());
    remove->setEnabled(!document.isReadOnly());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        CommunicationItem item;
        item.audience = tr("All employees").toStdString();
        m_document.execute(new AddCommunicationCommand(m_document, item));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const auto &plan = m_document.workspace().communicationPlan;
        if (row >= 0 && row < int(plan.size()))
            m_document.execute(new RemoveCanvasRowCommand(m_document, tr("Remove communication"),
                                                          "communication_items",
                                                          plan[std::size_t(row)].id));
    });
    connect(m_table, &QTableWidget::cellChanged, this, &CommunicationPlanEditor::cellEdited);
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this,
            &CommunicationPlanEditor::refresh);
    refresh();
}

void CommunicationPlanEditor::refresh()
{
    m_refreshing = true;
    const auto &plan = m_document.workspace().communicationPlan;
    m_table->setRowCount(int(plan.size()));
    for (int row = 0; row < int(plan.size()); ++row) {
        const auto &item = plan[std::size_t(row)];
        const QString values[] = {q(item.audience), q(item.message), q(item.channel), q(item.date)};
        for (int column = 0; column < 4; ++column) {
            auto *cell = new QTableWidgetItem(values[column]);
            if (m_document.isReadOnly())
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeRowsToContents();
    m_refreshing = false;
}

void CommunicationPlanEditor::cellEdited(int row, int column)
{
    const auto &plan = m_document.workspace().communicationPlan;
    if (m_refreshing || row < 0 || row >= int(plan.size()))
        return;
    const auto &before = plan[std::size_t(row)];
    auto after = before;
    const auto text = m_table->item(row, column)->text().trimmed().toStdString();
    (column == Audience      ? after.audience
         : column == Message ? after.message
         : column == Channel ? after.channel
                             : after.date)
        = text;
    if (after == before
        || !m_document.execute(new EditCommunicationCommand(m_document, before, after)))
        refresh(); // a bad date is refused with a message; show the stored value again
}

} // namespace ts::app
