// touchstone: the desktop app. `touchstone [FILE]`; with no FILE, the last workspace or the demo
// (docs/CLI.md, docs/man/touchstone.1).
#include "app/mainwindow.h"
#include "app/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>
#include <cstring>

namespace {

// --help and --version print and exit before a window opens, so they need no display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Touchstone"));
    QApplication::setOrganizationName(QStringLiteral("Touchstone"));
    QApplication::setApplicationVersion(QStringLiteral(TOUCHSTONE_VERSION));
    // The desktop entry and icon installed from desktop/: the window manager and Wayland match
    // the window to the menu entry by this name, and the taskbar shows the same icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.touchstone.Touchstone"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.touchstone.Touchstone.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Touchstone, the customer-experience workbench. Opens FILE; without it, the last "
        "workspace, or on first start the demo workspace, which it creates in the data "
        "folder.\n"
        "Qt's standard options (-platform, -style, -stylesheet, -reverse, ...) are "
        "accepted too; --help-all lists them."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "Workspace file (*.cxw) to open"),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                                    "main",
                                    "touchstone: one workspace FILE at a time, not %1; usage: "
                                    "touchstone [options] [FILE]")
                                    .arg(parser.positionalArguments().size())));
        return 1;
    }
    ts::app::setUpLogging();

    ts::app::MainWindow window;
    const QString file = parser.positionalArguments().value(0, ts::app::startupWorkspace());
    if (!file.isEmpty())
        window.openWorkspace(file);
    window.show();
    return app.exec();
}
