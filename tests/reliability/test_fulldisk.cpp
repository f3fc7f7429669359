// A disk with no room: the edit is refused with a clear message, nothing is pushed on the undo
// stack, the mirror and the file keep the state from before, and the next edit works.
#include "app/workspacedocument.h"
#include "faultyvfs.h"
#include "fulldiskcheck.h"
#include "gui/guiapp.h"
#include "killscript.h"
#include "storage/database.h"
#include "storage/workspacefile.h"
#include "support/bulkresponses.h"
#include "support/tempdir.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace ts;
using reliability::FaultyVfs;

namespace {

struct ChildResult
{
    int exitCode;
    std::string output;
    std::string errors;
};

ChildResult runChild(const QStringList &args)
{
    QProcess child;
    child.start(QStringLiteral(TOUCHSTONE_RELIABILITY_CHILD), args);
    REQUIRE(child.waitForFinished(60000));
    return {child.exitCode(), child.readAllStandardOutput().toStdString(),
            child.readAllStandardError().toStdString()};
}

} // namespace

TEST_CASE("full disk (VFS that refuses writes): the edit is refused cleanly at every point of the "
          "write",
          "[reliability][fulldisk]")
{
    test::guiApplication();
    FaultyVfs::install();
    test::TempDir dir;
    const std::string path = dir.file("full.cxw");
    reliability::createKillWorkspace(path);
    app::WorkspaceDocument doc(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    // The disk fills up at the first write, inside the WAL header, mid-page, at the commit...
    for (const std::int64_t room : {0, 24, 100, 4096, 4200, 40000, 200000, 300000, 600000}) {
        INFO("room left on the disk: " << room << " bytes");
        reliability::DiskFault fault;
        fault.impose = [room] {
            FaultyVfs::failAfter(room);
        };
        fault.lift = [&] {
            CHECK(FaultyVfs::refusedWrites() > 0); // the fault did hit this edit
            FaultyVfs::lift();
        };
        fault.wording = {"the disk is full"};
        CHECK(reliability::checkRefusedEdit(doc, fault) == "");
    }
    FaultyVfs::lift();
    FaultyVfs::uninstall();
}

TEST_CASE("full disk (RLIMIT_FSIZE in a child process): the edit is refused cleanly",
          "[reliability][fulldisk]")
{
    test::TempDir dir;
    const auto child
        = runChild({QStringLiteral("fsize"), QString::fromStdString(dir.file("f.cxw"))});
    const auto &output = child.output;
    INFO(output << child.errors);
    CHECK(child.exitCode == 0);
    CHECK_THAT(output, Catch::EndsWith("\nok\n")); // after spdlog's lines
}

TEST_CASE("full disk (a 3 MB tmpfs filled up, when the test may mount one)",
          "[reliability][fulldisk]")
{
    test::TempDir dir;
    const auto child = runChild({QStringLiteral("tmpfs"), QString::fromStdString(dir.path())});
    const auto &output = child.output;
    INFO(output << child.errors);
    if (child.exitCode == 77) {
        WARN("skipped the tmpfs variant: " << output);
        return;
    }
    CHECK(child.exitCode == 0);
    CHECK_THAT(output, Catch::EndsWith("\nok\n")); // after spdlog's lines
}

// The log is copied into the database file on a thread of its own (BackgroundCheckpoint). When
// the disk refuses that copy, the commits already made stand (they are in the log), the failure
// is logged with the file named, and the next checkpoint or the close copies everything.
TEST_CASE("full disk while the log is copied in the background: logged, and nothing is lost",
          "[reliability][fulldisk][checkpoint]")
{
    FaultyVfs::install();
    test::TempDir dir;
    const std::string path = dir.file("checkpoint.cxw");
    std::ostringstream log;
    const auto previous = spdlog::default_logger();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>(
        "capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log)));
    {
        auto file = storage::WorkspaceFile::create(path);
        const auto sizeBefore = std::filesystem::file_size(path);
        FaultyVfs::failAfter(0, FaultyVfs::Files::MainDatabaseOnly);
        test::addBulkResponses(file->db(), 1,
                               30000); // the commit itself only writes the log: it succeeds
        file->waitForCheckpoint();
        const auto counts = file->backgroundCheckpoint()->counts();
        CHECK(counts.failed == 1);
        CHECK_THAT(counts.lastError, Catch::Contains(path) && Catch::Contains("the disk is full"));
        CHECK_THAT(log.str(), Catch::Contains(path) && Catch::Contains("the disk is full"));
        CHECK(FaultyVfs::refusedWrites() > 0);
        CHECK(std::filesystem::file_size(path) <= sizeBefore + 4096); // nothing half-copied counts
        CHECK(file->db().queryInt("SELECT COUNT(*) FROM survey_responses") == 30000);
        FaultyVfs::lift();
        test::addBulkResponses(file->db(), 30001, 5000); // the next checkpoint copies both commits
        file->waitForCheckpoint();
        CHECK(file->backgroundCheckpoint()->counts().finished == 1);
    }
    spdlog::set_default_logger(previous);
    FaultyVfs::uninstall();
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    auto file = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    CHECK(file->db().queryInt("SELECT COUNT(*) FROM survey_responses") == 35000);
    CHECK(file->check().empty());
}
