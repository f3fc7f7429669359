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

QStringList parseArguments(QCommandLineParser &parser, const QStringList &args, int positional,
                           const char *synopsis)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("touchstone-cli")} + args))
        throw Error(ErrorKind::Usage,
                    "touchstone-cli " + parser.errorText().toStdString()
                        + "; usage: touchstone-cli " + synopsis);
    auto rest = parser.positionalArguments();
    rest.removeFirst();
    if (rest.size() != positional)
        throw Error(ErrorKind::Usage, std::string("usage: touchstone-cli ") + synopsis);
    return rest;
}

} // namespace ts::cli
