#include "cli/commandregistry.h"

#include "cli/clicommand.h"
#include "cli/commandhelp.h"

#include <algorithm>
#include <cstdio>

namespace ts::cli {
namespace {

std::string commandNames(const std::vector<Command> &commands)
{
    std::string out;
    for (const auto &command : commands)
        out += (out.empty() ? "" : ", ") + command.spec.name.toStdString();
    return out;
}

} // namespace

CommandRegistry::CommandRegistry(std::vector<Command> commands)
    : m_commands(std::move(commands))
{ }

const CommandRegistry &CommandRegistry::builtIn()
{
    static const CommandRegistry registry({newCommand(), infoCommand(), checkCommand(),
                                           exportJsonCommand(), importJsonCommand(),
                                           importSurveyCommand(), metricsCommand(), gapsCommand(),
                                           exportPdfCommand(), renderMapCommand(), helpCommand()});
    return registry;
}

const Command *CommandRegistry::find(const QString &name) const
{
    const auto found = std::find_if(m_commands.begin(), m_commands.end(),
                                    [&](const Command &c) { return c.spec.name == name; });
    return found == m_commands.end() ? nullptr : &*found;
}

int CommandRegistry::run(const QStringList &args, const QString &version) const
{
    try {
        return dispatch(args, version);
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return exitCodeFor(e);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "touchstone-cli: internal error: %s\n", e.what());
        return BadInput;
    }
}

int CommandRegistry::dispatch(const QStringList &args, const QString &version) const
{
    if (args.isEmpty()) {
        std::fputs(overviewHelp(*this).c_str(), stderr);
        return Usage;
    }
    const QString &first = args.first();
    if (first == QLatin1String("--version")) {
        if (args.size() > 1)
            throw Error(ErrorKind::Usage, "touchstone-cli: --version takes no arguments");
        std::printf("touchstone-cli %s\n", qPrintable(version));
        return Ok;
    }
    const bool help = first == QLatin1String("--help") || first == QLatin1String("-h");
    const Command *command = find(help ? QStringLiteral("help") : first);
    if (!command)
        throw Error(ErrorKind::Usage,
                    "touchstone-cli: unknown "
                        + std::string(first.startsWith('-') ? "option" : "command") + " \""
                        + first.toStdString() + "\"; commands: " + commandNames(m_commands)
                        + "; touchstone-cli --help describes them");
    const CommandLine line(command->spec,
                           help ? QStringList {QStringLiteral("help")} + args.mid(1) : args);
    if (line.helpRequested()) {
        std::fputs(commandHelp(command->spec).c_str(), stdout);
        return Ok;
    }
    return command->run(line);
}

} // namespace ts::cli
