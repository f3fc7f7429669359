#include "clirunner.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"
#include "workspacebuilder.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace ts;
using ts::test::runCli;
using ts::test::WorkspaceBuilder;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string save(const test::TempDir &dir, const std::string &name, const Workspace &w)
{
    const auto path = dir.file(name);
    storage::WorkspaceFile::create(path, [&](storage::Database &db) { storeWorkspace(db, w); });
    return path;
}

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void checkShape(const nlohmann::json &json)
{
    REQUIRE(json.is_object());
    REQUIRE(json["gaps"].is_array());
    std::map<std::string, int> counted;
    for (const auto &gap : json["gaps"]) {
        CHECK(gap.size() == 9);
        for (const char *key :
             {"rule", "title", "severity", "area", "object", "object_kind", "detail", "why", "fix"})
            CHECK(gap[key].is_string());
        ++counted[gap["severity"].get<std::string>()];
    }
    const auto &counts = json["counts"];
    REQUIRE(counts.size() == 3);
    for (const char *severity : {"critical", "major", "minor"})
        CHECK(counts[severity].get<int>() == counted[severity]);
}

} // namespace

TEST_CASE("cli gaps: an aligned workspace exits 0 with no gaps", "[alignment][cli]")
{
    test::TempDir dir;
    const auto file = save(dir, "aligned.cxw", WorkspaceBuilder::aligned().w);
    const auto text = runCli({"gaps", q(file)});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("no alignment gaps"));
    const auto json = runCli({"gaps", q(file), "--json"});
    CHECK(json.exitCode == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    checkShape(parsed);
    CHECK(parsed["gaps"].empty());
}

TEST_CASE("cli gaps: exit 1 on critical gaps, 0 when only major or minor", "[alignment][cli]")
{
    test::TempDir dir;
    auto b = WorkspaceBuilder::aligned();
    b.addDepartmentGoal(b.w.departments[0].id, "Upsell tyres", {});
    const auto majorOnly = save(dir, "major.cxw", b.w);
    b.w.canvas.customerStrategy.clear();
    const auto critical = save(dir, "critical.cxw", b.w);

    const auto major = runCli({"gaps", q(majorOnly), "--json"});
    CHECK(major.exitCode == 0);
    auto json = nlohmann::json::parse(major.out);
    checkShape(json);
    REQUIRE(json["gaps"].size() == 1);
    CHECK(json["gaps"][0]["rule"] == "dept-goal-unlinked");
    CHECK(json["gaps"][0]["object_kind"] == "department_goal");
    CHECK(json["gaps"][0]["object"] == b.w.departmentGoals.back().uid);
    CHECK(json["counts"]["major"] == 1);

    const auto before = slurp(critical);
    const auto bad = runCli({"gaps", q(critical), "--json"});
    CHECK(bad.exitCode == 1);
    json = nlohmann::json::parse(bad.out);
    checkShape(json);
    CHECK(json["counts"]["critical"] == 1);
    CHECK(json["gaps"][0]["rule"] == "strategy-missing");
    CHECK(json["gaps"][0]["object"] == "canvas:customer_strategy");

    const auto text = runCli({"gaps", q(critical)});
    CHECK(text.exitCode == 1);
    CHECK_THAT(text.out,
               Catch::Contains("1 critical, 1 major, 0 minor")
                   && Catch::Contains("CRITICAL\n  Purpose & strategy\n")
                   && Catch::Contains("MAJOR\n  Departments & goals\n")
                   && Catch::Contains("Why it matters:") && Catch::Contains("Where to fix:"));
    CHECK(text.err.empty());
    CHECK(slurp(critical) == before); // opened read-only
}

TEST_CASE("cli gaps: usage and bad input", "[alignment][cli]")
{
    test::TempDir dir;
    CHECK(runCli({"gaps"}).exitCode == 2);
    CHECK(runCli({"gaps", "a.cxw", "b.cxw"}).exitCode == 2);
    CHECK(runCli({"gaps", "a.cxw", "--yaml"}).exitCode == 2);
    const auto missing = dir.file("missing.cxw");
    const auto r = runCli({"gaps", q(missing)});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err, Catch::StartsWith(missing));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    const auto foreign = dir.file("notes.cxw");
    std::ofstream(foreign) << "not a workspace\n";
    CHECK(runCli({"gaps", q(foreign), "--json"}).exitCode == 3);
}

TEST_CASE("cli gaps: the demo workspace", "[alignment][cli][demo]")
{
    test::TempDir dir;
    const auto file = dir.file("demo.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    const auto r = runCli({"gaps", q(file), "--json"});
    const auto json = nlohmann::json::parse(r.out);
    checkShape(json);
    CHECK(r.exitCode == (json["counts"]["critical"].get<int>() > 0 ? 1 : 0));
}
