// libFuzzer target: opening a workspace file (read-only and read-write) and loading everything.
#include "core/error.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <spdlog/spdlog.h>
#include <string>
#include <unistd.h>

namespace {

// One temporary file per process, rewritten for every input.
const std::string &tempPath()
{
    static const std::string path = [] {
        const char *dir = std::getenv("TMPDIR");
        return std::string(dir && *dir ? dir : "/tmp") + "/touchstone-fuzz-"
            + std::to_string(::getpid()) + ".tswork";
    }();
    return path;
}

void removeFiles(const std::string &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        std::remove((path + suffix).c_str());
}

void openAndLoad(const std::string &path, ts::storage::WorkspaceFile::Access access)
{
    try {
        auto file = ts::storage::WorkspaceFile::open(path, access);
        (void)file->schemaVersion();
        (void)ts::storage::loadWorkspace(file->db());
        (void)ts::storage::countWorkspace(file->db());
    } catch (const ts::Error &) {
        // Rejected with a message: the expected outcome for a damaged or foreign file.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Migration notes on every input would drown the fuzzer's own output and slow it down.
    static const bool quiet = (spdlog::set_level(spdlog::level::off), true);
    (void)quiet;
    const std::string &path = tempPath();
    for (auto access : {ts::storage::WorkspaceFile::Access::ReadOnly,
                        ts::storage::WorkspaceFile::Access::ReadWrite}) {
        // Rewritten before each open: a read-write open may migrate or repair the file.
        removeFiles(path);
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out.write(reinterpret_cast<const char *>(data), std::streamsize(size));
        }
        openAndLoad(path, access);
    }
    removeFiles(path);
    return 0;
}
