// The editor tabs of the main window: which editor an area or map opens, keeping tabs in
// step with the workspace, and remembering them per file.
#include "app/canvas/canvaseditor.h"
#include "app/canvas/communicationplan.h"
#include "app/canvas/departmentseditor.h"
#include "app/commands/mapcommands.h"
#include "app/gaps/gapsview.h"
#include "app/mainwindow.h"
#include "app/mapeditor/mapeditor.h"
#include "app/metrics/metricspanel.h"
#include "app/overviewtable.h"
#include "app/propertiespanel.h"
#include "app/recentfiles.h"
#include "app/roadmap/roadmapeditor.h"
#include "app/workspacedocument.h"

#include <QMenu>
#include <QTabWidget>
#include <QTimer>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

const QString kMapPrefix = QStringLiteral("map:");
const QString kAreaPrefix = QStringLiteral("area:");

struct AreaInfo
{
    Area area;
    const char *key;
};
constexpr AreaInfo kAreas[] = {{Area::Canvas, "canvas"},
                               {Area::Communication, "communication"},
                               {Area::Departments, "departments"},
                               {Area::Personas, "personas"},
                               {Area::Maps, "maps"},
                               {Area::Metrics, "metrics"},
                               {Area::Roadmap, "roadmap"},
                               {Area::Gaps, "gaps"}};

QString areaKey(Area area)
{
    for (const auto &info : kAreas)
        if (info.area == area)
            return kAreaPrefix + QLatin1String(info.key);
    return {};
}

QString mapKey(Id mapId)
{
    return kMapPrefix + QString::number(mapId);
}

QString tabKey(const QWidget *tab)
{
    return tab->property("tabKey").toString();
}

} // namespace

QWidget *MainWindow::findTab(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tabKey(m_tabs->widget(i)) == key)
            return m_tabs->widget(i);
    return nullptr;
}

QWidget *MainWindow::addTab(QWidget *widget, const QString &key, const QString &title)
{
    widget->setProperty("tabKey", key);
    m_tabs->setCurrentIndex(m_tabs->addTab(widget, title));
    saveOpenTabs();
    return widget;
}

MapEditor *MainWindow::openMap(Id mapId)
{
    return qobject_cast<MapEditor *>(openTab(mapKey(mapId)));
}

QWidget *MainWindow::openArea(Area area)
{
    return openTab(areaKey(area));
}

QWidget *MainWindow::openTab(const QString &key)
{
    if (!m_document || key.isEmpty())
        return nullptr;
    if (auto *open = findTab(key)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto &doc = *m_document;
    if (key.startsWith(kMapPrefix)) {
        const Id mapId = key.mid(kMapPrefix.size()).toLongLong();
        const auto *map = findById(doc.workspace().maps, mapId);
        if (!map)
            return nullptr;
        auto *editor = new MapEditor(doc, mapId);
        if (m_workshop)
            editor->setWorkshopMode(true);
        connect(editor, &MapEditor::selectionChanged, this, &MainWindow::scheduleSelectionUpdate);
        return addTab(editor, key, q(map->name));
    }
    for (const auto &info : kAreas) {
        if (key != kAreaPrefix + QLatin1String(info.key))
            continue;
        switch (info.area) {
        case Area::Canvas:
            return addTab(new CanvasEditor(doc), key, tr("Purpose canvas"));
        case Area::Communication:
            return addTab(new CommunicationPlanEditor(doc), key, tr("Communication plan"));
        case Area::Departments:
            return addTab(new DepartmentsEditor(doc), key, tr("Departments and goals"));
        case Area::Roadmap: {
            auto *roadmap = new RoadmapEditor(doc);
            connect(roadmap, &RoadmapEditor::goTo, this, &MainWindow::goTo);
            return addTab(roadmap, key, tr("Roadmap"));
        }
        case Area::Metrics:
            return addTab(new MetricsPanel(doc), key, tr("Metrics"));
        case Area::Gaps: {
            auto *gaps = new GapsView(doc);
            connect(gaps, &GapsView::goTo, this, &MainWindow::goTo);
            return addTab(gaps, key, tr("Alignment gaps"));
        }
        default:
            return addTab(new OverviewTable(doc, info.area), key,
                          OverviewTable::titleFor(info.area));
        }
    }
    return nullptr;
}

MapEditor *MainWindow::currentMapEditor() const
{
    return qobject_cast<MapEditor *>(m_tabs->currentWidget());
}

void MainWindow::closeTab(int index)
{
    auto *widget = m_tabs->widget(index);
    if (!widget)
        return;
    if (widget == m_tabs->currentWidget())
        m_properties->commitPending();
    m_tabs->removeTab(index);
    widget->deleteLater(); // it may be inside one of its own signals
    saveOpenTabs();
}

// Maps removed (or whose creation was undone) take their tabs with them; names follow renames.
void MainWindow::closeStaleTabs()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        const QString key = tabKey(m_tabs->widget(i));
        if (!key.startsWith(kMapPrefix))
            continue;
        const auto *map = m_document
            ? findById(m_document->workspace().maps, key.mid(kMapPrefix.size()).toLongLong())
            : nullptr;
        if (!map)
            closeTab(i);
        else
            m_tabs->setTabText(i, q(map->name));
    }
}

