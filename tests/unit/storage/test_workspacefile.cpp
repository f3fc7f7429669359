#include "storage/maprepository.h"
#include "storage/schema.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace ts;
using namespace ts::storage;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

// Opens `path` and expects a BadInput error containing `message`; the file must be unchanged
// and no -wal/-shm file may appear beside it.
void expectRefused(const std::string &path, const std::string &message)
{
    const auto before = bytesOf(path);
    for (auto access : {WorkspaceFile::Access::ReadOnly, WorkspaceFile::Access::ReadWrite}) {
        try {
            WorkspaceFile::open(path, access);
            FAIL("opened " << path);
        } catch (const Error &e) {
            CHECK(e.kind() == ErrorKind::BadInput);
            CHECK_THAT(e.what(), Catch::StartsWith(path + ": "));
            CHECK_THAT(e.what(), Catch::Contains(message));
        }
    }
    CHECK(bytesOf(path) == before);
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
}

std::string makeWorkspace(const test::TempDir &dir, const std::string &name = "w.cxw")
{
    const auto path = dir.file(name);
    WorkspaceFile::create(path,
                          [](Database &db) { MapRepository(db).createDefault("Onboarding"); });
    return path;
}

} // namespace

TEST_CASE("a new workspace carries our application id, the current schema, WAL and foreign keys",
          "[storage][file]")
{
    test::TempDir dir;
    auto file = WorkspaceFile::open(makeWorkspace(dir), WorkspaceFile::Access::ReadWrite);
    auto &db = file->db();
    CHECK(db.queryInt("PRAGMA application_id") == kApplicationId);
    CHECK(file->schemaVersion() == currentSchemaVersion());
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    CHECK(db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(db.queryInt("PRAGMA trusted_schema") == 0);
    CHECK(file->check().empty());
    CHECK(MapRepository(db).maps().size() == 1);
}

TEST_CASE("creating over an existing file is refused and a failed fill leaves nothing",
          "[storage][file]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    CHECK_THROWS_WITH(WorkspaceFile::create(path), Catch::Contains("already exists"));
    const auto other = dir.file("failed.cxw");
    CHECK_THROWS(WorkspaceFile::create(other, [](Database &db) {
        MapRepository(db).createDefault("half");
        throw Error(ErrorKind::BadInput, "input broke half way");
    }));
    CHECK(fs::directory_iterator(dir.path()) != fs::directory_iterator());
    for (const auto &entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().filename().string().rfind("w.cxw", 0) == 0);
}

TEST_CASE("a zero-byte file is refused and left alone", "[storage][file][badfile]")
{
    test::TempDir dir;
    writeBytes(dir.file("empty.cxw"), "");
    expectRefused(dir.file("empty.cxw"), "is empty (0 bytes)");
}

TEST_CASE("a file that is not SQLite is refused and left alone", "[storage][file][badfile]")
{
    test::TempDir dir;
    writeBytes(dir.file("notes.cxw"), "These are my workshop notes, not a database.\n");
    expectRefused(dir.file("notes.cxw"), "not an SQLite database");
}

TEST_CASE("an SQLite file that is not ours is refused and left alone", "[storage][file][badfile]")
{
    test::TempDir dir;
    const auto path = dir.file("other.db");
    {
        Database db(path, Database::Mode::Create);
        db.execute("CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('x')");
    }
    expectRefused(path, "not a Touchstone workspace");
}

TEST_CASE("a truncated workspace is refused and left alone", "[storage][file][badfile]")
{
    test::TempDir dir;
    const auto full = bytesOf(makeWorkspace(dir));
    REQUIRE(full.size() > 8192);
    writeBytes(dir.file("cut.cxw"), full.substr(0, full.size() / 2));
    expectRefused(dir.file("cut.cxw"), "is truncated");
    writeBytes(dir.file("header.cxw"), full.substr(0, 60));
    expectRefused(dir.file("header.cxw"), "is truncated");
}

TEST_CASE("a workspace from a newer version is refused and left alone", "[storage][file][badfile]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.execute("PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1));
    }
    expectRefused(path, "newer version of Touchstone");
}

