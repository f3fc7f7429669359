#include "app/startup.h"

#include "app/recentfiles.h"
#include "interchange/demo.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace ts::app {

void setUpLogging()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    try {
        auto logger = spdlog::rotating_logger_mt(
            "touchstone", (folder + QStringLiteral("/touchstone.log")).toStdString(), 1024 * 1024,
            3);
        spdlog::set_default_logger(logger);
        spdlog::flush_on(spdlog::level::warn);
    } catch (const spdlog::spdlog_ex &e) {
        spdlog::warn("cannot log to {}: {}", folder.toStdString(), e.what());
    }
}

QString startupWorkspace()
{
    const QStringList recent = RecentFiles::list();
    if (!recent.isEmpty())
        return recent.front();
    const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString demo = folder + QStringLiteral("/Northwind Motors (demo).cxw");
    if (QFileInfo::exists(demo))
        return demo;
    try {
        const auto content = interchange::demoWorkspace();
        storage::WorkspaceFile::create(demo.toStdString(), [&](storage::Database &db) {
            storage::storeWorkspace(db, content);
        });
        return demo;
    } catch (const std::exception &e) {
        spdlog::error("cannot create the demo workspace: {}", e.what());
        return {};
    }
}

void rememberWorkspace(const QString &path)
{
    QSettings settings;
    settings.setValue(QStringLiteral("lastWorkspace"), QFileInfo(path).absoluteFilePath());
    RecentFiles::add(path);
}

} // namespace ts::app
