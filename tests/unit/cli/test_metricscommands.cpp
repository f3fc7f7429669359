#include "clirunner.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using ts::test::runCli;

namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
const std::string kData = TOUCHSTONE_TEST_DATA;
} // namespace

TEST_CASE("cli: metrics --json on the demo gives every figure with n and ci95", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("demo.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    const auto r = runCli({"metrics", q(file), "--json"});
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["responses"] == 2400);
    for (const char *key : {"nps", "csat", "retention"}) {
        INFO(key);
        REQUIRE(j[key].is_object());
        CHECK(j[key]["n"].get<int>() > 1000);
        REQUIRE(j[key]["ci95"].size() == 2);
        CHECK(j[key]["ci95"][0].get<double>() < j[key]["ci95"][1].get<double>());
    }
    CHECK(j["ces"]["mean"].get<double>() > 1);
    CHECK(j["nps"]["promoters"].get<int>() + j["nps"]["passives"].get<int>()
              + j["nps"]["detractors"].get<int>()
          == j["nps"]["n"].get<int>());
    const auto &seg = j["retention"]["by_nps_segment"];
    CHECK(seg["promoter"]["rate"].get<double>() > seg["detractor"]["rate"].get<double>());
    CHECK(j["retention"]["logit_nps"]["odds_ratio"].get<double>() < 1); // churn falls as NPS rises
    CHECK(j["groups"].empty());

    const auto byStage
        = nlohmann::json::parse(runCli({"metrics", q(file), "--json", "--by", "stage"}).out);
    REQUIRE(byStage["groups"].size() >= 5);
    CHECK(byStage["groups"][0]["by"] == "stage");
    CHECK(byStage["groups"][0].contains("nps"));
    const auto byPeriod
        = nlohmann::json::parse(runCli({"metrics", q(file), "--json", "--by", "period"}).out);
    CHECK(byPeriod["groups"].size() >= 12);
    CHECK(runCli({"metrics", q(file), "--by", "weather"}).exitCode == 2);
}

