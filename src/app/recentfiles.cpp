#include "app/recentfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace ts::app {
namespace {

const QString kRecentKey = QStringLiteral("recentFiles");

void store(const QStringList &files)
{
    QSettings().setValue(kRecentKey, files);
}

// Paths hold slashes, which QSettings reads as groups: key each workspace by a hash instead.
QString tabsGroup(const QString &workspacePath)
{
    const QByteArray path = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return QStringLiteral("openTabs/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace

QStringList RecentFiles::list()
{
    const QStringList stored = QSettings().value(kRecentKey).toStringList();
    QStringList existing;
    for (const auto &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    while (existing.size() > maxCount)
        existing.removeLast();
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(kRecentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxCount)
        files.removeLast();
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

TabSession savedTabs(const QString &workspacePath)
{
    QSettings settings;
    settings.beginGroup(tabsGroup(workspacePath));
    return {settings.value(QStringLiteral("tabs")).toStringList(),
            settings.value(QStringLiteral("current"), -1).toInt()};
}

void saveTabs(const QString &workspacePath, const TabSession &session)
{
    QSettings settings;
    settings.beginGroup(tabsGroup(workspacePath));
    settings.setValue(QStringLiteral("path"), QFileInfo(workspacePath).absoluteFilePath());
    settings.setValue(QStringLiteral("tabs"), session.tabs);
    settings.setValue(QStringLiteral("current"), session.current);
}

} // namespace ts::app
