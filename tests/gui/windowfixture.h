// Shared set-up of the main-window tests: private settings, a demo workspace, screenshots.
#pragma once

#include "app/mainwindow.h"
#include "app/mapeditor/mapeditor.h"
#include "app/workspacedocument.h"
#include "guiapp.h"
#include "interchange/demo.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

namespace ts::test {

// QSettings (recent files, open tabs, window state) in a folder of this test's own, so a test
// neither reads nor changes the settings of the person running it, nor of another test.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        guiApplication();
        QCoreApplication::setOrganizationName(QStringLiteral("TouchstoneTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

private:
    QTemporaryDir m_dir;
};

inline std::string makeDemo(const TempDir &dir, const std::string &name = "Northwind Motors.cxw")
{
    const auto path = dir.file(name);
    storage::WorkspaceFile::create(path, [](storage::Database &db) {
        storage::storeWorkspace(db, interchange::demoWorkspace());
    });
    return path;
}

// What the file holds now, read through a second connection as another process would.
inline Workspace fileState(const std::string &path)
{
    auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    return storage::loadWorkspace(reader->db());
}

// Saves what the user sees, for docs/images and for looking at.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    widget.grab().save(folder + QLatin1Char('/') + name);
}

// The save state shown in the status bar.
inline QString saveState(app::MainWindow &window)
{
    const auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("saveState"));
    return label ? label->text() : QString();
}

// Selects a card as "go to" does; the window follows once the scene has settled.
inline void selectCard(app::MapEditor *editor, Id cardId)
{
    editor->selectCard(cardId);
    QCoreApplication::processEvents();
}

struct WindowFixture
{
    IsolatedSettings settings;
    TempDir dir;
    std::string path = makeDemo(dir);
    std::unique_ptr<app::MainWindow> window = std::make_unique<app::MainWindow>();

    explicit WindowFixture(bool open = true)
    {
        window->resize(1600, 1000);
        if (open)
            REQUIRE(window->openWorkspace(QString::fromStdString(path)));
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    app::WorkspaceDocument &doc() { return *window->document(); }
    Workspace file() const { return fileState(path); }
    const Card *firstCard(Id mapId, CardKind kind)
    {
        for (const auto &c : doc().workspace().cards)
            if (c.mapId == mapId && c.kind == kind)
                return &c;
        return nullptr;
    }
};

} // namespace ts::test
