// touchstone-cli export-pdf: output and the exit codes of the contract.
#include "../cli/clirunner.h"
#include "interchange/demo.h"
#include "pdftools.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QFile>
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace ts;
using ts::test::runCli;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string demoFile(const test::TempDir &dir)
{
    const auto path = dir.file("demo.cxw");
    storage::WorkspaceFile::create(path, [](storage::Database &db) {
        storage::storeWorkspace(db, interchange::demoWorkspace());
    });
    return path;
}

int lines(const std::string &text)
{
    return int(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_CASE("cli export-pdf: a report with the chosen page size and sections", "[report][cli][pdf]")
{
    test::TempDir dir;
    const auto file = demoFile(dir);
    const auto pdf = dir.file("report.pdf");
    const auto r = runCli(
        {"export-pdf", q(file), q(pdf), "--page", "letter", "--sections", "title, roadmap,maps"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("report.pdf"));
    CHECK(test::pdfPageSize(pdf, 1) == QSizeF(612, 792));
    const std::string text = test::squeezed(test::pdfText(pdf));
    CHECK_THAT(text, Catch::Contains("Strategy roadmap") && Catch::Contains("Journey maps"));
    CHECK_THAT(text, !Catch::Contains("Alignment gaps"));
    // Written through a temporary file: nothing else is left in the folder.
    int files = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    CHECK(files == 2);
}

TEST_CASE("cli export-pdf: exit codes of the contract", "[report][cli][pdf]")
{
    test::TempDir dir;
    const auto file = demoFile(dir);
    const auto pdf = dir.file("report.pdf");
    SECTION("usage")
    {
        const auto unknown
            = runCli({"export-pdf", q(file), q(pdf), "--sections", "title,appendices"});
        CHECK(unknown.exitCode == 2);
        CHECK_THAT(unknown.err, Catch::Contains("appendices"));
        CHECK(runCli({"export-pdf", q(file), q(pdf), "--sections", ""}).exitCode == 2);
        CHECK(runCli({"export-pdf", q(file), q(pdf), "--page", "A5"}).exitCode == 2);
        CHECK(runCli({"export-pdf", q(file)}).exitCode == 2);
        CHECK(runCli({"export-pdf", q(file), q(dir.file("report.png"))}).exitCode == 2);
        CHECK(runCli({"export-pdf", q(file), q(pdf), "--colour"}).exitCode == 2);
        CHECK_FALSE(QFile::exists(q(pdf)));
    }
    SECTION("bad input: a missing or foreign file")
    {
        const auto missing = runCli({"export-pdf", q(dir.file("missing.cxw")), q(pdf)});
        CHECK(missing.exitCode == 3);
        CHECK(lines(missing.err) == 1);
        QFile foreign(q(dir.file("foreign.cxw")));
        REQUIRE(foreign.open(QIODevice::WriteOnly));
        foreign.write("not a workspace at all\n");
        foreign.close();
        CHECK(runCli({"export-pdf", q(dir.file("foreign.cxw")), q(pdf)}).exitCode == 3);
        CHECK_FALSE(QFile::exists(q(pdf)));
    }
    SECTION("cannot write")
    {
        const auto r = runCli({"export-pdf", q(file), q(dir.file("no/such/dir/report.pdf"))});
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Catch::Contains("report.pdf"));
        CHECK(lines(r.err) == 1);
        // Never over a workspace, even one named .pdf.
        const auto disguised = dir.file("workspace.pdf");
        std::filesystem::copy_file(file, disguised);
        const auto refused = runCli({"export-pdf", q(file), q(disguised)});
        CHECK(refused.exitCode == 4);
        CHECK_THAT(refused.err, Catch::Contains("workspace.pdf"));
        CHECK(std::filesystem::file_size(disguised) == std::filesystem::file_size(file));
    }
}