TEST_CASE("cli: a figure that cannot be computed is null, never 0", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("blank.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    const auto j = nlohmann::json::parse(runCli({"metrics", q(file), "--json"}).out);
    CHECK(j["responses"] == 0);
    CHECK(j["nps"].is_null());
    CHECK(j["csat"].is_null());
    CHECK(j["ces"].is_null());
    CHECK(j["retention"].is_null());
}

TEST_CASE("cli: import-survey takes all rows or none, unless --skip-bad", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("w.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    const auto bad = kData + "/survey/generic_bad.csv";
    // Its dates (01/10/2024, 10.01.2024) could all be day or month first: the order is given.
    auto r = runCli({"import-survey", q(file), q(bad), "--date-order", "mdy"});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err, Catch::StartsWith(bad + ": line 3: "));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(nlohmann::json::parse(runCli({"info", q(file), "--json"}).out)["responses"] == 0);

    r = runCli({"import-survey", q(file), q(bad), "--skip-bad", "--date-order", "mdy"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out,
               Catch::Contains("skipped line 4")
                   && Catch::Contains("journey maps: none (the workspace has no map yet)"));
    CHECK(nlohmann::json::parse(runCli({"info", q(file), "--json"}).out)["responses"] == 4);

    for (const char *layout : {"qualtrics.csv", "surveymonkey.csv"}) {
        INFO(layout);
        r = runCli({"import-survey", q(file), q(kData + "/survey/" + layout), "--skip-bad"});
        CHECK(r.exitCode == 0);
    }
    CHECK(runCli({"import-survey", q(file), q(kData + "/survey/missing.csv")}).exitCode == 3);
    CHECK(runCli({"import-survey", q(file), q(bad), "--format", "excel"}).exitCode == 2);
    CHECK(runCli({"import-survey", q(file), q(bad), "--map", "nps=happiness"}).exitCode == 2);
}

TEST_CASE("cli: --map overrides the automatic column mapping", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("w.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    const auto csv = dir.file("odd.csv");
    std::ofstream(csv) << "who,score a,score b,kept\nC1,9,4,yes\nC2,3,2,no\nC3,10,5,yes\n";
    auto r = runCli({"import-survey", q(file), q(csv), "--map", "score a=nps", "--map",
                     "score b=csat", "--map", "kept=retained", "--map", "who=customer_id"});
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(runCli({"metrics", q(file), "--json"}).out);
    CHECK(j["nps"]["n"] == 3);
    CHECK(j["nps"]["value"].get<double>() == Approx(33.3).margin(0.1)); // 2 promoters, 1 detractor
    CHECK(j["csat"]["value"].get<double>() == Approx(66.7).margin(0.1));
    CHECK(j["retention"]["rate"].get<double>() == Approx(66.7).margin(0.1));
}

TEST_CASE("cli: metrics text and --json round a half the same way", "[cli][metrics]")
{
    // 201 promoters, 99 passives, 100 detractors: NPS = 101 / 400 = +25.25 exactly.
    ts::test::TempDir dir;
    const auto file = dir.file("w.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    const auto csv = dir.file("half.csv");
    {
        std::ofstream out(csv);
        out << "customer_id,nps\n";
        for (int i = 0; i < 400; ++i)
            out << "C" << i << ',' << (i < 201 ? 10 : i < 300 ? 8 : 3) << '\n';
    }
    REQUIRE(runCli({"import-survey", q(file), q(csv)}).exitCode == 0);
    const auto j = nlohmann::json::parse(runCli({"metrics", q(file), "--json"}).out);
    CHECK(j["nps"]["value"].get<double>() == Approx(25.3));
    CHECK_THAT(runCli({"metrics", q(file)}).out, Catch::Contains("NPS       +25.3 "));
}

TEST_CASE("cli: metrics --json stays JSON on stdout when a warning is logged", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("demo.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &raw) == SQLITE_OK);
    // Without its columnar copy an import is read from its rows, with a warning.
    REQUIRE(sqlite3_exec(raw, "DELETE FROM survey_columns", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(raw);
    const auto r = runCli({"metrics", q(file), "--json"});
    CHECK(r.exitCode == 0);
    CHECK(nlohmann::json::parse(r.out)["responses"] == 2400);
    CHECK_THAT(r.err, Catch::Contains("survey import") && Catch::Contains("row by row"));
}

TEST_CASE("cli: import-survey leaves out Qualtrics previews and unfinished rows and says so",
          "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("w.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    const auto r = runCli({"import-survey", q(file), q(kData + "/survey/qualtrics_numeric.csv")});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out,
               Catch::Contains("imported 6 responses from ")
                   && Catch::Contains(", left out 4 by filter\n")
                   && Catch::Contains("  left out: 2 survey preview(s), 1 spam "
                                      "response(s), 1 unfinished response(s)\n"));
    // Kept: 10, 9, 7, 3, 0, 10: NPS (3 - 2) / 6 = +16.7 on n = 6 (+-30 on all 10 rows).
    const auto j = nlohmann::json::parse(runCli({"metrics", q(file), "--json"}).out);
    CHECK(j["nps"]["n"] == 6);
    CHECK(j["nps"]["value"].get<double>() == Approx(16.7).margin(0.05));
    CHECK(j["responses"] == 6);
}

TEST_CASE("cli: import-survey decides the date order per column and says why", "[cli][metrics]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("w.cxw");
    REQUIRE(runCli({"new", q(file)}).exitCode == 0);
    auto r = runCli({"import-survey", q(file), q(kData + "/survey/uk_excel.csv")});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out,
               Catch::Contains("  dates in column \"Response date\": day first (dmy), "
                               "from the values (line 3: 14/03/2024)\n"));
    // 05/03, 14/03 in March; 02/04, 28/04 in April; 03/05 in May; one row without a date.
    const auto byMonth
        = nlohmann::json::parse(runCli({"metrics", q(file), "--json", "--by", "period"}).out);
    std::map<std::string, int> months;
    for (const auto &group : byMonth["groups"])
        months[group["key"].get<std::string>()] = group["responses"].get<int>();
    CHECK(months == std::map<std::string, int> {{"2024-03", 2}, {"2024-04", 2}, {"2024-05", 1}});

    const auto csv = dir.file("ambiguous.csv");
    std::ofstream(csv) << "nps,Response date\n9,05/03/2024\n3,06/03/2024 14:22\n";
    r = runCli({"import-survey", q(file), q(csv)});
    CHECK(r.exitCode == 3);
    CHECK(r.err
          == csv
              + ": column \"Response date\": every date could be day first or month first "
                "(e.g. line 2 (05/03/2024)); say which with --date-order dmy (day first) or "
                "--date-order mdy (month first)\n");
    r = runCli({"import-survey", q(file), q(csv), "--date-order", "mdy"});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out,
               Catch::Contains("  dates in column \"Response date\": month first (mdy), "
                               "from --date-order (every date could be either)\n"));
    CHECK(runCli({"import-survey", q(file), q(csv), "--date-order", "dm"}).exitCode == 2);
    CHECK(nlohmann::json::parse(runCli({"info", q(file), "--json"}).out)["responses"] == 8);
}
