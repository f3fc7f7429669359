#include "app/workspacenavigator.h"

#include "app/plaintext.h"
#include "core/workspace.h"

#include <QHeaderView>

namespace ts::app {
namespace {

enum Role { AreaRole = Qt::UserRole, IdRole };

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

WorkspaceNavigator::WorkspaceNavigator(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setMinimumWidth(200);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (areaOf(item)
            != Area::Persona) // a persona opens a dialog: only on purpose (Enter, double-click)
            emit opened(areaOf(item), idOf(item));
    });
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit opened(areaOf(item), idOf(item)); });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (auto *item = itemAt(pos))
            emit menuRequested(areaOf(item), idOf(item), viewport()->mapToGlobal(pos));
    });
}

Area WorkspaceNavigator::areaOf(const QTreeWidgetItem *item)
{
    return Area(item->data(0, AreaRole).toInt());
}

Id WorkspaceNavigator::idOf(const QTreeWidgetItem *item)
{
    return item->data(0, IdRole).toLongLong();
}

QTreeWidgetItem *WorkspaceNavigator::itemFor(Area area, Id id) const
{
    for (QTreeWidgetItemIterator it(const_cast<WorkspaceNavigator *>(this)); *it; ++it)
        if (areaOf(*it) == area && idOf(*it) == id)
            return *it;
    return nullptr;
}

QTreeWidgetItem *WorkspaceNavigator::add(const QString &text, Area area, Id id,
                                         QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, text); // item text is plain text, never markup
    item->setToolTip(0, plainToolTip(text));
    item->setData(0, AreaRole, int(area));
    item->setData(0, IdRole, qlonglong(id));
    return item;
}

void WorkspaceNavigator::showWorkspace(const Workspace *workspace)
{
    const auto *current = currentItem();
    const std::pair<Area, Id> keep
        = current ? std::pair(areaOf(current), idOf(current)) : std::pair(Area::Maps, Id(0));
    const auto *personasItem = itemFor(Area::Personas);
    const auto *canvasItem = itemFor(Area::Canvas);
    const bool personasOpen = personasItem ? personasItem->isExpanded() : true;
    const bool canvasOpen = canvasItem ? canvasItem->isExpanded() : false;
    clear();
    if (!workspace)
        return;
    const auto &w = *workspace;
    auto *canvas = add(tr("Purpose canvas"), Area::Canvas, 0, nullptr);
    add(tr("Communication plan (%1)").arg(w.communicationPlan.size()), Area::Communication, 0,
        canvas);
    canvas->setExpanded(canvasOpen);
    add(tr("Departments and goals (%1)").arg(w.departments.size()), Area::Departments, 0, nullptr);
    auto *personas = add(tr("Personas (%1)").arg(w.personas.size()), Area::Personas, 0, nullptr);
    for (const auto &p : w.personas)
        add(q(p.name), Area::Persona, p.id, personas);
    personas->setExpanded(personasOpen);
    auto *maps = add(tr("Journey maps (%1)").arg(w.maps.size()), Area::Maps, 0, nullptr);
    for (const auto &m : w.maps)
        add(q(m.name), Area::Map, m.id, maps);
    maps->setExpanded(true);
    add(tr("Metrics (%1 responses)").arg(w.responses.size()), Area::Metrics, 0, nullptr);
    add(tr("Roadmap (%1 initiatives)").arg(w.initiatives.size()), Area::Roadmap, 0, nullptr);
    add(tr("Alignment gaps"), Area::Gaps, 0, nullptr);
    auto *restored = itemFor(keep.first, keep.second);
    setCurrentItem(restored ? restored : maps);
}

} // namespace ts::app
