// A disk with no room: the edit is refused with a clear message, nothing is pushed on the undo
// stack, the mirror and the file keep the state from before, and the next edit works.
#include "app/workspacedocument.h"
#include "faultyvfs.h"
#include "fulldiskcheck.h"
#include "gui/guiapp.h"
#include "killscript.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <iostream>

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
