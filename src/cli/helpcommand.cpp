// help: the overview of every command, or the full help of one.
#include "cli/clicommand.h"
#include "cli/commandhelp.h"
#include "cli/commandregistry.h"

#include <cstdio>

namespace ts::cli {
namespace {

int run(const CommandLine &line)
{
    const auto &registry = CommandRegistry::builtIn();
    const QString name = line.argument(0);
    if (name.isEmpty()) {
        std::fputs(overviewHelp(registry).c_str(), stdout);
        return Ok;
    }
    const Command *command = registry.find(name);
    if (!command)
        line.spec().usageError("unknown command \"" + name.toStdString() + "\"");
    std::fputs(commandHelp(command->spec).c_str(), stdout);
    return Ok;
}

} // namespace

Command helpCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("help");
    spec.description = QStringLiteral("Print the help of one command, or without COMMAND the "
                                      "overview of them all.");
    spec.arguments = {{QStringLiteral("COMMAND"), QStringLiteral("a command's name"), true}};
    spec.exitCodes = {{Ok, QStringLiteral("the help was printed on stdout")},
                      {Usage, QStringLiteral("COMMAND is not a command")}};
    return {spec, run};
}

} // namespace ts::cli
