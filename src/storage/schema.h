// The workspace file's schema: numbered migrations keyed on PRAGMA user_version.
#pragma once

#include <string_view>
#include <vector>

namespace ts::storage {

class Database;

// "TSCX" as a big-endian integer, written to PRAGMA application_id.
constexpr int kApplicationId = 0x54534358;

struct Migration
{
    int version; // user_version after this migration
    std::string_view about; // one line for the log
    std::string_view sql;
    // Runs after `sql`, in the same transaction: data the new tables derive from older ones.
    void (*fill)(Database &db) = nullptr;
};

const std::vector<Migration> &migrations();
int currentSchemaVersion();

// Brings `db` from its user_version up to `target` (default: current), one transaction each.
void migrate(Database &db, int target = 0);

} // namespace ts::storage
