#include "app/canvas/departmentseditor.h"

#include "app/canvas/goalmatrix.h"
#include "app/commands/canvascommands.h"
#include "app/workspacedocument.h"

#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {

enum Role { KindRole = Qt::UserRole, IdRole };
enum Kind { DepartmentItem = 1, GoalItem };
constexpr auto kGoalMime = "application/x-touchstone-department-goal";
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The organisational goals, accepting department goals dragged from the tree.
class GoalDropList : public QListWidget
{
public:
    explicit GoalDropList(DepartmentsEditor &editor)
        : m_editor(editor)
    {
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setWordWrap(true);
    }

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kGoalMime)}; }
    void dragEnterEvent(QDragEnterEvent *e) override
    {
        e->setAccepted(e->mimeData()->hasFormat(QString::fromLatin1(kGoalMime)));
    }
    void dragMoveEvent(QDragMoveEvent *e) override
    {
        e->setAccepted(itemAt(e->position().toPoint()) != nullptr);
    }
    void dropEvent(QDropEvent *e) override
    {
        auto *target = itemAt(e->position().toPoint());
        if (!target)
            return;
        m_editor.linkGoal(e->mimeData()->data(QString::fromLatin1(kGoalMime)).toLongLong(),
                          target->data(IdRole).toLongLong());
        e->acceptProposedAction();
    }

private:
    DepartmentsEditor &m_editor;
};

// The tree, dragging department goals out as their id.
class DepartmentTree : public QTreeWidget
{
protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, KindRole).toInt() != GoalItem)
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kGoalMime),
                      QByteArray::number(items.first()->data(0, IdRole).toLongLong()));
        return mime;
    }
    QStringList mimeTypes() const override { return {QString::fromLatin1(kGoalMime)}; }
};

} // namespace

DepartmentsEditor::DepartmentsEditor(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new DepartmentTree)
    , m_targets(new GoalDropList(*this))
    , m_matrix(new GoalMatrix(document))
{
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels(
        {tr("Department / goal"), tr("Leader / supports"), tr("Role in the experience")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setWordWrap(true);
    auto *add = new QPushButton(tr("Add department"));
    auto *addGoalButton = new QPushButton(tr("Add goal"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *buttons = new QHBoxLayout;
    for (auto *b : {add, addGoalButton, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(buttons);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    auto *hint
        = new QLabel(tr("Drag a department goal onto the organisational or CX goal it supports."));
    hint->setWordWrap(true);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_targets, 1);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *tabs = new QTabWidget;
    tabs->addTab(split, tr("Departments and goals"));
    tabs->addTab(m_matrix, tr("Coverage matrix"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    const bool editable = !m_document.isReadOnly();
    for (auto *b : {add, addGoalButton, remove})
        b->setEnabled(editable);
    connect(add, &QPushButton::clicked, this, [this] { addDepartment(tr("New department")); });
    connect(addGoalButton, &QPushButton::clicked, this, [this] {
        if (const Id d = selectedDepartment())
            addGoal(d, tr("New goal"));
    });
    connect(remove, &QPushButton::clicked, this, &DepartmentsEditor::removeSelected);
    connect(m_tree, &QTreeWidget::itemChanged, this, &DepartmentsEditor::itemEdited);
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &DepartmentsEditor::refresh);
    refresh();
}

void DepartmentsEditor::refresh()
{
    m_refreshing = true;
    const auto &w = m_document.workspace();
    m_tree->clear();
    const auto editable = m_document.isReadOnly() ? Qt::ItemFlags() : Qt::ItemIsEditable;
    for (const auto &d : w.departments) {
        auto *item = new QTreeWidgetItem(m_tree, {q(d.name), q(d.leader), q(d.role)});
        item->setData(0, KindRole, DepartmentItem);
        item->setData(0, IdRole, qlonglong(d.id));
        item->setFlags(item->flags() | editable);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const auto &g : w.departmentGoals) {
            if (g.departmentId != d.id)
                continue;
            QStringList supports;
            for (Id s : g.supports)
                if (const auto *org = findById(w.orgGoals, s))
                    supports << q(org->title);
            auto *goal = new QTreeWidgetItem(
                item,
                {q(g.title),
                 supports.isEmpty() ? tr("supports no goal") : supports.join(QStringLiteral("; ")),
                 QString()});
            goal->setData(0, KindRole, GoalItem);
            goal->setData(0, IdRole, qlonglong(g.id));
            goal->setFlags(goal->flags() | editable | Qt::ItemIsDragEnabled);
            if (supports.isEmpty())
                goal->setForeground(1, QColor(0xC0, 0x39, 0x2B));
        }
        item->setExpanded(true);
    }
    m_targets->clear();
    for (const auto &g : w.orgGoals) {
        auto *item = new QListWidgetItem(
            q(g.title) + (g.kind == GoalKind::Cx ? tr("  (CX)") : QString()), m_targets);
        item->setData(IdRole, qlonglong(g.id));
    }
    m_refreshing = false;
}

void DepartmentsEditor::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_refreshing)
        return;
    const auto &w = m_document.workspace();
    const Id id = item->data(0, IdRole).toLongLong();
    const auto text = item->text(column).trimmed().toStdString();
    bool ok = true;
    if (item->data(0, KindRole).toInt() == DepartmentItem) {
        const auto *before = findById(w.departments, id);
        if (!before)
            return;
        auto after = *before;
        (column == 0 ? after.name : column == 1 ? after.leader : after.role) = text;
        if (!(after == *before))
            ok = m_document.execute(new EditDepartmentCommand(m_document, *before, after));
    } else if (column == 0) {
        const auto *before = findById(w.departmentGoals, id);
        if (!before)
            return;
        auto after = *before;
        after.title = text;
        if (!(after == *before))
            ok = m_document.execute(new EditDepartmentGoalCommand(
                m_document, *before, after, tr("Rename goal \"%1\"").arg(q(before->title))));
    } else {
        ok = false; // the supports column is edited by dragging or in the matrix
    }
    if (!ok)
        refresh();
}

Id DepartmentsEditor::selectedDepartment() const
{
    auto *item = m_tree->currentItem();
    if (!item)
        return m_document.workspace().departments.empty()
            ? 0
            : m_document.workspace().departments.front().id;
    if (item->data(0, KindRole).toInt() == GoalItem)
        item = item->parent();
    return item->data(0, IdRole).toLongLong();
}

void DepartmentsEditor::addDepartment(const QString &name)
{
    Department d;
    d.name = name.toStdString();
    m_document.execute(new AddDepartmentCommand(m_document, d));
}

void DepartmentsEditor::addGoal(Id departmentId, const QString &title)
{
    DepartmentGoal g;
    g.departmentId = departmentId;
    g.title = title.toStdString();
    m_document.execute(new AddDepartmentGoalCommand(m_document, g));
}

void DepartmentsEditor::linkGoal(Id departmentGoalId, Id orgGoalId)
{
    m_matrix->setSupport(departmentGoalId, orgGoalId, true);
}

void DepartmentsEditor::removeSelected()
{
    auto *item = m_tree->currentItem();
    if (!item)
        return;
    const Id id = item->data(0, IdRole).toLongLong();
    const bool department = item->data(0, KindRole).toInt() == DepartmentItem;
    m_document.execute(new RemoveCanvasRowCommand(
        m_document,
        (department ? tr("Remove department \"%1\"") : tr("Remove goal \"%1\"")).arg(item->text(0)),
        department ? "departments" : "department_goals", id));
}

} // namespace ts::app
