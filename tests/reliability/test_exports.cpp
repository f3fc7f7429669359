// Exports never replace a workspace, and are written atomically: a write that fails half way
// leaves the file that was there before exactly as it was, with no temporary file beside it.
#include "app/exportfile.h"
#include "cli/clicommand.h"
#include "gui/guiapp.h"
#include "interchange/demo.h"
#include "report/pdfreport.h"
#include "storage/maprepository.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/resource.h>

using namespace ts;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// While alive, no file of this process may grow beyond `bytes` (writes fail with EFBIG),
// as when the disk fills up half way through an export.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_original);
        rlimit limit = m_original;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_original);
        std::signal(SIGXFSZ, m_signal);
    }

private:
    rlimit m_original {};
    void (*m_signal)(int) = nullptr;
};

void expectOnlyFiles(const test::TempDir &dir, std::size_t count)
{
    std::size_t n = 0;
    for (const auto &entry : fs::directory_iterator(dir.path())) {
        INFO(entry.path().string());
        CHECK(entry.path().string().find(".tmp") == std::string::npos);
        ++n;
    }
    CHECK(n == count);
}

} // namespace

TEST_CASE("export: the app refuses to overwrite a workspace and keeps the old file on a failed "
          "write",
          "[reliability][export]")
{
    test::guiApplication();
    test::TempDir dir;
    const auto workspace = dir.file("w.cxw");
    storage::WorkspaceFile::create(workspace, [](storage::Database &db) {
        storage::MapRepository(db).createDefault("Journey");
    }).reset();
    const auto before = slurp(workspace);
    const QString error = app::writeExportFile(QString::fromStdString(workspace), "a,b\n");
    CHECK_THAT(error.toStdString(), Catch::StartsWith(workspace) && Catch::Contains("workspace"));
    CHECK(slurp(workspace) == before);

    const auto target = dir.file("touchpoints.csv");
    std::ofstream(target) << "the export from last week\n";
    {
        FileSizeLimit limit(64 * 1024);
        const QString failed
            = app::writeExportFile(QString::fromStdString(target), QByteArray(1 << 20, 'x'));
        CHECK_THAT(failed.toStdString(), Catch::StartsWith(target + ": cannot write"));
    }
    CHECK(slurp(target) == "the export from last week\n");
    expectOnlyFiles(dir, 2);
    CHECK(app::writeExportFile(QString::fromStdString(target), "new\n").isEmpty());
    CHECK(slurp(target) == "new\n");
}

TEST_CASE("export: the CLI's writer and the PDF report keep the old file on a failed write",
          "[reliability][export]")
{
    test::guiApplication();
    test::TempDir dir;
    const auto target = dir.file("out.json");
    std::ofstream(target) << "{\"old\": true}\n";
    {
        FileSizeLimit limit(64 * 1024);
        CHECK_THROWS_WITH(cli::writeOutput(target, std::string(1 << 20, 'x')),
                          Catch::StartsWith(target + ": cannot write"));
    }
    CHECK(slurp(target) == "{\"old\": true}\n");

    const Workspace w = interchange::demoWorkspace();
    report::PdfReport pdf(w);
    const auto report = dir.file("report.pdf");
    std::ofstream(report) << "last quarter's report\n";
    {
        FileSizeLimit limit(16 * 1024); // the demo report is several hundred kB
        CHECK_THROWS_WITH(pdf.writeFile(QString::fromStdString(report)),
                          Catch::StartsWith(report + ": cannot write"));
    }
    CHECK(slurp(report) == "last quarter's report\n");
    expectOnlyFiles(dir, 2);
}
