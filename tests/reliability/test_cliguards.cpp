// The command line against files it must not touch: a workspace another process is writing,
// one from a newer version, an SQLite file that is not ours. One line naming the file, the
// documented exit code, and nothing written.
#include "app/workspacedocument.h"
#include "gui/guiapp.h"
#include "storage/schema.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"
#include "unit/cli/clirunner.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sstream>

using namespace ts;
using test::runCli;
namespace fs = std::filesystem;

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

void expectOneLine(const test::CliResult &r, const std::string &file, const std::string &problem)
{
    CHECK_THAT(r.err, Catch::StartsWith(file + ": ") && Catch::Contains(problem));
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

} // namespace

TEST_CASE("cli: writing a workspace the app has open is refused (exit 4) and reading works",
          "[reliability][cli][lock]")
{
    test::guiApplication();
    test::TempDir dir;
    const auto file = dir.file("open in the app.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    app::WorkspaceDocument app(
        storage::WorkspaceFile::open(file, storage::WorkspaceFile::Access::ReadWrite));
    const auto before = slurp(file);
    const auto r = runCli(
        {"import-survey", q(file), QStringLiteral(TOUCHSTONE_TEST_DATA "/survey/qualtrics.csv")});
    CHECK(r.exitCode == 4);
    expectOneLine(r, file, "is open for writing in another Touchstone window or process");
    CHECK(slurp(file) == before);
    CHECK(runCli({"info", q(file)}).exitCode == 0);
    CHECK(runCli({"check", q(file)}).exitCode == 0);
    CHECK(runCli({"export-json", q(file), q(dir.file("read.json"))}).exitCode == 0);
}

TEST_CASE("cli: a newer version's file and a foreign SQLite file exit 3 and are left alone",
          "[reliability][cli][badfile]")
{
    test::TempDir dir;
    const auto newer = dir.file("newer.cxw");
    REQUIRE(runCli({"new", q(newer), "--demo"}).exitCode == 0);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(newer.c_str(), &raw) == SQLITE_OK);
    const auto bump
        = "PRAGMA user_version = " + std::to_string(storage::currentSchemaVersion() + 1);
    REQUIRE(sqlite3_exec(raw, bump.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const auto foreign = dir.file("crm.db");
    REQUIRE(sqlite3_open(foreign.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE customers (name TEXT)", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(raw);
    for (const auto &[file, problem] :
         {std::pair {newer, std::string("newer version of Touchstone")},
          std::pair {foreign, std::string("not a Touchstone workspace")}}) {
        INFO(file);
        const auto before = slurp(file);
        for (const QStringList &args :
             {QStringList {"info", q(file)}, QStringList {"check", q(file)},
              QStringList {"export-json", q(file), q(dir.file("out.json"))},
              QStringList {"import-survey", q(file),
                           QStringLiteral(TOUCHSTONE_TEST_DATA "/survey/qualtrics.csv")}}) {
            INFO(args.join(' ').toStdString());
            const auto r = runCli(args);
            CHECK(r.exitCode == 3);
            expectOneLine(r, file, problem);
        }
        CHECK(slurp(file) == before);
        CHECK_FALSE(fs::exists(file + "-wal"));
        CHECK_FALSE(fs::exists(dir.file("out.json")));
    }
}
