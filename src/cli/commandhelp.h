// The help texts of touchstone-cli, written from the commands' specs.
#pragma once

#include "cli/commandspec.h"

#include <string>

namespace ts::cli {

class CommandRegistry;

// `touchstone-cli --help`: every command's synopsis and description, the global options and
// the exit codes.
std::string overviewHelp(const CommandRegistry &registry);
// `touchstone-cli help COMMAND`: synopsis, description, arguments, options, exit codes.
std::string commandHelp(const CommandSpec &spec);

} // namespace ts::cli
