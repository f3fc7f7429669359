// Shared plumbing of touchstone-cli commands: exit codes, input and output files.
#pragma once

#include "cli/commandspec.h"
#include "core/error.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <string>

namespace ts::cli {

enum ExitCode { Ok = 0, Problems = 1, Usage = 2, BadInput = 3, CannotWrite = 4 };

// The exit code of the contract for an Error.
int exitCodeFor(const Error &error);

// Writes `bytes` to `path` atomically (QSaveFile); refuses to overwrite a workspace file.
void writeOutput(const std::string &path, const std::string &bytes);
// Reads a whole input file, or throws BadInput naming it.
std::string readInput(const std::string &path);

// `json` as printed on stdout. Text that is not valid UTF-8 (a name another program wrote into
// the file) is printed as U+FFFD and stderr says so, naming `file`, instead of the command
// failing on its own output.
template<typename Json> std::string jsonOutput(const Json &json, const std::string &file)
{
    try {
        return json.dump(2);
    } catch (const nlohmann::json::type_error &) {
        spdlog::warn("{}: some text is not valid UTF-8; it is shown with U+FFFD", file);
        return json.dump(2, ' ', false, Json::error_handler_t::replace);
    }
}

// FILE, a workspace that the command opens read-only.
ArgumentSpec workspaceArgument();

// Exit codes whose meaning many commands share, for their specs.
// 2: an unknown option, a missing or extra argument, a value the option does not take, or `also`.
ExitCodeSpec usageExit(const QString &also = {});
// 3: FILE is missing, unreadable, not a workspace, damaged or from a newer Touchstone; or `also`.
ExitCodeSpec badWorkspaceExit(const QString &also = {});

} // namespace ts::cli
