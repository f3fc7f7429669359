// metrics --json on a handful of responses: the figures say they rest on a small sample, the NPS
// interval does not collapse to zero width, and the rank correlation is refused with its n.
#include "clirunner.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using ts::test::runCli;

TEST_CASE("cli: metrics --json marks small samples and gives them honest intervals",
          "[cli][metrics][smallsample]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("small.cxw");
    const auto csv = dir.file("five.csv");
    {
        std::ofstream out(csv);
        out << "nps,csat,retained\n10,5,yes\n9,5,yes\n10,4,yes\n9,5,yes\n10,5,yes\n";
    }
    REQUIRE(runCli({"new", QString::fromStdString(file)}).exitCode == 0);
    REQUIRE(runCli({"import-survey", QString::fromStdString(file), QString::fromStdString(csv)})
                .exitCode
            == 0);
    const auto r = runCli({"metrics", QString::fromStdString(file), "--json"});
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    // Five promoters of five: NPS +100, but the adjusted-Wald interval reaches down to +17.5
    // (n' = 8, NPS' = 0.625, se = 0.2296396), where the plain Wald one said +100 to +100.
    CHECK(j["nps"]["value"] == 100.0);
    CHECK(j["nps"]["ci95"][0] == 17.5);
    CHECK(j["nps"]["ci95"][1] == 100.0);
    CHECK(j["nps"]["small_sample"] == true);
    CHECK(j["csat"]["small_sample"] == true);
    CHECK(j["retention"]["small_sample"] == true);
    const auto &rank = j["retention"]["spearman_nps"];
    CHECK(rank["rho"].is_null());
    CHECK(rank["n"] == 5);
    CHECK(rank["refused"].get<std::string>().find("at least 10") != std::string::npos);

    // The text says it too, after the n, and why there is no rank correlation.
    const auto text = runCli({"metrics", QString::fromStdString(file)});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("NPS       +100.0 (95% CI +17.5 to +100.0, n=5, small sample:")
          != std::string::npos);
    CHECK(text.out.find("CSAT      100.0% (95% CI") != std::string::npos);
    CHECK(text.out.find("n=5, small sample)") != std::string::npos);
    CHECK(text.out.find("no rank correlation of NPS with retention: only 5 responses")
          != std::string::npos);

    // The demo's figures rest on thousands of responses: none is marked, and the correlation
    // carries its n and p.
    const auto demo = dir.file("demo.cxw");
    REQUIRE(runCli({"new", QString::fromStdString(demo), "--demo"}).exitCode == 0);
    const auto d
        = nlohmann::json::parse(runCli({"metrics", QString::fromStdString(demo), "--json"}).out);
    CHECK(d["nps"]["small_sample"] == false);
    CHECK(d["retention"]["spearman_nps"]["n"].get<int>() > 1000);
    CHECK(d["retention"]["spearman_nps"]["p"].get<double>() < 0.001);
}
