// libFuzzer target: interchange JSON import (parse, fromJson) and storing the result in a database.
#include "core/error.h"
#include "interchange/workspacejson.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/workspacestore.h"

#include <cstddef>
#include <cstdint>
#include <spdlog/spdlog.h>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Migration notes on every input would drown the fuzzer's own output and slow it down.
    static const bool quiet = (spdlog::set_level(spdlog::level::off), true);
    (void)quiet;
    const std::string text(reinterpret_cast<const char *>(data), size);
    ts::Workspace workspace;
    try {
        const auto json = ts::interchange::parseJson(text, "fuzz.json");
        workspace = ts::interchange::fromJson(json, "fuzz.json");
    } catch (const ts::Error &) {
        return 0; // rejected with a message: the expected outcome for bad input
    }
    // Whatever fromJson accepts must store (and read back) without a crash; a constraint the
    // importer missed still has to surface as ts::Error, which is caught here.
    try {
        ts::storage::Database db(":memory:", ts::storage::Database::Mode::Create);
        ts::storage::migrate(db);
        ts::storage::storeWorkspace(db, workspace);
        const auto loaded = ts::storage::loadWorkspace(db);
        (void)ts::interchange::dumpJson(ts::interchange::toJson(loaded));
    } catch (const ts::Error &) { }
    return 0;
}
