#include "app/canvas/canvaseditor.h"
#include "app/canvas/communicationplan.h"
#include "app/canvas/departmentseditor.h"
#include "app/cardform.h"
#include "app/gaps/gapsview.h"
#include "app/gaps/reviewerprofile.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapview.h"
#include "app/metrics/metricspanel.h"
#include "app/propertiespanel.h"
#include "app/recentfiles.h"
#include "app/roadmap/roadmapeditor.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ts;
using namespace ts::test;
using app::Area;

namespace {

bool enabled(app::MainWindow &window, const char *action)
{
    auto *a = window.action(QLatin1String(action));
    REQUIRE(a);
    return a->isEnabled();
}

QStringList tabKeys(app::MainWindow &window)
{
    QStringList keys;
    for (int i = 0; i < window.tabs()->count(); ++i)
        keys << window.tabs()->widget(i)->property("tabKey").toString();
    return keys;
}

// Answers the "open it read-only?" question with Yes, as a user would.
void answerYesSoon()
{
    QTimer::singleShot(0, [] {
        for (auto *widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox") && widget->isVisible())
                QTest::keyClick(widget, Qt::Key_Y, Qt::AltModifier);
    });
    QTimer::singleShot(50, [] {
        for (auto *widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox") && widget->isVisible())
                QTest::keyClick(widget, Qt::Key_Return);
    });
}

} // namespace

TEST_CASE_METHOD(WindowFixture,
                 "the demo opens with its first map in a tab, the areas in the navigator",
                 "[gui][mainwindow]")
{
    CHECK(window->windowTitle().startsWith(QStringLiteral("Northwind Motors.cxw")));
    CHECK(saveState(*window) == QStringLiteral("All changes saved"));
    auto *tree = window->navigator();
    CHECK(tree->topLevelItemCount() == 7);
    auto *maps = tree->itemFor(Area::Maps);
    REQUIRE(maps);
    CHECK(maps->childCount() >= 3);
    auto *editor = window->currentMapEditor();
    REQUIRE(editor);
    CHECK(editor->mapId() == doc().workspace().maps.front().id);
    CHECK_FALSE(window->historyDock()->isVisible());

    // Activating another map opens its tab; activating it again focuses the same tab.
    const Id second = doc().workspace().maps[1].id;
    emit tree->itemActivated(tree->itemFor(Area::Map, second), 0);
    CHECK(window->currentMapEditor()->mapId() == second);
    emit tree->itemActivated(tree->itemFor(Area::Map, second), 0);
    CHECK(window->tabs()->count() == 2);
    // The other areas open their editors or overviews.
    for (auto area : {Area::Canvas, Area::Departments, Area::Personas, Area::Metrics, Area::Roadmap,
                      Area::Gaps})
        CHECK(window->openArea(area));
    CHECK(window->tabs()->count() == 8);
    CHECK_FALSE(window->currentMapEditor());
    CHECK_FALSE(enabled(*window, "editDelete"));
}

TEST_CASE_METHOD(
    WindowFixture,
    "a card's title edited in the properties panel is in the file and Ctrl+Z restores it",
    "[gui][mainwindow]")
{
    auto *editor = window->currentMapEditor();
    REQUIRE(editor);
    const Card *card = firstCard(editor->mapId(), CardKind::Touchpoint);
    REQUIRE(card);
    const Card before = *card;
    selectCard(editor, before.id);
    auto *form = window->propertiesPanel()->cardForm();
    REQUIRE(form->isVisible());
    CHECK(form->cardId() == before.id);
    CHECK(form->titleEdit()->text() == QString::fromStdString(before.title));

    const int undoCount = doc().undoStack()->count();
    form->titleEdit()->setFocus();
    form->titleEdit()->selectAll();
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Test drive booked online"));
    QTest::keyClick(form->titleEdit(), Qt::Key_Return);
    CHECK(findById(file().cards, before.id)->title == "Test drive booked online");
    CHECK(doc().undoStack()->count() == undoCount + 1); // one field change, one command
    CHECK(saveState(*window) == QStringLiteral("All changes saved"));

    editor->view()->setFocus();
    QTest::keyClick(editor->view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(findById(file().cards, before.id)->title == before.title);
    CHECK(form->titleEdit()->text() == QString::fromStdString(before.title));
    QTest::keyClick(editor->view(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(findById(file().cards, before.id)->title == "Test drive booked online");
    QTest::keyClick(editor->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(editor->view(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(findById(file().cards, before.id)->title == before.title);

    selectCard(editor, before.id);
    editor->view()->setFocus();
    window->resize(1800, 1000);
    QCoreApplication::processEvents();
    editor->view()->horizontalScrollBar()->setValue(0); // the stage and lane headers in view
    editor->view()->verticalScrollBar()->setValue(0);
    saveScreenshot(*window, QStringLiteral("main-window.png"));

    // A refused change (a card needs a title) is shown in red and the field shows the file.
    form->titleEdit()->setFocus();
    form->titleEdit()->clear();
    QTest::keyClick(form->titleEdit(), Qt::Key_Space);
    QTest::keyClick(form->titleEdit(), Qt::Key_Return);
    CHECK(findById(file().cards, before.id)->title == before.title);
    CHECK(form->titleEdit()->text() == QString::fromStdString(before.title));
    CHECK(saveState(*window).contains(QStringLiteral("a card needs a title")));
}

TEST_CASE_METHOD(WindowFixture,
                 "edit actions forward to the map with the focus and follow the selection",
                 "[gui][mainwindow]")
{
    auto *editor = window->currentMapEditor();
    const Card *card = firstCard(editor->mapId(), CardKind::PainPoint);
    REQUIRE(card);
    const Id id = card->id;
    const auto cardsBefore = file().cards.size();
    CHECK_FALSE(enabled(*window, "editDuplicate"));
    selectCard(editor, id);
    CHECK(enabled(*window, "editDuplicate"));
    editor->view()->setFocus();
    QTest::keyClick(editor->view(), Qt::Key_D, Qt::ControlModifier);
    CHECK(file().cards.size() == cardsBefore + 1);
    window->action(QStringLiteral("editUndo"))->trigger();
    CHECK(file().cards.size() == cardsBefore);
    selectCard(editor, id);
    QTest::keyClick(editor->view(), Qt::Key_Delete);
    CHECK_FALSE(findById(file().cards, id));
    window->action(QStringLiteral("editUndo"))->trigger();
    CHECK(findById(file().cards, id));
}

TEST_CASE("a workspace held by another writer opens read-only, and every edit action is off",
          "[gui][mainwindow]")
{
    WindowFixture f(false);
    auto writer = storage::WorkspaceFile::open(f.path, storage::WorkspaceFile::Access::ReadWrite);
    answerYesSoon();
    REQUIRE(f.window->openWorkspace(QString::fromStdString(f.path)));
    auto &window = *f.window;
    REQUIRE(window.workspaceFile());
    CHECK(window.workspaceFile()->readOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("[read-only]")));
    CHECK(saveState(window) == QStringLiteral("Read-only"));
    auto *editor = window.currentMapEditor();
    REQUIRE(editor);
    selectCard(editor, f.firstCard(editor->mapId(), CardKind::Touchpoint)->id);
    for (const char *name :
         {"editUndo", "editRedo", "editPaste", "editDuplicate", "editDelete", "editRename",
          "mapNew", "mapNewPersona", "mapAddStage", "mapEditPersona", "mapRename"})
        CHECK_FALSE(enabled(window, name));
    CHECK(enabled(window, "editCopy"));
    CHECK(enabled(window, "viewZoomIn"));
    CHECK(window.propertiesPanel()->cardForm()->titleEdit()->isReadOnly());
    CHECK_FALSE(window.newMapFromTemplate());
}

TEST_CASE("a bad file leaves the window empty with a clear state", "[gui][mainwindow]")
{
    WindowFixture f(false);
    QFile bad(QString::fromStdString(f.dir.file("bad.cxw")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a workspace");
    bad.close();
    CHECK_FALSE(f.window->openWorkspace(bad.fileName()));
    CHECK_FALSE(f.window->workspaceFile());
    CHECK(f.window->windowTitle() == QStringLiteral("Touchstone"));
    CHECK(saveState(*f.window).contains(QStringLiteral("not a Touchstone workspace")));
    CHECK_FALSE(enabled(*f.window, "fileSaveAs"));
    CHECK(app::RecentFiles::list().isEmpty());
}

TEST_CASE_METHOD(WindowFixture,
                 "workshop mode: full screen, chrome hidden, large type, F11 or Esc leaves",
                 "[gui][mainwindow]")
{
    auto *editor = window->currentMapEditor();
    REQUIRE(editor);
    editor->view()->setFocus();
    QTest::keyClick(editor->view(), Qt::Key_F11);
    CHECK(window->isWorkshopMode());
    CHECK(editor->workshopMode());
    CHECK(window->isFullScreen());
    CHECK_FALSE(window->menuBar()->isVisible());
    CHECK_FALSE(window->statusBar()->isVisible());
    CHECK_FALSE(window->propertiesPanel()->isVisible());
    // The offscreen screen is small: show it as a WXGA (1280x800) projector would.
    window->setWindowState(Qt::WindowNoState);
    window->resize(1280, 800);
    QTest::qWait(50);
    saveScreenshot(*window, QStringLiteral("workshop-mode.png"));

    // Esc first ends typing on the map, then leaves workshop mode.
    QTest::keyClicks(editor->view(), QStringLiteral("New idea"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(window->isWorkshopMode());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(window->isWorkshopMode());
    CHECK_FALSE(editor->workshopMode());
    CHECK(window->menuBar()->isVisible());
    CHECK(window->propertiesPanel()->isVisible());
    QTest::keyClick(editor->view(), Qt::Key_F11);
    CHECK(window->isWorkshopMode());
    QTest::keyClick(editor->view(), Qt::Key_F11);
    CHECK_FALSE(window->isWorkshopMode());
}

TEST_CASE("recent files: most recent first, at most ten, missing files pruned", "[gui][mainwindow]")
{
    IsolatedSettings settings;
    TempDir dir;
    const auto a = QString::fromStdString(makeDemo(dir, "a.cxw"));
    const auto b = QString::fromStdString(makeDemo(dir, "b.cxw"));
    {
        app::MainWindow window;
        REQUIRE(window.openWorkspace(a));
        REQUIRE(window.openWorkspace(b));
        CHECK(window.document()->fileName() == b);
        auto *recent = window.menuBar()->findChild<QMenu *>();
        REQUIRE(recent);
    }
    CHECK(app::RecentFiles::list() == QStringList {b, a});
    for (int i = 0; i < 12; ++i) {
        QFile f(QString::fromStdString(dir.file("w" + std::to_string(i) + ".cxw")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        app::RecentFiles::add(f.fileName());
    }
    CHECK(app::RecentFiles::list().size() == app::RecentFiles::maxCount);
    CHECK(app::RecentFiles::list().front().endsWith(QStringLiteral("w11.cxw")));
    QFile::remove(QString::fromStdString(dir.file("w11.cxw")));
    CHECK(app::RecentFiles::list().front().endsWith(QStringLiteral("w10.cxw")));
    CHECK(app::RecentFiles::list().size() == app::RecentFiles::maxCount - 1);
}

TEST_CASE("open tabs and the window's layout come back on restart", "[gui][mainwindow]")
{
    IsolatedSettings settings;
    TempDir dir;
    const auto path = QString::fromStdString(makeDemo(dir));
    QStringList keys;
    Id third = 0;
    {
        app::MainWindow window;
        REQUIRE(window.openWorkspace(path));
        third = window.document()->workspace().maps[2].id;
        window.openArea(Area::Canvas);
        window.openMap(third);
        window.historyDock()->show();
        keys = tabKeys(window);
        window.close(); // saves the layout
    }
    CHECK(keys.size() == 3);
    app::MainWindow window;
    REQUIRE(window.openWorkspace(path));
    CHECK(tabKeys(window) == keys);
    REQUIRE(window.currentMapEditor());
    CHECK(window.currentMapEditor()->mapId() == third);
    window.show();
    CHECK(window.historyDock()->isVisible());
}

TEST_CASE_METHOD(WindowFixture, "the status bar shows who is reviewing, and follows a change",
                 "[gui][mainwindow]")
{
    auto *label = window->statusBar()->findChild<QLabel *>(QStringLiteral("reviewer"));
    REQUIRE(label);
    app::ReviewerProfile::instance().setName(QStringLiteral("Priya"));
    CHECK(label->text() == QStringLiteral("Reviewer: Priya"));
    app::ReviewerProfile::instance().setName(QStringLiteral("Tom"));
    CHECK(label->text() == QStringLiteral("Reviewer: Tom"));
}

TEST_CASE_METHOD(
    WindowFixture,
    "File > Export writes the map as PNG and SVG and the tables as CSV, never over a workspace",
    "[gui][mainwindow]")
{
    auto *editor = window->openMap(doc().workspace().maps.front().id);
    REQUIRE(editor);
    const auto png = QString::fromStdString(dir.file("map.png"));
    REQUIRE(window->exportCurrentMap(png, 72));
    QImage image(png);
    CHECK(image.width() > 500);
    const auto svg = QString::fromStdString(dir.file("map.svg"));
    REQUIRE(window->exportCurrentMap(svg, 96));
    QFile svgFile(svg);
    REQUIRE(svgFile.open(QIODevice::ReadOnly));
    CHECK(svgFile.readAll().contains("Awareness"));
    const auto csv = QString::fromStdString(dir.file("pains.csv"));
    REQUIRE(window->exportCsv(csv, app::MainWindow::CsvTable::PainPoints));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readLine().startsWith("map,stage,pain point,severity"));
    // The workspace itself is never replaced by an export.
    const auto before = fileState(path).cards.size();
    CHECK_FALSE(
        window->exportCsv(QString::fromStdString(path), app::MainWindow::CsvTable::Initiatives));
    CHECK(fileState(path).cards.size() == before);
}

TEST_CASE_METHOD(WindowFixture, "every area of the navigator opens its editor", "[gui][mainwindow]")
{
    CHECK(qobject_cast<app::MetricsPanel *>(window->openArea(Area::Metrics)));
    CHECK(qobject_cast<app::GapsView *>(window->openArea(Area::Gaps)));
    CHECK(qobject_cast<app::RoadmapEditor *>(window->openArea(Area::Roadmap)));
    CHECK(qobject_cast<app::CanvasEditor *>(window->openArea(Area::Canvas)));
    CHECK(qobject_cast<app::DepartmentsEditor *>(window->openArea(Area::Departments)));
    CHECK(qobject_cast<app::CommunicationPlanEditor *>(window->openArea(Area::Communication)));
}
