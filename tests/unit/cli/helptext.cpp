#include "helptext.h"

#include <regex>
#include <sstream>

namespace ts::test {
namespace {

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first);
}

// The indented lines after the line `title` and before the next unindented one.
std::vector<std::string> block(const std::string &help, const std::string &title)
{
    std::vector<std::string> out;
    bool inside = false;
    for (const auto &line : linesOf(help)) {
        if (line == title)
            inside = true;
        else if (inside && !line.empty() && line[0] != ' ')
            break;
        else if (inside && !line.empty())
            out.push_back(line);
    }
    return out;
}

} // namespace

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::set<std::string> optionsIn(const std::string &text)
{
    static const std::regex option("--[a-z][a-z0-9-]*");
    std::set<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), option);
         it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

Overview parseOverview(const std::string &help)
{
    Overview overview;
    for (const auto &line : block(help, "commands:")) {
        if (startsWith(line, "  ") && line[2] != ' ') { // a synopsis
            HelpCommand command;
            command.synopsis = line.substr(2);
            command.name = command.synopsis.substr(0, command.synopsis.find(' '));
            command.options = optionsIn(command.synopsis);
            overview.commands.push_back(command);
        } else if (!overview.commands.empty()) { // its description, maybe on several lines
            auto &description = overview.commands.back().description;
            description += (description.empty() ? "" : " ") + trimmed(line);
        }
    }
    for (const auto &line : block(help, "options:"))
        for (const auto &option : optionsIn(line.substr(0, line.find("  ", 2))))
            overview.globalOptions.insert(option);
    return overview;
}

std::set<int> exitCodesOf(const std::string &commandHelp)
{
    static const std::regex code("  ([0-9]+)  .*");
    std::set<int> out;
    std::smatch match;
    for (const auto &line : block(commandHelp, "exit codes:"))
        if (std::regex_match(line, match, code))
            out.insert(std::stoi(match[1]));
    return out;
}

} // namespace ts::test
