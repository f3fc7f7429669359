// What a touchstone-cli command says about itself, once: its parser, its help, the overview of
// `touchstone-cli --help` and its usage errors are all built from this description.
#pragma once

#include <QString>
#include <string>
#include <vector>

namespace ts::cli {

struct OptionSpec
{
    QString name; // without the dashes: "json" is --json
    QString valueName; // what the synopsis shows for its value; empty for a flag
    QString description; // one line, lower case, no full stop
    QString defaultValue; // empty: none
    bool repeatable = false;

    // --name, set or not.
    static OptionSpec flag(const QString &name, const QString &description);
    // --name VALUE.
    static OptionSpec withValue(const QString &name, const QString &valueName,
                                const QString &description, const QString &defaultValue = {});
    // This option, which may be given more than once.
    OptionSpec repeated() const;
};

struct ArgumentSpec
{
    QString name; // as the synopsis shows it: FILE, OUT.json
    QString description;
    bool optional = false; // only the last arguments may be optional
};

struct ExitCodeSpec
{
    int code = 0;
    QString meaning;
};

struct CommandSpec
{
    QString name;
    QString description; // one line, a sentence
    std::vector<ArgumentSpec> arguments;
    std::vector<OptionSpec> options;
    std::vector<ExitCodeSpec> exitCodes;

    // The command, its arguments and its options: "new FILE [--demo]".
    QString synopsis() const;
    // The option named `name`, or null.
    const OptionSpec *option(const QString &name) const;
    // How many positional arguments the command needs at least.
    int requiredArguments() const;
    // Throws a usage error: "touchstone-cli NAME: PROBLEM; usage: touchstone-cli SYNOPSIS".
    [[noreturn]] void usageError(const std::string &problem) const;
};

} // namespace ts::cli
