// The write-ahead log is copied into the workspace file on a thread of its own
// (storage/backgroundcheckpoint.h): commits never wait for it, closing does.
#include "fixture.h"
#include "storage/database.h"
#include "support/bulkresponses.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace ts;
using namespace ts::storage;
namespace fs = std::filesystem;

namespace {

void addResponses(Database &db, int rows)
{
    test::addBulkResponses(db, 1, rows);
}

} // namespace

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "a commit that leaves 1,000 pages in the log is copied into the file on a thread "
                 "of its own",
                 "[storage][checkpoint]")
{
    REQUIRE(file->backgroundCheckpoint());
    const auto before = fs::file_size(file->path());
    addResponses(db, 30000);
    file->waitForCheckpoint();
    const auto counts = file->backgroundCheckpoint()->counts();
    CHECK(counts.finished == 1);
    CHECK(counts.failed == 0);
    // The rows are now in the database file itself, not only in its log.
    CHECK(fs::file_size(file->path()) > before + 6'000'000);
    CHECK(db.queryInt("SELECT COUNT(*) FROM survey_responses") == 30000);
}

TEST_CASE_METHOD(test::WorkspaceFixture, "a small commit leaves the log for later",
                 "[storage][checkpoint]")
{
    addResponses(db, 10);
    file->waitForCheckpoint();
    CHECK(file->backgroundCheckpoint()->counts().finished == 0);
    CHECK(fs::file_size(file->path() + "-wal") > 0);
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "after the copy, the next commit shrinks a large log back to 16 MiB",
                 "[storage][checkpoint]")
{
    addResponses(db, 90000);
    file->waitForCheckpoint();
    CHECK(fs::file_size(file->path() + "-wal") > 16u * 1024 * 1024);
    addResponses(db, 1);
    CHECK(fs::file_size(file->path() + "-wal") <= 16u * 1024 * 1024);
    CHECK(db.queryInt("SELECT COUNT(*) FROM survey_responses") == 90001);
}

// Back-to-back commits begin before the worker has copied the log, so it can never start over
// on its own; without the commit's own small checkpoint it would grow with every commit.
TEST_CASE_METHOD(test::WorkspaceFixture,
                 "a steady stream of commits keeps the log from growing without end",
                 "[storage][checkpoint]")
{
    for (int i = 0; i < 1500; ++i)
        addResponses(db, 40); // about 10,000 bytes: 3-4 pages of the log each
    file->waitForCheckpoint();
    const auto counts = file->backgroundCheckpoint()->counts();
    CHECK(counts.failed == 0);
    CHECK(counts.finished + counts.onCommit >= 2);
    // Without the restarts it held every page of every commit: 11,451. The bound leaves room for
    // a worker slowed down by a busy machine (while it runs, commits do not copy themselves).
    CHECK(counts.largestLog < 8000);
    CHECK(db.queryInt("SELECT COUNT(*) FROM survey_responses") == 60000);
}

TEST_CASE("closing the file right after a large commit leaves a sound file and no log",
          "[storage][checkpoint]")
{
    test::TempDir dir;
    const auto path = dir.file("closing.cxw");
    {
        auto file = WorkspaceFile::create(path);
        addResponses(file->db(), 30000);
        // Closed while the checkpoint may still be running.
    }
    CHECK_FALSE(fs::exists(path + "-wal"));
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    CHECK(file->backgroundCheckpoint() == nullptr); // a reader commits nothing
    CHECK(file->db().queryInt("SELECT COUNT(*) FROM survey_responses") == 30000);
    CHECK(file->check().empty());
}
