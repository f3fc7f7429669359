#include "clirunner.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sstream>

using namespace ts;
using ts::test::runCli;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// One line on stderr that names the file.
void expectOneLineNaming(const test::CliResult &r, const std::string &file)
{
    CHECK_THAT(r.err, Catch::StartsWith(file));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

} // namespace

TEST_CASE("cli: new --demo, info --json and check", "[cli]")
{
    test::TempDir dir;
    const auto file = dir.file("demo.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    const auto info = runCli({"info", q(file), "--json"});
    REQUIRE(info.exitCode == 0);
    const auto json = nlohmann::json::parse(info.out);
    REQUIRE(json["maps"].size() >= 3);
    for (const auto &map : json["maps"]) {
        CHECK(map.contains("id"));
        CHECK_FALSE(map["name"].get<std::string>().empty());
        CHECK(map["stages"] == 5);
        CHECK(map["cards"].get<int>() > 0);
    }
    CHECK(json["responses"].get<int>() >= 2000);
    CHECK(json["initiatives"].get<int>() >= 12);
    CHECK(json["schema_version"]
          == storage::WorkspaceFile::open(file, storage::WorkspaceFile::Access::ReadOnly)
                 ->schemaVersion());
    const auto text = runCli({"info", q(file)});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("survey responses"));
    const auto check = runCli({"check", q(file)});
    CHECK(check.exitCode == 0);
    CHECK_THAT(check.out, Catch::Contains("ok"));
}

TEST_CASE("cli: a blank workspace, and new refuses an existing file", "[cli]")
{
    test::TempDir dir;
    const auto file = dir.file("blank.cxw");
    CHECK(runCli({"new", q(file)}).exitCode == 0);
    const auto json = nlohmann::json::parse(runCli({"info", q(file), "--json"}).out);
    CHECK(json["maps"].empty());
    CHECK(json["responses"] == 0);
    const auto again = runCli({"new", q(file)});
    CHECK(again.exitCode == 4);
    expectOneLineNaming(again, file);
}

TEST_CASE("cli: export-json then import-json then export-json is lossless", "[cli]")
{
    test::TempDir dir;
    REQUIRE(runCli({"new", q(dir.file("a.cxw")), "--demo"}).exitCode == 0);
    REQUIRE(runCli({"export-json", q(dir.file("a.cxw")), q(dir.file("a.json"))}).exitCode == 0);
    REQUIRE(runCli({"import-json", q(dir.file("a.json")), q(dir.file("b.cxw"))}).exitCode == 0);
    REQUIRE(runCli({"export-json", q(dir.file("b.cxw")), q(dir.file("b.json"))}).exitCode == 0);
    CHECK(slurp(dir.file("a.json")) == slurp(dir.file("b.json")));
    CHECK(runCli({"import-json", q(dir.file("a.json")), q(dir.file("b.cxw"))}).exitCode == 4);
}

TEST_CASE("cli: bad input files exit 3 with one line naming the file", "[cli]")
{
    test::TempDir dir;
    std::ofstream(dir.file("empty.cxw")).close();
    std::ofstream(dir.file("text.cxw")) << "hello";
    REQUIRE(runCli({"new", q(dir.file("good.cxw")), "--demo"}).exitCode == 0);
    const auto good = slurp(dir.file("good.cxw"));
    std::ofstream(dir.file("cut.cxw"), std::ios::binary) << good.substr(0, good.size() / 3);
    for (const auto *name : {"empty.cxw", "text.cxw", "cut.cxw", "missing.cxw"}) {
        INFO(name);
        for (const auto *command : {"info", "check"}) {
            const auto r = runCli({command, q(dir.file(name))});
            CHECK(r.exitCode == 3);
            expectOneLineNaming(r, dir.file(name));
        }
        const auto r = runCli({"export-json", q(dir.file(name)), q(dir.file("out.json"))});
        CHECK(r.exitCode == 3);
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("out.json")));
}

