// metrics --by period with undated responses: they are counted, not silently left out.
#include "clirunner.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using ts::test::runCli;

TEST_CASE("cli: metrics --by period says how many responses have no date", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = QString::fromStdString(dir.file("dated.cxw"));
    const auto csv = dir.file("dated.csv");
    {
        std::ofstream out(csv);
        out << "date,nps,stage\n2024-03-05,10,Purchase\n2024-03-20,6,Purchase\n,9,\n2024-04-02,8,"
               "Retention\n,7,Retention\n";
    }
    REQUIRE(runCli({"new", file}).exitCode == 0);
    REQUIRE(runCli({"import-survey", file, QString::fromStdString(csv)}).exitCode == 0);

    const auto j = nlohmann::json::parse(runCli({"metrics", file, "--json", "--by", "period"}).out);
    CHECK(j["responses"] == 5);
    REQUIRE(j["groups"].size() == 2); // 2024-03 (2 responses) and 2024-04 (1)
    CHECK(j["groups"][0]["responses"] == 2);
    CHECK(j["groups"][1]["responses"] == 1);
    CHECK(j["not_grouped"]["responses"] == 2);
    CHECK(j["not_grouped"]["missing"] == "date");

    const auto byStage
        = nlohmann::json::parse(runCli({"metrics", file, "--json", "--by", "stage"}).out);
    CHECK(byStage["not_grouped"]["responses"] == 1);
    CHECK(byStage["not_grouped"]["missing"] == "stage");

    const auto text = runCli({"metrics", file, "--by", "period"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("2 response(s) with no date: in the overall figures, in no group")
          != std::string::npos);
    // Without --by there are no groups, and nothing to say about them.
    CHECK_FALSE(
        nlohmann::json::parse(runCli({"metrics", file, "--json"}).out).contains("not_grouped"));
}