void MainWindow::currentTabChanged()
{
    if (auto *tab = m_tabs->currentWidget()) { // the navigator shows where the user is
        const QString key = tabKey(tab);
        QTreeWidgetItem *item = nullptr;
        if (key.startsWith(kMapPrefix))
            item = m_navigator->itemFor(Area::Map, key.mid(kMapPrefix.size()).toLongLong());
        for (const auto &info : kAreas)
            if (key == kAreaPrefix + QLatin1String(info.key))
                item = m_navigator->itemFor(info.area);
        if (item)
            m_navigator->setCurrentItem(item);
    }
    editorSelectionChanged();
    updateActions();
    saveOpenTabs();
}

// The scene reports selection changes while it rebuilds its items, one per item: the panel
// follows once, after the rebuild, when the selection can be read safely.
void MainWindow::scheduleSelectionUpdate()
{
    if (m_selectionUpdatePending)
        return;
    m_selectionUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_selectionUpdatePending = false;
        editorSelectionChanged();
    });
}

void MainWindow::editorSelectionChanged()
{
    auto *editor = currentMapEditor();
    if (editor)
        m_properties->showSelection(editor->mapId(), editor->selectedCards());
    else
        m_properties->showSelection(0, {});
    updateActions();
}

void MainWindow::saveOpenTabs()
{
    if (m_keepTabs || !m_document)
        return;
    TabSession session;
    for (int i = 0; i < m_tabs->count(); ++i)
        session.tabs << tabKey(m_tabs->widget(i));
    session.current = m_tabs->currentIndex();
    saveTabs(m_document->fileName(), session);
}

void MainWindow::restoreOpenTabs()
{
    const TabSession session = savedTabs(m_document->fileName());
    m_keepTabs = true;
    for (const auto &key : session.tabs)
        openTab(key);
    if (m_tabs->count() == 0 && !m_document->workspace().maps.empty())
        openMap(m_document->workspace().maps.front().id); // a newcomer sees a full map at once
    const QString current = session.tabs.value(session.current);
    if (auto *tab = findTab(current))
        m_tabs->setCurrentWidget(tab);
    m_keepTabs = false;
    saveOpenTabs();
}

// "Go to" from the gaps review: the editor where the object can be fixed.
void MainWindow::goTo(const QString &objectKind, const QString &objectUid)
{
    if (!m_document)
        return;
    const auto &w = m_document->workspace();
    const std::string uid = objectUid.toStdString();
    for (const auto &card : w.cards)
        if (card.uid == uid) {
            if (auto *editor = openMap(card.mapId))
                editor->selectCard(card.id);
            return;
        }
    for (const auto &stage : w.stages)
        if (stage.uid == uid) {
            openMap(stage.mapId);
            return;
        }
    for (const auto &map : w.maps)
        if (map.uid == uid) {
            openMap(map.id);
            return;
        }
    for (const auto &persona : w.personas)
        if (persona.uid == uid) {
            editPersona(persona.id);
            return;
        }
    for (const auto &initiative : w.initiatives)
        if (initiative.uid == uid) {
            if (auto *roadmap = qobject_cast<RoadmapEditor *>(openArea(Area::Roadmap)))
                roadmap->selectInitiative(initiative.id);
            return;
        }
    if (objectKind == QLatin1String("canvas"))
        openArea(Area::Canvas);
    else if (objectKind.contains(QLatin1String("goal"))
             || objectKind == QLatin1String("department"))
        openArea(Area::Departments);
    else if (objectKind == QLatin1String("initiative") || objectKind == QLatin1String("roadmap"))
        openArea(Area::Roadmap);
    else if (objectKind.startsWith(QLatin1String("metric")))
        openArea(Area::Metrics);
}

void MainWindow::showNavigatorMenu(Area area, Id id, const QPoint &globalPos)
{
    if (!m_document)
        return;
    QMenu menu;
    const bool editable = !m_document->isReadOnly();
    switch (area) {
    case Area::Map: {
        menu.addAction(tr("Open"), this, [this, id] { openMap(id); });
        menu.addAction(tr("Rename map…"), this,
                       [this, id] {
                           openMap(id);
                           renameCurrentMap();
                       })
            ->setEnabled(editable);
        menu.addAction(tr("Edit persona…"), this, [this, id] { editMapPersona(id); })
            ->setEnabled(editable);
        menu.addSeparator();
        menu.addAction(tr("Remove map"), this,
                       [this, id] {
                           if (const auto *map = findById(m_document->workspace().maps, id))
                               m_document->execute(new RemoveMapCommand(*m_document, *map));
                       })
            ->setEnabled(editable);
        break;
    }
    case Area::Persona:
        menu.addAction(tr("Edit persona…"), this, [this, id] { editPersona(id); });
        menu.addAction(tr("Remove persona"), this,
                       [this, id] {
                           if (const auto *persona = findById(m_document->workspace().personas, id))
                               m_document->execute(new RemovePersonaCommand(*m_document, *persona));
                       })
            ->setEnabled(editable);
        break;
    case Area::Personas:
        menu.addAction(action(QStringLiteral("mapNewPersona")));
        break;
    case Area::Maps:
        menu.addAction(action(QStringLiteral("mapNew")));
        break;
    default:
        menu.addAction(tr("Open"), this, [this, area] { openArea(area); });
    }
    menu.exec(globalPos);
}

} // namespace ts::app
