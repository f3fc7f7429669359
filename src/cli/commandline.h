// The arguments of one command, parsed with exactly the options its CommandSpec declares.
#pragma once

#include "cli/commandspec.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ts::cli {

class CommandLine
{
public:
    // `args` start with the command's name. Throws the command's usage error when an option is
    // unknown or lacks its value, or (unless --help is given) when the positional arguments are
    // too few or too many.
    CommandLine(const CommandSpec &spec, const QStringList &args);

    const CommandSpec &spec() const { return m_spec; }
    bool helpRequested() const;
    // The positional argument at `index`; empty when it is optional and not given.
    QString argument(int index) const;
    std::string path(int index) const { return argument(index).toStdString(); }
    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    QStringList values(const QString &option) const;

private:
    // Asking for an option the spec does not declare is a bug, not an unset option.
    const QString &declared(const QString &option) const;

    const CommandSpec &m_spec;
    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace ts::cli
