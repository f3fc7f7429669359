// docs/CLI.md and docs/man/touchstone-cli.1 describe exactly the commands and options that
// `touchstone-cli --help` lists: a change to either side without the other fails here.
#include "clirunner.h"
#include "doctext.h"
#include "helptext.h"

#include <catch2/catch.hpp>
#include <map>
#include <regex>

using namespace ts::test;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Overview overview()
{
    const auto r = runCli({"--help"});
    REQUIRE(r.exitCode == 0);
    return parseOverview(r.out);
}

std::set<std::string> allOptions(const Overview &help)
{
    auto out = help.globalOptions;
    for (const auto &command : help.commands)
        out.insert(command.options.begin(), command.options.end());
    return out;
}

std::set<std::string> commandNames(const Overview &help)
{
    std::set<std::string> out;
    for (const auto &command : help.commands)
        out.insert(command.name);
    return out;
}

// Every "touchstone-cli WORD" in `text` names a command or a global option (or is a
// placeholder such as COMMAND, or the version).
void checkProgramUses(const std::string &text, const Overview &help)
{
    for (const auto &word : wordsAfterProgramName(text)) {
        INFO("touchstone-cli " << word);
        if (word[0] == '-')
            CHECK((help.globalOptions.count(word) == 1 || word == "-h"));
        else if (!std::isupper((unsigned char)word[0]) && !std::isdigit((unsigned char)word[0]))
            CHECK(commandNames(help).count(word) == 1);
    }
}

// The part of CLI.md about touchstone-cli: everything before the section on the app.
std::string cliPart(const std::string &markdown)
{
    const auto app = markdown.find("\n## The touchstone app");
    REQUIRE(app != std::string::npos);
    return markdown.substr(0, app);
}

// The codes named as `N` on the section's "Exit codes:" line.
std::set<int> exitCodesDocumented(const std::string &body)
{
    const auto start = body.find("\nExit codes:");
    REQUIRE(start != std::string::npos);
    const std::string line = body.substr(start + 1, body.find('\n', start + 1) - start - 1);
    static const std::regex code("`([0-9])`");
    std::set<int> out;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), code);
         it != std::sregex_iterator(); ++it)
        out.insert(std::stoi((*it)[1]));
    return out;
}

} // namespace

TEST_CASE("docs/CLI.md documents every command and option of --help", "[cli][docs]")
{
    const auto help = overview();
    const auto doc = cliPart(readDoc("docs/CLI.md"));
    std::map<std::string, std::string> sections;
    for (const auto &section : sectionsOf(doc, "###"))
        sections[section.heading] = section.body;
    for (const auto &command : help.commands) {
        INFO(command.name);
        REQUIRE(sections.count(command.name) == 1);
        const auto &body = sections[command.name];
        const auto first = body.find_first_not_of('\n');
        CHECK(body.substr(first, body.find('\n', first) - first)
              == "`touchstone-cli " + command.synopsis + "`");
        CHECK_THAT(body, Catch::Contains(command.description));
        for (const auto &option : command.options) {
            INFO(option);
            CHECK_THAT(body, Catch::Contains("\n- `" + option));
        }
        const auto commandHelp = runCli({"help", q(command.name)}).out;
        CHECK(exitCodesDocumented(body) == exitCodesOf(commandHelp));
    }
    CHECK_THAT(doc, Catch::Contains("`touchstone-cli " TOUCHSTONE_VERSION "`"));
}

TEST_CASE("docs/CLI.md names no command or option that touchstone-cli lacks", "[cli][docs]")
{
    const auto help = overview();
    const auto doc = cliPart(readDoc("docs/CLI.md"));
    std::map<std::string, HelpCommand> commands;
    for (const auto &command : help.commands)
        commands[command.name] = command;
    for (const auto &section : sectionsOf(doc, "##")) {
        if (section.heading != "Commands")
            continue;
        for (const auto &sub : sectionsOf(section.body, "###")) {
            INFO("### " << sub.heading);
            REQUIRE(commands.count(sub.heading) == 1);
            for (const auto &option : optionsIn(sub.body)) {
                INFO(option);
                CHECK((commands[sub.heading].options.count(option) == 1 || option == "--help"));
            }
        }
    }
    for (const auto &option : optionsIn(doc)) {
        INFO(option);
        CHECK(allOptions(help).count(option) == 1);
    }
    checkProgramUses(doc, help);
}

TEST_CASE("docs/man/touchstone-cli.1 lists every command and option of --help, and no other",
          "[cli][docs]")
{
    const auto help = overview();
    const auto man = plainRoff(readDoc("docs/man/touchstone-cli.1"));
    const auto lines = linesOf(man);
    // Each command's synopsis is the tag of an entry (.TP) of the COMMANDS section; its options
    // are entries indented under it (.RS ... .RE).
    std::set<std::string> tags;
    bool inCommands = false;
    int depth = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind(".SH", 0) == 0)
            inCommands = lines[i] == ".SH COMMANDS";
        else if (lines[i].rfind(".RS", 0) == 0)
            ++depth;
        else if (lines[i].rfind(".RE", 0) == 0)
            --depth;
        else if (inCommands && depth == 0 && lines[i] == ".TP" && i + 1 < lines.size())
            tags.insert(lines[i + 1]);
    }
    std::set<std::string> synopses;
    for (const auto &command : help.commands)
        synopses.insert(command.synopsis);
    CHECK(tags == synopses);
    for (const auto &option : allOptions(help)) {
        INFO(option);
        CHECK_THAT(man, Catch::Contains(option));
    }
    for (const auto &option : optionsIn(man)) {
        INFO(option);
        CHECK(allOptions(help).count(option) == 1);
    }
    checkProgramUses(man, help);
    CHECK_THAT(man, Catch::Contains("\"Touchstone " TOUCHSTONE_VERSION "\""));
    CHECK_THAT(man, Catch::Contains("touchstone-cli " TOUCHSTONE_VERSION));
    CHECK_THAT(readDoc("docs/man/touchstone.1"),
               Catch::Contains("\"Touchstone " TOUCHSTONE_VERSION "\""));
}
