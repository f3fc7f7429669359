// Shared plumbing of touchstone-cli commands: arguments, exit codes, output files.
#pragma once

#include "core/error.h"

#include <QCommandLineParser>
#include <QStringList>
#include <string>

namespace ts::cli {

enum ExitCode { Ok = 0, Problems = 1, Usage = 2, BadInput = 3, CannotWrite = 4 };

// The exit code of the contract for an Error.
int exitCodeFor(const Error &error);

// Writes `bytes` to `path` atomically (QSaveFile); refuses to overwrite a workspace file.
void writeOutput(const std::string &path, const std::string &bytes);
// Reads a whole input file, or throws BadInput naming it.
std::string readInput(const std::string &path);
// Parses `args` (the command first) with `parser`'s options; throws Usage with the synopsis
// unless exactly `positional` positional arguments follow the command.
QStringList parseArguments(QCommandLineParser &parser, const QStringList &args, int positional,
                           const char *synopsis);

int runNew(const QStringList &args);
int runInfo(const QStringList &args);
int runCheck(const QStringList &args);
int runExportJson(const QStringList &args);
int runImportJson(const QStringList &args);
int runRenderMap(const QStringList &args);
int runExportPdf(const QStringList &args);
int runGaps(const QStringList &args);
int runImportSurvey(const QStringList &args);
int runMetrics(const QStringList &args);

} // namespace ts::cli
