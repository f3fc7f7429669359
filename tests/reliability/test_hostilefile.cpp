// A workspace is a file that can come from anyone. A schema carrying triggers, views, a huge
// definition or 100,000 entries must not run code or stall the app: each file is either
// refused with a message or opened, loaded and edited in well under a few seconds.
#include "storage/cardrepository.h"
#include "storage/maprepository.h"
#include "storage/schemaguard.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sqlite3.h>
#include <vector>

using namespace ts;
using namespace ts::storage;
using Clock = std::chrono::steady_clock;

namespace {

std::string makeWorkspace(const test::TempDir &dir, const std::string &name)
{
    const auto path = dir.file(name);
    WorkspaceFile::create(path, [](Database &db) { MapRepository(db).createDefault("Journey"); });
    return path;
}

// The attacker's own connection: plain SQLite, none of our defences, schema writable.
void plant(const std::string &path, const std::string &sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_OK);
}

struct Outcome
{
    bool opened = false;
    std::string refusal;
    double seconds = 0;
    std::int64_t auditRows = -1;
};

// What the app does with a file: open it for writing, load everything, add a card (which
// would fire a planted trigger), then read the planted audit table if there is one.
Outcome openLoadAndEdit(const std::string &path)
{
    Outcome outcome;
    const auto start = Clock::now();
    try {
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
        auto w = loadWorkspace(file->db());
        REQUIRE(!w.maps.empty());
        Card card;
        card.mapId = w.maps.front().id;
        card.stageId = w.stages.front().id;
        card.laneId = w.lanes.front().id;
        card.title = "An edit that fires every planted trigger";
        CardRepository(file->db()).add(card);
        CardRepository(file->db()).update(card);
        outcome.opened = true;
        try {
            outcome.auditRows = file->db().queryInt("SELECT COUNT(*) FROM audit");
        } catch (const Error &) { // no such table
        }
    } catch (const Error &e) {
        outcome.refusal = e.what();
    }
    outcome.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return outcome;
}

} // namespace

TEST_CASE("hostile file: planted triggers that write or loop forever never run",
          "[reliability][hostilefile]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir, "triggers.cxw");
    plant(path,
          "CREATE TABLE audit (x);"
          "CREATE TRIGGER spy AFTER INSERT ON cards BEGIN INSERT INTO audit VALUES "
          "(new.title); END;"
          "CREATE TRIGGER wipe AFTER UPDATE ON cards BEGIN DELETE FROM maps; END;"
          "CREATE TRIGGER stall BEFORE INSERT ON cards BEGIN "
          "  SELECT count(*) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
          "  FROM c WHERE n < 50000000) SELECT n FROM c); END;");
    const auto outcome = openLoadAndEdit(path);
    INFO(outcome.refusal);
    CHECK(outcome.opened);
    CHECK(outcome.auditRows == 0);
    CHECK(outcome.seconds < 3.0);
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    CHECK(MapRepository(file->db()).maps().size() == 1); // the wipe trigger did not run
}

TEST_CASE("hostile file: views that would loop forever or call functions cannot be used",
          "[reliability][hostilefile]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir, "views.cxw");
    plant(path,
          "CREATE VIEW forever AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
          "FROM c WHERE n < 50000000) SELECT n FROM c;"
          "CREATE VIEW spy AS SELECT load_extension('/tmp/evil.so') AS x;");
    const auto outcome = openLoadAndEdit(path);
    INFO(outcome.refusal);
    CHECK(outcome.opened);
    CHECK(outcome.seconds < 3.0);
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    CHECK_THROWS(file->db().queryInt("SELECT COUNT(*) FROM forever"));
    CHECK_THROWS(file->db().queryInt("SELECT COUNT(*) FROM spy"));
}

