// touchstone: the desktop app. `touchstone [FILE]`; with no FILE, the last workspace or the demo.
#include "app/mainwindow.h"
#include "app/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Touchstone"));
    QApplication::setOrganizationName(QStringLiteral("Touchstone"));
    QApplication::setApplicationVersion(QStringLiteral(TOUCHSTONE_VERSION));
    ts::app::setUpLogging();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer-experience workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Workspace file (*.cxw) to open"));
    parser.process(app);

    ts::app::MainWindow window;
    const QString file = parser.positionalArguments().value(0, ts::app::startupWorkspace());
    if (!file.isEmpty())
        window.openWorkspace(file);
    window.show();
    return app.exec();
}
