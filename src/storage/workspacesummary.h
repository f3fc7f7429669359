// Small read-only summaries of a workspace, read without loading it: what `touchstone-cli info`
// prints.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ts::storage {

class Database;

struct MapSummary
{
    std::int64_t id = 0;
    std::string uid;
    std::string name;
    std::int64_t stages = 0;
    std::int64_t cards = 0;
};

// The canvas's organisation, or "" when there is no canvas row.
std::string organisationName(Database &db);
// Every map in display order, with its stage and card counts.
std::vector<MapSummary> summarizeMaps(Database &db);

} // namespace ts::storage
