// touchstone-cli: the headless twin of the Touchstone app (see PRODUCT.md for the contract).
#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <spdlog/spdlog.h>

namespace {

const char *const kUsage
    = "usage: touchstone-cli COMMAND [ARGS]\n"
      "  new FILE [--demo]                 create a workspace; --demo fills it with the demo "
      "content\n"
      "  info FILE [--json]                what is inside: maps, stages, cards, responses, ...\n"
      "  check FILE                        integrity and schema check\n"
      "  export-json FILE OUT.json         the whole workspace as JSON (lossless)\n"
      "  import-json IN.json FILE          a new workspace from JSON (FILE must not exist)\n"
      "  import-survey FILE CSV [--format auto|generic|qualtrics|surveymonkey] [--map "
      "COLUMN=FIELD]... [--skip-bad]\n"
      "                                    survey responses from a CSV export, as one undoable "
      "import\n"
      "  metrics FILE [--json] [--by stage|touchpoint|segment|period|quarter]\n"
      "                                    NPS, CSAT, CES and retention with n and 95% intervals\n"
      "  gaps FILE [--json]                alignment gaps; exit 1 when any is critical\n"
      "  export-pdf FILE OUT.pdf [--page A4|Letter|A3] [--sections LIST] [--author NAME] [--logo "
      "IMAGE]\n"
      "                                    the strategy report; LIST: "
      "title,contents,canvas,vision,maps,\n"
      "                                    painpoints,metrics,gaps,roadmap,appendix\n"
      "  render-map FILE MAP OUT.png|OUT.svg [--dpi N]  one journey map as an image; MAP: name or "
      "id\n"
      "exit codes: 0 ok, 1 problems found, 2 usage, 3 bad input, 4 could not write\n";

// Commands that paint need fonts, hence a QGuiApplication; headless unless told otherwise.
bool paints(int argc, char *argv[])
{
    return argc > 1
        && (std::strcmp(argv[1], "render-map") == 0 || std::strcmp(argv[1], "export-pdf") == 0);
}

// Qt's chatter (e.g. "XDG_RUNTIME_DIR not set" under the offscreen platform) would break the
// one-line error contract; it goes to the debug log instead.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "touchstone-cli: %s\n", qPrintable(message));
    else
        spdlog::debug("qt: {}", message.toStdString());
}

} // namespace

int main(int argc, char *argv[])
{
    if (paints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (paints(argc, argv))
        qInstallMessageHandler(quietQtMessages);
    const auto app = paints(argc, argv) ? std::make_unique<QGuiApplication>(argc, argv)
                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("touchstone-cli"));
    spdlog::set_level(spdlog::level::warn);
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("new"), ts::cli::runNew},
        {QStringLiteral("info"), ts::cli::runInfo},
        {QStringLiteral("check"), ts::cli::runCheck},
        {QStringLiteral("export-json"), ts::cli::runExportJson},
        {QStringLiteral("import-json"), ts::cli::runImportJson},
        {QStringLiteral("render-map"), ts::cli::runRenderMap},
        {QStringLiteral("export-pdf"), ts::cli::runExportPdf},
        {QStringLiteral("gaps"), ts::cli::runGaps},
        {QStringLiteral("import-survey"), ts::cli::runImportSurvey},
        {QStringLiteral("metrics"), ts::cli::runMetrics},
    };
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ts::cli::Usage : ts::cli::Ok;
    }
    const auto command = commands.find(args.first());
    if (command == commands.end()) {
        std::fprintf(stderr, "touchstone-cli: unknown command \"%s\"\n%s", qPrintable(args.first()),
                     kUsage);
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