TEST_CASE("cli: malformed or wrong JSON exits 3 and creates nothing", "[cli]")
{
    test::TempDir dir;
    REQUIRE(runCli({"new", q(dir.file("a.cxw")), "--demo"}).exitCode == 0);
    REQUIRE(runCli({"export-json", q(dir.file("a.cxw")), q(dir.file("a.json"))}).exitCode == 0);
    const auto text = slurp(dir.file("a.json"));
    std::ofstream(dir.file("half.json")) << text.substr(0, text.size() / 2);
    auto r = runCli({"import-json", q(dir.file("half.json")), q(dir.file("h.cxw"))});
    CHECK(r.exitCode == 3);
    expectOneLineNaming(r, dir.file("half.json"));
    CHECK_FALSE(std::filesystem::exists(dir.file("h.cxw")));

    auto json = nlohmann::ordered_json::parse(text);
    json["maps"][2]["cards"][0]["lane"] = "not-a-uid";
    std::ofstream(dir.file("wrong.json")) << json.dump();
    r = runCli({"import-json", q(dir.file("wrong.json")), q(dir.file("w.cxw"))});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err, Catch::Contains("$.maps[2].cards[0].lane"));
    CHECK_FALSE(std::filesystem::exists(dir.file("w.cxw")));
    for (const auto &entry : std::filesystem::directory_iterator(dir.path()))
        CHECK(entry.path().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("cli: check finds a broken reference and exits 1", "[cli]")
{
    test::TempDir dir;
    const auto file = dir.file("broken.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(
                raw, "PRAGMA foreign_keys = OFF; UPDATE cards SET stage_id = 99999 WHERE id = 1;",
                nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(raw);
    const auto r = runCli({"check", q(file)});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("cards") && Catch::Contains("stages"));
}

TEST_CASE("cli: check compares each survey import's column copy with its responses", "[cli]")
{
    test::TempDir dir;
    const auto file = dir.file("survey.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    CHECK(runCli({"check", q(file)}).exitCode == 0);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &raw) == SQLITE_OK);
    // A comment changed in the rows only: both copies still read, but no longer agree.
    REQUIRE(sqlite3_exec(raw,
                         "UPDATE survey_responses SET comment = 'changed' WHERE id = (SELECT "
                         "MIN(id) FROM survey_responses WHERE import_id IS NOT NULL)",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(raw);
    const auto r = runCli({"check", q(file)});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err,
               Catch::Contains(file + ": survey import ")
                   && Catch::Contains("its columnar copy disagrees with its responses: response 1 "
                                      "of the import differs in comment"));
}

TEST_CASE("cli: usage errors exit 2", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({"frobnicate"}).exitCode == 2);
    CHECK(runCli({"info"}).exitCode == 2);
    CHECK(runCli({"info", "a.cxw", "b.cxw"}).exitCode == 2);
    CHECK(runCli({"new", "a.cxw", "--colour"}).exitCode == 2);
    CHECK(runCli({"--help"}).exitCode == 0);
}

TEST_CASE("cli: exports that cannot be written exit 4, and never overwrite a workspace", "[cli]")
{
    test::TempDir dir;
    REQUIRE(runCli({"new", q(dir.file("a.cxw")), "--demo"}).exitCode == 0);
    REQUIRE(runCli({"new", q(dir.file("b.cxw"))}).exitCode == 0);
    const auto before = slurp(dir.file("b.cxw"));
    auto r = runCli({"export-json", q(dir.file("a.cxw")), q(dir.file("b.cxw"))});
    CHECK(r.exitCode == 4);
    CHECK_THAT(r.err, Catch::Contains("refusing to overwrite"));
    CHECK(slurp(dir.file("b.cxw")) == before);
    r = runCli({"export-json", q(dir.file("a.cxw")), q(dir.file("no/such/folder/out.json"))});
    CHECK(r.exitCode == 4);
    expectOneLineNaming(r, dir.file("no/such/folder/out.json"));
}

TEST_CASE("cli: reading works while the app holds the workspace for writing", "[cli]")
{
    test::TempDir dir;
    const auto file = dir.file("busy.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    auto writer = storage::WorkspaceFile::open(file, storage::WorkspaceFile::Access::ReadWrite);
    CHECK(runCli({"info", q(file), "--json"}).exitCode == 0);
    CHECK(runCli({"export-json", q(file), q(dir.file("x.json"))}).exitCode == 0);
}