TEST_CASE("a damaged workspace is refused", "[storage][file][badfile]")
{
    test::TempDir dir;
    auto bytes = bytesOf(makeWorkspace(dir));
    for (std::size_t i = 4096; i < 3 * 4096; ++i) // scribble over the second and third pages
        bytes[i] = char(0x5A);
    writeBytes(dir.file("damaged.cxw"), bytes);
    CHECK_THROWS_AS(WorkspaceFile::open(dir.file("damaged.cxw"), WorkspaceFile::Access::ReadOnly),
                    Error);
}

TEST_CASE("a missing file and a folder are refused", "[storage][file][badfile]")
{
    test::TempDir dir;
    CHECK_THROWS_WITH(WorkspaceFile::open(dir.file("nope.cxw"), WorkspaceFile::Access::ReadOnly),
                      Catch::Contains("no such file"));
    CHECK_THROWS_WITH(WorkspaceFile::open(dir.path(), WorkspaceFile::Access::ReadOnly),
                      Catch::Contains("is a folder"));
}

TEST_CASE("a second writer in the same process is refused; readers are not",
          "[storage][file][lock]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    auto writer = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    try {
        WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
        FAIL("second writer opened");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Locked);
        CHECK_THAT(e.what(), Catch::StartsWith(path) && Catch::Contains("open for writing"));
    }
    MapRepository(writer->db()).createDefault("Added while a reader looks");
    auto reader = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    CHECK(reader->readOnly());
    CHECK(MapRepository(reader->db()).maps().size() == 2);
    CHECK_THROWS(MapRepository(reader->db()).createDefault("must fail"));
    writer.reset();
    reader.reset();
    CHECK_NOTHROW(WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite));
}

TEST_CASE("another process holding the workspace for writing keeps us out", "[storage][file][lock]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    int ready[2], release[2];
    REQUIRE(pipe(ready) == 0);
    REQUIRE(pipe(release) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int status = 0;
        try {
            auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
            char c = 'r';
            (void)!write(ready[1], &c, 1);
            (void)!read(release[0], &c, 1);
        } catch (...) {
            status = 1;
        }
        _exit(status);
    }
    char c;
    REQUIRE(read(ready[0], &c, 1) == 1);
    CHECK_THROWS_WITH(WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite),
                      Catch::Contains("open for writing in another"));
    CHECK_NOTHROW(WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly));
    (void)!write(release[1], &c, 1);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_NOTHROW(WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite)); // lock released
}

TEST_CASE("save as writes a complete, independent copy with the backup API", "[storage][file]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    MapRepository(file->db()).createDefault("Second map");
    file->saveAs(dir.file("copy.cxw"));
    auto copy = WorkspaceFile::open(dir.file("copy.cxw"), WorkspaceFile::Access::ReadWrite);
    CHECK(MapRepository(copy->db()).maps().size() == 2);
    CHECK(copy->check().empty());
    MapRepository(copy->db()).createDefault("Only in the copy");
    CHECK(MapRepository(file->db()).maps().size() == 2);
}

TEST_CASE("reading a workspace leaves no -wal or -shm files behind", "[storage][file]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly).reset();
    WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite).reset();
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
}

TEST_CASE("a hostile file cannot load extensions or run planted triggers", "[storage][file]")
{
    test::TempDir dir;
    const auto path = makeWorkspace(dir);
    {
        sqlite3 *raw = nullptr; // an attacker's plain connection, without our defences
        REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw,
                             "CREATE TABLE audit (x); CREATE TRIGGER planted AFTER INSERT ON maps "
                             "BEGIN INSERT INTO audit VALUES (1); END;",
                             nullptr, nullptr, nullptr)
                == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    auto &db = file->db();
    CHECK_THROWS(db.execute("SELECT load_extension('/tmp/evil.so')"));
    MapRepository(db).createDefault("A map insert that would fire the trigger");
    CHECK(db.queryInt("SELECT COUNT(*) FROM audit") == 0);
    int value = -1;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &value);
    CHECK(value == 1);
}
