// touchstone-cli's help comes from each command's own description: the overview, `help COMMAND`
// and `COMMAND --help` agree, and the program tells its version.
#include "clirunner.h"
#include "helptext.h"

#include <catch2/catch.hpp>

using namespace ts::test;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::size_t lines(const std::string &text)
{
    return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

Overview overview()
{
    const auto r = runCli({"--help"});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.err.empty());
    return parseOverview(r.out);
}

} // namespace

TEST_CASE("cli help: the overview lists every command of the contract", "[cli][help]")
{
    std::vector<std::string> names;
    for (const auto &command : overview().commands) {
        INFO(command.synopsis);
        CHECK_THAT(command.synopsis, Catch::StartsWith(command.name));
        CHECK_FALSE(command.description.empty());
        names.push_back(command.name);
    }
    CHECK(names
          == std::vector<std::string> {"new", "info", "check", "export-json", "import-json",
                                       "import-survey", "metrics", "gaps", "export-pdf",
                                       "render-map", "help"});
    CHECK(overview().globalOptions == std::set<std::string> {"--help", "--version"});
    CHECK(runCli({"-h"}).out == runCli({"--help"}).out);
    CHECK(runCli({"help"}).out == runCli({"--help"}).out);
}

TEST_CASE("cli help: help COMMAND and COMMAND --help give the command's full help", "[cli][help]")
{
    for (const auto &command : overview().commands) {
        INFO(command.name);
        const auto help = runCli({"help", q(command.name)});
        CHECK(help.exitCode == 0);
        CHECK(help.err.empty());
        CHECK_THAT(help.out,
                   Catch::StartsWith("usage: touchstone-cli " + command.synopsis + "\n\n"));
        CHECK_THAT(help.out, Catch::Contains("\n" + command.description.substr(0, 40)));
        auto options = command.options;
        options.insert("--help");
        CHECK(optionsIn(help.out.substr(help.out.find("\noptions:\n"))) == options);
        CHECK(exitCodesOf(help.out).count(0) == 1);
        CHECK(exitCodesOf(help.out).count(2) == 1);
        for (const char *flag : {"--help", "-h"}) {
            const auto asked = runCli({q(command.name), flag});
            CHECK(asked.exitCode == 0);
            CHECK(asked.out == help.out);
        }
        // Help wins over arguments that would otherwise be wrong.
        CHECK(runCli({q(command.name), "a", "b", "c", "d", "--help"}).out == help.out);
    }
    // What exit 1 means is said where a command can return it, and only there.
    for (const auto &command : overview().commands) {
        INFO(command.name);
        const bool findsProblems = command.name == "check" || command.name == "gaps";
        CHECK(exitCodesOf(runCli({"help", q(command.name)}).out).count(1)
              == (findsProblems ? 1 : 0));
    }
}

TEST_CASE("cli help: --version prints the project version", "[cli][help]")
{
    const auto r = runCli({"--version"});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "touchstone-cli " TOUCHSTONE_VERSION "\n");
    CHECK(r.err.empty());
    CHECK(runCli({"--version", "now"}).exitCode == 2);
}

TEST_CASE("cli help: unknown commands and options are usage errors on one line", "[cli][help]")
{
    auto r = runCli({"frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::StartsWith("touchstone-cli: unknown command \"frobnicate\""));
    CHECK(lines(r.err) == 1);
    r = runCli({"--frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::StartsWith("touchstone-cli: unknown option \"--frobnicate\""));
    r = runCli({"help", "frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::StartsWith("touchstone-cli help: unknown command \"frobnicate\""));
    CHECK(lines(r.err) == 1);
    r = runCli({"help", "info", "check"});
    CHECK(r.exitCode == 2);

    // No command at all: the overview, on stderr.
    r = runCli({});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK(r.err == runCli({"--help"}).out);
}

TEST_CASE("cli help: a usage error names the command and its synopsis", "[cli][help]")
{
    const std::string usage = "; usage: touchstone-cli info FILE [--json]\n";
    auto r = runCli({"info"});
    CHECK(r.exitCode == 2);
    CHECK(r.err == "touchstone-cli info: missing FILE" + usage);
    r = runCli({"info", "a.cxw", "b.cxw"});
    CHECK(r.err == "touchstone-cli info: unexpected argument \"b.cxw\"" + usage);
    r = runCli({"info", "a.cxw", "--colour"});
    CHECK(r.err == "touchstone-cli info: unknown option 'colour'" + usage);
    r = runCli({"render-map", "a.cxw", "1", "map.png", "--dpi"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::StartsWith("touchstone-cli render-map: missing value after '--dpi'"));
    CHECK(lines(r.err) == 1);
    r = runCli({"render-map", "a.cxw", "1", "map.jpg"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::StartsWith("touchstone-cli render-map: the output must end in .png"));
    CHECK(lines(r.err) == 1);
}
