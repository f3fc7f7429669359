// touchstone-cli: the headless twin of the Touchstone app (see PRODUCT.md for the contract).
#include "cli/clicommand.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <functional>
#include <map>

namespace {

const char *const kUsage =
    "usage: touchstone-cli COMMAND [ARGS]\n"
    "  new FILE [--demo]                 create a workspace; --demo fills it with the demo content\n"
    "  info FILE [--json]                what is inside: maps, stages, cards, responses, ...\n"
    "  check FILE                        integrity and schema check\n"
    "  export-json FILE OUT.json         the whole workspace as JSON (lossless)\n"
    "  import-json IN.json FILE          a new workspace from JSON (FILE must not exist)\n"
    "exit codes: 0 ok, 1 problems found, 2 usage, 3 bad input, 4 could not write\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("touchstone-cli"));
    spdlog::set_level(spdlog::level::warn);
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("new"), ts::cli::runNew},
        {QStringLiteral("info"), ts::cli::runInfo},
        {QStringLiteral("check"), ts::cli::runCheck},
        {QStringLiteral("export-json"), ts::cli::runExportJson},
        {QStringLiteral("import-json"), ts::cli::runImportJson},
    };
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ts::cli::Usage : ts::cli::Ok;
    }
    const auto command = commands.find(args.first());
    if (command == commands.end()) {
        std::fprintf(stderr, "touchstone-cli: unknown command \"%s\"\n%s", qPrintable(args.first()), kUsage);
        return ts::cli::Usage;
    }
    try {
        return command->second(args);
    } catch (const ts::Error &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return ts::cli::exitCodeFor(e);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "touchstone-cli: internal error: %s\n", e.what());
        return ts::cli::BadInput;
    }
}
