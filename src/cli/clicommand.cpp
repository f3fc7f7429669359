#include "cli/clicommand.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ts::cli {

int exitCodeFor(const Error &error)
{
    switch (error.kind()) {
    case ErrorKind::Usage:
        return Usage;
    case ErrorKind::BadInput:
        return BadInput;
    case ErrorKind::Write:
    case ErrorKind::Locked:
        return CannotWrite;
    case ErrorKind::Internal:
        return BadInput;
    }
    return BadInput;
}

void writeOutput(const std::string &path, const std::string &bytes)
{
    const QString name = QString::fromStdString(path);
    QFile existing(name);
    if (existing.open(QIODevice::ReadOnly) && existing.read(16).startsWith("SQLite format 3"))
        throw Error(ErrorKind::Write,
                    path + ": is a database; refusing to overwrite it with an export");
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Write, path + ": cannot write: " + file.errorString().toStdString());
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        throw Error(ErrorKind::Write, path + ": cannot write: " + file.errorString().toStdString());
}

std::string readInput(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::BadInput,
                    path + ": cannot read: " + file.errorString().toStdString());
    return file.readAll().toStdString();
}

ArgumentSpec workspaceArgument()
{
    return {QStringLiteral("FILE"),
            QStringLiteral("the workspace (*.cxw); opened read-only, so it "
                           "may be open in the app meanwhile")};
}

ExitCodeSpec usageExit(const QString &also)
{
    return {Usage,
            QStringLiteral("usage error: an unknown option, a missing or extra argument")
                + (also.isEmpty() ? QStringLiteral(" or ") : QStringLiteral(", "))
                + QStringLiteral("a value an option does not take")
                + (also.isEmpty() ? QString() : QStringLiteral(" or ") + also)};
}

ExitCodeSpec badWorkspaceExit(const QString &also)
{
    return {BadInput,
            QStringLiteral("FILE is missing, unreadable, not a Touchstone workspace, "
                           "damaged or from a newer Touchstone")
                + (also.isEmpty() ? QString() : QStringLiteral("; or ") + also)};
}

} // namespace ts::cli
