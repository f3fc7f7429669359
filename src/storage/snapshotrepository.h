// Named, dated snapshots of the workspace (stored as interchange JSON).
#pragma once

#include "core/snapshot.h"

#include <vector>

namespace ts::storage {

class Database;

class SnapshotRepository
{
public:
    explicit SnapshotRepository(Database &db)
        : m_db(db)
    { }

    std::vector<Snapshot> snapshots();
    void add(Snapshot &snapshot);
    void rename(Id id, const std::string &name, const std::string &note);
    void remove(Id id);

private:
    Database &m_db;
};

} // namespace ts::storage
