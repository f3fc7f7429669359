// Shared helpers for ordered rows: every ordered table has an integer `position` column.
#pragma once

#include "core/ids.h"

#include <string>
#include <string_view>
#include <vector>

namespace ts::storage {

class Database;

// Sets position = index for each id of `order` in `table` (one transaction).
void reorder(Database &db, std::string_view table, const std::vector<Id> &order);
// The position after the last row of `table` where `scopeColumn` = `scopeId` (or of all rows).
int nextPosition(Database &db, std::string_view table, std::string_view scopeColumn = {},
                 Id scopeId = 0);
// Deletes the row `id` from `table`; throws BadInput when there is no such row.
void removeRow(Database &db, std::string_view table, Id id, const std::string &what);
// Throws BadInput when an UPDATE touched no row.
void requireChanged(Database &db, const std::string &what, Id id);

} // namespace ts::storage
