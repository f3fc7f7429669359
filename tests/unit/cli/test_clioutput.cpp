// What touchstone-cli prints on stdout stays parseable whatever the file holds: warnings go to
// stderr (issue 14 item 9), and text that is not valid UTF-8 still gives valid JSON (item 13).
#include "clirunner.h"
#include "storage/database.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using ts::test::runCli;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

TEST_CASE("cli: a warning goes to stderr, so metrics --json stays JSON", "[cli][hostile]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("damaged.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    {
        // A damaged columnar copy: the figures are read from the rows instead, with a warning.
        ts::storage::Database db(file, ts::storage::Database::Mode::ReadWrite);
        db.execute("UPDATE survey_columns SET data = X'00' WHERE name = 'nps'");
    }
    const auto r = runCli({"metrics", q(file), "--json"});
    CHECK(r.exitCode == 0);
    REQUIRE_NOTHROW(nlohmann::json::parse(r.out));
    CHECK(nlohmann::json::parse(r.out)["responses"] == 2400);
    CHECK_THAT(r.err,
               Catch::Contains("survey column \"nps\"")
                   && Catch::Contains("reading its 2400 responses"));
}

TEST_CASE("cli: a name that is not valid UTF-8 still gives valid JSON, and stderr says so",
          "[cli][hostile]")
{
    ts::test::TempDir dir;
    const auto file = dir.file("bytes.cxw");
    REQUIRE(runCli({"new", q(file), "--demo"}).exitCode == 0);
    {
        // Another program wrote raw bytes into a name: "Car" then 0x80 0xFF.
        ts::storage::Database db(file, ts::storage::Database::Mode::ReadWrite);
        db.execute("UPDATE maps SET name = CAST(X'4361722080FF' AS TEXT) WHERE id = 1");
    }
    for (const QStringList &command :
         {QStringList {"info", q(file), "--json"}, QStringList {"gaps", q(file), "--json"}}) {
        INFO(command.join(' ').toStdString());
        const auto r = runCli(command);
        CHECK((r.exitCode == 0 || r.exitCode == 1)); // gaps: 1 when a critical gap exists
        CHECK_NOTHROW(nlohmann::json::parse(r.out));
        CHECK_THAT(r.err, Catch::Contains(file + ": some text is not valid UTF-8"));
    }
    CHECK(nlohmann::json::parse(runCli({"info", q(file), "--json"}).out)["maps"][0]["name"]
          == "Car \xEF\xBF\xBD\xEF\xBF\xBD");
}
