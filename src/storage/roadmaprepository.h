// Initiatives on the strategy roadmap and what each one serves.
#pragma once

#include "core/initiative.h"

#include <optional>
#include <vector>

namespace ts::storage {

class Database;

class RoadmapRepository
{
public:
    explicit RoadmapRepository(Database &db)
        : m_db(db)
    { }

    std::vector<Initiative> initiatives(); // with links
    std::optional<Initiative> initiative(Id id);
    void add(Initiative &initiative); // with its links, one transaction
    void update(const Initiative &initiative);
    void remove(Id id);
    void reorder(const std::vector<Id> &order);

private:
    void writeLinks(const Initiative &initiative);
    std::vector<Initiative> select(const std::string &where, Id id);
    Database &m_db;
};

} // namespace ts::storage