TEST_CASE("hostile file: 100,000 schema entries and a 20 MB view are refused or open quickly",
          "[reliability][hostilefile]")
{
    test::TempDir dir;
    const auto many = makeWorkspace(dir, "many.cxw");
    // Written straight into sqlite_schema (views need no pages), so making the file is fast.
    plant(many,
          "PRAGMA writable_schema = ON;"
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
          "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) "
          "SELECT 'view', 'v' || i, 'v' || i, 0, 'CREATE VIEW v' || i || ' AS SELECT ' || i "
          "FROM n;"
          "PRAGMA writable_schema = OFF;");
    const auto big = makeWorkspace(dir, "big.cxw");
    plant(big,
          "PRAGMA writable_schema = ON;"
          "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) "
          "VALUES ('view', 'big', 'big', 0, 'CREATE VIEW big AS SELECT ''' || "
          "replace(hex(zeroblob(10000000)), '00', 'xx') || ''' AS x');"
          "PRAGMA writable_schema = OFF;");
    for (const auto &path : {many, big}) {
        INFO(path);
        const auto outcome = openLoadAndEdit(path);
        std::cout << path << ": " << (outcome.opened ? "opened" : "refused: " + outcome.refusal)
                  << " in " << outcome.seconds << " s" << std::endl;
        CHECK(outcome.seconds < 5.0);
        if (!outcome.opened)
            CHECK_THAT(outcome.refusal, Catch::StartsWith(path));
    }
    // SQLite takes minutes to parse 100,000 views: that file is refused before it sees it.
    CHECK_THAT(openLoadAndEdit(many).refusal,
               Catch::StartsWith(many + ": has more than 5000 tables, views and triggers"));
}

TEST_CASE("hostile file: the schema count read from the raw pages matches SQLite's",
          "[reliability][hostilefile]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir, "plain.cxw");
    plant(path,
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
          "SELECT 1 FROM n;"); // checkpoints the WAL into the file on close
    std::int64_t inSqlite = 0, pageSize = 0;
    {
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        inSqlite = file->db().queryInt("SELECT COUNT(*) FROM sqlite_schema");
        pageSize = file->db().queryInt("PRAGMA page_size");
    }
    std::ifstream in(path, std::ios::binary);
    const auto size = std::filesystem::file_size(path);
    const auto counted = countSchemaEntries(in, std::uint32_t(pageSize), size, kMaxSchemaEntries);
    REQUIRE(counted);
    CHECK(std::int64_t(*counted) == inSqlite);
    CHECK(inSqlite < std::int64_t(kMaxSchemaEntries) / 10); // far from the bound
}

namespace {

// Overwrites `bytes` at `offset` of the file, as an attacker with a hex editor would.
void patch(const std::string &path, std::streamoff offset, const std::vector<unsigned char> &bytes)
{
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(f);
    f.seekp(offset);
    f.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    REQUIRE(f);
}

} // namespace

TEST_CASE("hostile file: a damaged header field is refused with its name, never used",
          "[reliability][hostile][header]")
{
    test::TempDir dir;
    struct Case
    {
        const char *what;
        std::streamoff offset;
        std::vector<unsigned char> bytes;
        const char *message;
    };
    // Page size at 16 (big-endian; 1 means 65536), reserved bytes at 20, payload fractions at
    // 21-23, schema format at 44, text encoding at 56.
    const std::vector<Case> cases = {
        {"page size 0", 16, {0, 0}, "page size 0 (a power of two from 512 to 65536)"},
        {"page size 2", 16, {0, 2}, "page size 2 "},
        {"page size 1000", 16, {0x03, 0xE8}, "page size 1000 "},
        {"page size 256", 16, {0x01, 0x00}, "page size 256 "},
        {"payload fraction", 21, {65}, "payload fractions other than 64, 32, 32"},
        {"schema format 9", 44, {0, 0, 0, 9}, "schema format 9"},
        {"text encoding 7", 56, {0, 0, 0, 7}, "text encoding 7"},
    };
    int n = 0;
    for (const auto &c : cases) {
        INFO(c.what);
        const auto path = makeWorkspace(dir, "header-" + std::to_string(++n) + ".cxw");
        patch(path, c.offset, c.bytes);
        for (const auto access :
             {WorkspaceFile::Access::ReadOnly, WorkspaceFile::Access::ReadWrite}) {
            try {
                WorkspaceFile::open(path, access);
                FAIL("opened");
            } catch (const Error &e) {
                CHECK(e.kind() == ErrorKind::BadInput);
                CHECK_THAT(e.what(),
                           Catch::StartsWith(path + ": has a damaged header: ")
                               && Catch::Contains(c.message));
            }
        }
    }
    // Reserved bytes that leave a 512-byte page less than 480 usable.
    const auto path = makeWorkspace(dir, "reserved.cxw");
    patch(path, 16, {0x02, 0x00});
    patch(path, 20, {40});
    CHECK_THROWS_WITH(WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly),
                      Catch::Contains("40 reserved bytes per page leave less than 480 usable"));
    // The raw schema walk refuses a page size it was not meant to see, whoever calls it.
    std::ifstream in(makeWorkspace(dir, "walk.cxw"), std::ios::binary);
    for (const std::uint32_t size : {0u, 1u, 100u, 1000u, 131072u})
        CHECK_FALSE(countSchemaEntries(in, size, 1 << 20, kMaxSchemaEntries));
}
