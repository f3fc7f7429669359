// Every touchstone-cli command in the order the help lists them, and the dispatch of a command
// line to one of them.
#pragma once

#include "cli/command.h"

#include <QStringList>
#include <vector>

namespace ts::cli {

class CommandRegistry
{
public:
    static const CommandRegistry &builtIn();

    const std::vector<Command> &commands() const { return m_commands; }
    // The command named `name`, or null.
    const Command *find(const QString &name) const;

    // Runs a command line (without the program's name): the overview with no arguments (on
    // stderr, exit 2) or --help, `--version`, or a command. Prints an error as one line on
    // stderr and returns the exit code of the contract.
    int run(const QStringList &args, const QString &version) const;

private:
    explicit CommandRegistry(std::vector<Command> commands);
    int dispatch(const QStringList &args, const QString &version) const;

    std::vector<Command> m_commands;
};

} // namespace ts::cli
