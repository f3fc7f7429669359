// Choosing and writing an export file: atomic (QSaveFile), and never over a workspace.
#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace ts::app {

// A save dialog in the documents folder; adds `suffix` when the name has none. Empty = cancel.
QString chooseExportFile(QWidget *parent, const QString &title, const QString &name,
                         const QString &filter, const QString &suffix);
// Writes atomically; refuses to replace an SQLite file (a workspace). An empty string on
// success, else one message naming the file and the problem.
QString writeExportFile(const QString &path, const QByteArray &bytes);

} // namespace ts::app
