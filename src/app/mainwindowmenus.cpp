// The main window's actions and menus, the map commands and workshop mode.
#include "app/commands/mapcommands.h"
#include "app/mainwindow.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapscene.h"
#include "app/newmapdialog.h"
#include "app/personadialog.h"
#include "app/propertiespanel.h"
#include "app/workspacedocument.h"

#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

QAction *MainWindow::makeAction(const QString &name, const QString &text,
                                const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    QWidget::addAction(action); // shortcuts keep working while the menu bar is hidden (workshop)
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    connect(makeAction(QStringLiteral("fileNew"), tr("&New…"), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(makeAction(QStringLiteral("fileOpen"), tr("&Open…"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(makeAction(QStringLiteral("fileSaveAs"), tr("Save &As…"), QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::saveAs);
    connect(makeAction(QStringLiteral("fileImportJson"), tr("&Import JSON…")), &QAction::triggered,
            this, &MainWindow::importJson);
    connect(makeAction(QStringLiteral("fileExportJson"), tr("&Export JSON…")), &QAction::triggered,
            this, &MainWindow::exportJson);
    connect(makeAction(QStringLiteral("fileCloseTab"), tr("Close &Tab"),
                       QKeySequence(Qt::CTRL | Qt::Key_W)),
            &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    connect(makeAction(QStringLiteral("fileClose"), tr("&Close Workspace"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)),
            &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(makeAction(QStringLiteral("fileQuit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);

    auto *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editUndo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editRedo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QWidget::addActions({undo, redo});

    // Card actions act on the map with the keyboard focus: the text fields elsewhere keep
    // Ctrl+C, Delete and F2 for themselves.
    auto mapAction = [this](const QString &name, const QString &text, const QKeySequence &key,
                            void (MapEditor::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tabs->addAction(action);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (auto *editor = currentMapEditor())
                (editor->*slot)();
        });
    };
    mapAction(QStringLiteral("editCopy"), tr("&Copy"), QKeySequence::Copy,
              &MapEditor::copySelection);
    mapAction(QStringLiteral("editPaste"), tr("&Paste"), QKeySequence::Paste, &MapEditor::paste);
    mapAction(QStringLiteral("editDuplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
              &MapEditor::duplicateSelection);
    mapAction(QStringLiteral("editDelete"), tr("&Delete"), QKeySequence::Delete,
              &MapEditor::deleteSelection);
    mapAction(QStringLiteral("editRename"), tr("&Rename"), QKeySequence(Qt::Key_F2),
              &MapEditor::editSelection);

    auto viewAction = [this](const QString &name, const QString &text,
                             const QList<QKeySequence> &keys, void (MapEditor::*slot)()) {
        auto *action = makeAction(name, text);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (auto *editor = currentMapEditor())
                (editor->*slot)();
        });
    };
    viewAction(QStringLiteral("viewZoomIn"), tr("Zoom &In"),
               {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
               &MapEditor::zoomIn);
    viewAction(QStringLiteral("viewZoomOut"), tr("Zoom &Out"),
               {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &MapEditor::zoomOut);
    viewAction(QStringLiteral("viewFit"), tr("&Fit Map"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
               &MapEditor::zoomToFit);
    viewAction(QStringLiteral("viewActualSize"), tr("&Actual Size"),
               {QKeySequence(Qt::CTRL | Qt::Key_1)}, &MapEditor::resetZoom);
    auto *workshop = makeAction(QStringLiteral("viewWorkshop"), tr("&Workshop Mode"),
                                QKeySequence(Qt::Key_F11));
    workshop->setCheckable(true);
    connect(workshop, &QAction::toggled, this, &MainWindow::setWorkshopMode);
    auto *leave = makeAction(QStringLiteral("viewLeaveWorkshop"), tr("Leave Workshop Mode"),
                             QKeySequence(Qt::Key_Escape));
    leave->setEnabled(false); // only in workshop mode: Esc belongs to the widgets otherwise
    connect(leave, &QAction::triggered, this, &MainWindow::escapePressed);

    connect(makeAction(QStringLiteral("mapNew"), tr("&New Map from Template…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, &MainWindow::newMapFromTemplate);
    connect(makeAction(QStringLiteral("mapNewPersona"), tr("New &Persona…")), &QAction::triggered,
            this, [this] { editPersona(0); });
    connect(makeAction(QStringLiteral("mapAddStage"), tr("Add &Stage")), &QAction::triggered, this,
            &MainWindow::addStage);
    connect(makeAction(QStringLiteral("mapEditPersona"), tr("&Edit Persona…")), &QAction::triggered,
            this, [this] {
                if (auto *editor = currentMapEditor())
                    editMapPersona(editor->mapId());
            });
    connect(makeAction(QStringLiteral("mapRename"), tr("&Rename Map…")), &QAction::triggered, this,
            &MainWindow::renameCurrentMap);
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addActions({action(QStringLiteral("fileNew")), action(QStringLiteral("fileOpen"))});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("fileSaveAs")));
    file->addSeparator();
    file->addActions(
        {action(QStringLiteral("fileImportJson")), action(QStringLiteral("fileExportJson"))});
    createExportActions(file->addMenu(tr("E&xport")));
    file->addSeparator();
    file->addActions({action(QStringLiteral("fileCloseTab")), action(QStringLiteral("fileClose"))});
    file->addSeparator();
    file->addAction(action(QStringLiteral("fileQuit")));

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({action(QStringLiteral("editUndo")), action(QStringLiteral("editRedo"))});
    edit->addSeparator();
    for (const char *name : {"editCopy", "editPaste", "editDuplicate", "editDelete", "editRename"})
        edit->addAction(action(QLatin1String(name)));

    auto *view = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"viewZoomIn", "viewZoomOut", "viewFit", "viewActualSize"})
        view->addAction(action(QLatin1String(name)));
    view->addSeparator();
    view->addAction(action(QStringLiteral("viewWorkshop")));
    view->addSeparator();
    for (auto *dock : {m_navigatorDock, m_propertiesDock, m_historyDock})
        view->addAction(dock->toggleViewAction());
    m_historyDock->toggleViewAction()->setObjectName(QStringLiteral("viewHistory"));
    m_propertiesDock->toggleViewAction()->setObjectName(QStringLiteral("viewProperties"));

    auto *map = menuBar()->addMenu(tr("&Map"));
    map->addActions({action(QStringLiteral("mapNew")), action(QStringLiteral("mapAddStage"))});
    map->addSeparator();
    map->addActions(
        {action(QStringLiteral("mapEditPersona")), action(QStringLiteral("mapNewPersona"))});
    map->addSeparator();
    map->addAction(action(QStringLiteral("mapRename")));
    updateRecentMenu();
}

// Every action that edits is off for a read-only workspace, so the state is visible.
void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    auto *editor = currentMapEditor();
    const bool selection = editor && !editor->selectedCards().empty();
    auto enable = [this](const char *name, bool on) {
        action(QLatin1String(name))->setEnabled(on);
    };
    for (const char *name :
         {"fileSaveAs", "fileExportJson", "fileClose", "fileExportReport", "fileExportTouchpoints",
          "fileExportPainPoints", "fileExportInitiatives"})
        enable(name, open);
    enable("fileExportMapPng", editor != nullptr);
    enable("fileExportMapSvg", editor != nullptr);
    enable("fileCloseTab", m_tabs->count() > 0);
    enable("editCopy", selection);
    enable("editPaste", editor && editable);
    enable("editDuplicate", selection && editable);
    enable("editDelete", selection && editable);
    enable("editRename", editor && editable);
    for (const char *name : {"viewZoomIn", "viewZoomOut", "viewFit", "viewActualSize"})
        enable(name, editor != nullptr);
    enable("mapNew", editable);
    enable("mapNewPersona", editable);
    for (const char *name : {"mapAddStage", "mapEditPersona", "mapRename"})
        enable(name, editor && editable);
    m_undoGroup->setActiveStack(editable ? m_document->undoStack() : nullptr);
}

PersonaDialog *MainWindow::editPersona(Id personaId, Id assignToMap)
{
    if (!m_document)
        return nullptr;
    auto *dialog = new PersonaDialog(*m_document, personaId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMapToAssign(assignToMap);
    dialog->open();
    return dialog;
}

void MainWindow::editMapPersona(Id mapId)
{
    const auto *map = m_document ? findById(m_document->workspace().maps, mapId) : nullptr;
    if (map)
        editPersona(map->personaId, map->personaId ? 0 : mapId);
}

NewMapDialog *MainWindow::newMapFromTemplate()
{
    if (!m_document || m_document->isReadOnly())
        return nullptr;
    auto *dialog = new NewMapDialog(*m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewMapDialog::mapCreated, this, [this](Id mapId) { openMap(mapId); });
    dialog->open();
    return dialog;
}

bool MainWindow::renameMap(Id mapId, const QString &name)
{
    const auto *map = m_document ? findById(m_document->workspace().maps, mapId) : nullptr;
    if (!map || name.trimmed().toStdString() == map->name)
        return false;
    JourneyMap after = *map;
    after.name = name.trimmed().toStdString();
    return m_document->execute(new EditMapCommand(*m_document, *map, after));
}

void MainWindow::renameCurrentMap()
{
    auto *editor = currentMapEditor();
    const auto *map = editor ? findById(m_document->workspace().maps, editor->mapId()) : nullptr;
    if (!map)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename map"), tr("Name:"),
                                               QLineEdit::Normal, q(map->name), &ok);
    if (ok)
        renameMap(editor->mapId(), name);
}

void MainWindow::addStage()
{
    if (auto *editor = currentMapEditor())
        editor->addStage();
}

void MainWindow::setWorkshopMode(bool on)
{
    if (on == m_workshop)
        return;
    m_workshop = on;
    if (on) {
        m_stateBeforeWorkshop = saveState();
        m_wasMaximized = isMaximized();
        for (auto *dock : {m_navigatorDock, m_propertiesDock, m_historyDock})
            dock->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_tabs->tabBar()->hide();
        showFullScreen();
    } else {
        menuBar()->show();
        statusBar()->show();
        m_tabs->tabBar()->show();
        restoreState(m_stateBeforeWorkshop);
        m_wasMaximized ? showMaximized() : showNormal();
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *editor = qobject_cast<MapEditor *>(m_tabs->widget(i)))
            editor->setWorkshopMode(on);
    action(QStringLiteral("viewWorkshop"))->setChecked(on);
    action(QStringLiteral("viewLeaveWorkshop"))->setEnabled(on);
}

// Esc in workshop mode: first it ends typing on the map, as it always does; then it leaves.
void MainWindow::escapePressed()
{
    auto *editor = currentMapEditor();
    if (editor && editor->scene()->isTyping()) {
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
        QApplication::sendEvent(editor->scene(), &escape);
        return;
    }
    setWorkshopMode(false);
}

} // namespace ts::app
