// import-survey --journey and metrics --journey on the demo's three maps: a survey is imported
// for one map, refused without a choice, and its figures appear on that map only.
#include "clirunner.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using ts::test::runCli;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

int responsesOn(const std::string &file, const char *map)
{
    const auto r = runCli({"metrics", q(file), "--json", "--journey", map});
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out)["responses"].get<int>();
}

} // namespace

TEST_CASE("cli: import-survey --journey scopes a survey to one map of several",
          "[cli][metrics][journey]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("demo.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    const auto csv = dir.file("service.csv");
    // Stage names every demo map has; touchpoints of the service map and one of no map.
    std::ofstream(csv) << "nps,stage,touchpoint\n"
                          "10,Purchase,Service booking\n"
                          "9,Purchase,Vehicle reception\n"
                          "3,Retention,Wash bay\n";
    const int leasingBefore = responsesOn(file, "Online leasing");
    const int serviceBefore = responsesOn(file, "service visit");

    auto r = runCli({"import-survey", q(file), q(csv)});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err,
               Catch::Contains("the workspace has 3 journey maps (\"New car purchase\", "
                               "\"Service visit\", \"Online leasing\"); say which one "
                               "the survey describes with --journey NAME, or --journey "
                               "all"));
    r = runCli({"import-survey", q(file), q(csv), "--journey", "Fleet"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("no journey map is named \"Fleet\""));

    r = runCli({"import-survey", q(file), q(csv), "--journey", "SERVICE VISIT"});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("  journey map: \"Service visit\"\n"));
    CHECK_THAT(r.out,
               Catch::Contains("  touchpoints that match no touchpoint of that map (kept "
                               "as given, on no card): \"Wash bay\""));
    CHECK(responsesOn(file, "Service visit") == serviceBefore + 3);
    CHECK(responsesOn(file, "Online leasing") == leasingBefore); // same stage names, no figures
    const auto all = nlohmann::json::parse(runCli({"metrics", q(file), "--json"}).out);
    CHECK(all["responses"] == 2403);
    CHECK(responsesOn(file, "all") == 2403);
}

TEST_CASE("cli: a survey imported twice is refused unless --again", "[cli][metrics][again]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("w.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    const auto november = dir.file("nps-november.csv");
    std::ofstream(november) << "ResponseId,nps\nR_1,10\nR_2,9\nR_3,3\nR_4,8\n";
    REQUIRE(runCli({"import-survey", q(file), q(november)}).exitCode == 0);

    // The very same file.
    auto r = runCli({"import-survey", q(file), q(november)});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err,
               Catch::Contains(november + ": the same file was imported on ")
                   && Catch::Contains(" as \"nps-november.csv\"; nothing imported; --again "
                                      "imports it a second time (its answers would count "
                                      "twice)"));

    // A later export that repeats two of its responses, re-saved with other line ends.
    const auto december = dir.file("nps-december.csv");
    std::ofstream(december) << "ResponseId,nps\r\nR_3,3\r\nR_4,8\r\nR_5,10\r\n";
    r = runCli({"import-survey", q(file), q(december)});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err,
               Catch::Contains("2 of its 3 responses (by their ids in column "
                               "\"ResponseId\") were imported on ")
                   && Catch::Contains(" from \"nps-november.csv\""));
    CHECK(nlohmann::json::parse(runCli({"info", q(file), "--json"}).out)["responses"] == 4);

    // Only new responses: imported at once; --again imports a repeat on purpose.
    const auto january = dir.file("nps-january.csv");
    std::ofstream(january) << "ResponseId,nps\nR_6,10\nR_7,2\n";
    CHECK(runCli({"import-survey", q(file), q(january)}).exitCode == 0);
    CHECK(runCli({"import-survey", q(file), q(december), "--again"}).exitCode == 0);
    CHECK(nlohmann::json::parse(runCli({"info", q(file), "--json"}).out)["responses"] == 9);
    // A file without response ids is told by its bytes only.
    const auto plain = dir.file("plain.csv");
    std::ofstream(plain) << "nps\n10\n9\n";
    CHECK(runCli({"import-survey", q(file), q(plain)}).exitCode == 0);
    CHECK(runCli({"import-survey", q(file), q(plain)}).exitCode == 3);
}
