#include "storage/workspacesummary.h"

#include "storage/database.h"

namespace ts::storage {

std::string organisationName(Database &db)
{
    auto s = db.prepare("SELECT organisation FROM canvas");
    return s.step() ? s.text(0) : std::string();
}

std::vector<MapSummary> summarizeMaps(Database &db)
{
    std::vector<MapSummary> maps;
    auto s = db.prepare("SELECT m.id, m.uid, m.name, (SELECT COUNT(*) FROM stages s WHERE "
                        "s.map_id = m.id), (SELECT COUNT(*) FROM cards c WHERE c.map_id = m.id) "
                        "FROM maps m ORDER BY m.position, m.id");
    while (s.step())
        maps.push_back({s.integer(0), s.text(1), s.text(2), s.integer(3), s.integer(4)});
    return maps;
}

} // namespace ts::storage
