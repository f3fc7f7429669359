// Reads touchstone-cli's help texts the way a person or a script would: the commands of the
// overview with their synopses, and the options and exit codes a text names.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace ts::test {

struct HelpCommand
{
    std::string name;
    std::string synopsis; // "new FILE [--demo]"
    std::string description;
    std::set<std::string> options; // "--demo"
};

struct Overview
{
    std::vector<HelpCommand> commands;
    std::set<std::string> globalOptions; // "--help", "--version"
};

// The "commands:" and "options:" blocks of `touchstone-cli --help`.
Overview parseOverview(const std::string &help);
// Every "--name" in `text`.
std::set<std::string> optionsIn(const std::string &text);
// The codes of the "exit codes:" block of `touchstone-cli help COMMAND`.
std::set<int> exitCodesOf(const std::string &commandHelp);
// The lines of `text`, without their line feeds.
std::vector<std::string> linesOf(const std::string &text);

} // namespace ts::test
