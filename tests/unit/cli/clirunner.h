// Runs the real touchstone-cli binary and captures its exit code and output.
#pragma once

#include <QStringList>
#include <string>

namespace ts::test {

struct CliResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

CliResult runCli(const QStringList &arguments);

} // namespace ts::test
