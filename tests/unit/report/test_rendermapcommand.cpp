#include "../cli/clirunner.h"
#include "samplemap.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"
#include "surveysample.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
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

std::string sampleFile(const test::TempDir &dir)
{
    const auto path = dir.file("sample.cxw");
    storage::WorkspaceFile::create(
        path, [](storage::Database &db) { storage::storeWorkspace(db, test::sampleWorkspace()); });
    return path;
}

int lines(const std::string &text)
{
    return int(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_CASE("cli render-map: PNG by name at a dpi, SVG by id", "[report][cli]")
{
    test::TempDir dir;
    const auto file = sampleFile(dir);
    const auto png = dir.file("map.png");
    const auto r = runCli({"render-map", q(file), "Buying a new EV", q(png), "--dpi", "96"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    QImageReader reader(q(png));
    CHECK(reader.format() == "png");
    const QSize at96 = reader.size();
    CHECK(at96.width() > 800);
    REQUIRE(runCli({"render-map", q(file), "buying a NEW ev", q(png), "--dpi", "192"}).exitCode
            == 0);
    const QSize at192 = QImageReader(q(png)).size();
    CHECK(std::abs(at192.width() - 2 * at96.width()) <= 2);

    const auto svg = dir.file("map.svg");
    REQUIRE(runCli({"render-map", q(file), "1", q(svg)}).exitCode == 0);
    QFile out(q(svg));
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    CHECK(bytes.contains("<svg"));
    CHECK(bytes.contains("Consideration"));
    // Nothing but the result is left in the folder (written through a temporary file).
    int files = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    CHECK(files == 3);
}

TEST_CASE("cli render-map: the stage and touchpoint survey figures, as the editor draws them",
          "[report][cli]")
{
    test::TempDir dir;
    const auto path = dir.file("surveyed.cxw");
    auto w = test::sampleWorkspace();
    test::addResponses(w, "Purchase", "Showroom visit");
    storage::WorkspaceFile::create(path,
                                   [&](storage::Database &db) { storage::storeWorkspace(db, w); });
    const auto svg = dir.file("map.svg");
    const auto r = runCli({"render-map", q(path), "Buying a new EV", q(svg)});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    QFile out(q(svg));
    REQUIRE(out.open(QIODevice::ReadOnly));
    // Once at the foot of the Purchase stage, once under the Showroom visit card.
    CHECK(out.readAll().count("NPS +25 · n 40") == 2);
    const auto png = dir.file("map.png");
    REQUIRE(runCli({"render-map", q(path), "1", q(png), "--dpi", "96"}).exitCode == 0);
    const auto plain = dir.file("plain.png");
    REQUIRE(runCli({"render-map", q(sampleFile(dir)), "1", q(plain), "--dpi", "96"}).exitCode == 0);
    // The layout kept room for the figures.
    CHECK(QImageReader(q(png)).size().height() > QImageReader(q(plain)).size().height());
}

TEST_CASE("cli render-map: exit codes of the contract", "[report][cli]")
{
    test::TempDir dir;
    const auto file = sampleFile(dir);
    const auto png = dir.file("map.png");
    SECTION("usage")
    {
        CHECK(runCli({"render-map", q(file), "1"}).exitCode == 2);
        CHECK(runCli({"render-map", q(file), "1", q(dir.file("map.jpg"))}).exitCode == 2);
        CHECK(runCli({"render-map", q(file), "1", q(png), "--dpi", "many"}).exitCode == 2);
        CHECK(runCli({"render-map", q(file), "1", q(png), "--dpi", "5000"}).exitCode == 2);
        CHECK(runCli({"render-map", q(file), "1", q(png), "--colour"}).exitCode == 2);
    }
    SECTION("bad input: an unknown map, a missing or foreign file")
    {
        const auto unknown = runCli({"render-map", q(file), "No such map", q(png)});
        CHECK(unknown.exitCode == 3);
        CHECK_THAT(unknown.err,
                   Catch::StartsWith(file) && Catch::Contains("No such map")
                       && Catch::Contains("Buying a new EV"));
        CHECK(lines(unknown.err) == 1);
        CHECK(runCli({"render-map", q(file), "42", q(png)}).exitCode == 3);
        CHECK(runCli({"render-map", q(dir.file("missing.cxw")), "1", q(png)}).exitCode == 3);
        QFile foreign(q(dir.file("foreign.cxw")));
        REQUIRE(foreign.open(QIODevice::WriteOnly));
        foreign.write("not a workspace at all\n");
        foreign.close();
        CHECK(runCli({"render-map", q(dir.file("foreign.cxw")), "1", q(png)}).exitCode == 3);
        CHECK_FALSE(QFile::exists(q(png)));
    }
    SECTION("cannot write")
    {
        const auto r = runCli({"render-map", q(file), "1", q(dir.file("no/such/dir/map.png"))});
        CHECK(r.exitCode == 4);
        CHECK_THAT(r.err, Catch::Contains("map.png"));
        CHECK(lines(r.err) == 1);
        // Never over a workspace, even one named .svg.
        const auto disguised = dir.file("workspace.svg");
        std::filesystem::copy_file(file, disguised);
        CHECK(runCli({"render-map", q(file), "1", q(disguised)}).exitCode == 4);
    }
}
