#include "clirunner.h"

#include <QProcess>

namespace ts::test {

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TOUCHSTONE_CLI), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

} // namespace ts::test
