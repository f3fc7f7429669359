// touchstone-cli: the headless twin of the Touchstone app (docs/CLI.md is the contract).
#include "cli/commandregistry.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

// Commands that paint need fonts, hence a QGuiApplication; headless unless told otherwise.
bool paints(int argc, char *argv[])
{
    const auto *command = argc > 1
        ? ts::cli::CommandRegistry::builtIn().find(QString::fromLocal8Bit(argv[1]))
        : nullptr;
    return command && command->paints;
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
    const bool gui = paints(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui)
        qInstallMessageHandler(quietQtMessages);
    const auto app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("touchstone-cli"));
    // Warnings (e.g. a survey import read from its rows) go to stderr: stdout is the output.
    spdlog::set_default_logger(spdlog::stderr_color_mt("touchstone-cli"));
    spdlog::set_level(spdlog::level::warn);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return ts::cli::CommandRegistry::builtIn().run(args, QStringLiteral(TOUCHSTONE_VERSION));
}
