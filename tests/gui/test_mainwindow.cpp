#include "app/mainwindow.h"
#include "interchange/demo.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <catch2/catch.hpp>

using namespace ts;

namespace {

// One QApplication for the whole test executable, on the offscreen platform.
QApplication &application()
{
    static int argc = 1;
    static char name[] = "test_gui";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(argc, argv);
    return app;
}

std::string makeDemo(const test::TempDir &dir)
{
    const auto path = dir.file("Northwind Motors.cxw");
    storage::WorkspaceFile::create(path, [](storage::Database &db) {
        storage::storeWorkspace(db, interchange::demoWorkspace());
    });
    return path;
}

// Saves what the user sees, for docs/images and for looking at.
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    widget.grab().save(folder + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("the main window opens the demo workspace and lists its areas and maps", "[gui]")
{
    application();
    test::TempDir dir;
    const auto path = makeDemo(dir);
    app::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Northwind Motors.cxw")));
    auto *tree = window.findChild<QTreeWidget *>();
    REQUIRE(tree);
    CHECK(tree->topLevelItemCount() == 7);
    auto *maps = tree->topLevelItem(3);
    CHECK(maps->childCount() >= 3);
    auto *table = window.findChild<QTableWidget *>();
    REQUIRE(table);
    CHECK(table->rowCount() > 10); // the first map's cards
    CHECK(window.statusBar()->findChildren<QWidget *>().size() >= 2);
    saveScreenshot(window, QStringLiteral("main-window.png"));
}

TEST_CASE("a workspace held by another writer opens read-only when offered", "[gui]")
{
    application();
    test::TempDir dir;
    const auto path = makeDemo(dir);
    auto writer = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite);
    app::MainWindow window;
    // Accept the "open read-only?" question as a user would.
    QTimer::singleShot(0, [] {
        for (auto *widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox"))
                QTest::keyClick(widget, Qt::Key_Y, Qt::AltModifier);
    });
    QTimer::singleShot(50, [] {
        for (auto *widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox") && widget->isVisible())
                QTest::keyClick(widget, Qt::Key_Return);
    });
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    REQUIRE(window.workspaceFile());
    CHECK(window.workspaceFile()->readOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
}

TEST_CASE("a bad file leaves the window empty with a clear state", "[gui]")
{
    application();
    test::TempDir dir;
    QFile bad(QString::fromStdString(dir.file("bad.cxw")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a workspace");
    bad.close();
    app::MainWindow window;
    CHECK_FALSE(window.openWorkspace(bad.fileName()));
    CHECK_FALSE(window.workspaceFile());
    CHECK(window.windowTitle() == QStringLiteral("Touchstone"));
}
