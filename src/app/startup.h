// What the app opens at start: the last workspace, or the demo on first start; and logging.
#pragma once

#include <QString>

namespace ts::app {

// Rotating log file in the user's data folder; user data is never logged at info level.
void setUpLogging();
// The last workspace opened (QSettings), or the demo workspace in AppDataLocation,
// created on first start. Empty when neither can be had (the window then offers New/Open).
QString startupWorkspace();
void rememberWorkspace(const QString &path);

} // namespace ts::app
