// What the app remembers between runs in QSettings: the recently opened workspaces and, per
// workspace, the editor tabs that were open.
#pragma once

#include <QStringList>

namespace ts::app {

class RecentFiles
{
public:
    static constexpr int maxCount = 10;

    // Most recent first; files that no longer exist are pruned from the list as it is read.
    static QStringList list();
    // Puts `path` (made absolute) first, dropping an older entry and the ones beyond maxCount.
    static void add(const QString &path);
    static void clear();
};

// The editor tabs of one workspace ("map:12", "area:canvas", ...) and which one was current.
struct TabSession
{
    QStringList tabs;
    int current = -1;
};

TabSession savedTabs(const QString &workspacePath);
void saveTabs(const QString &workspacePath, const TabSession &session);

} // namespace ts::app
