#include "storage/snapshotrepository.h"

#include "core/quarter.h"
#include "storage/database.h"
#include "storage/positions.h"

namespace ts::storage {

std::vector<Snapshot> SnapshotRepository::snapshots()
{
    auto s
        = m_db.prepare("SELECT id, uid, name, created_at, note, data FROM snapshots ORDER BY id");
    std::vector<Snapshot> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    return out;
}

void SnapshotRepository::add(Snapshot &snapshot)
{
    if (snapshot.uid.empty())
        snapshot.uid = newUid();
    if (snapshot.createdAt.empty())
        snapshot.createdAt = nowIso();
    if (snapshot.name.empty())
        throw Error(ErrorKind::BadInput, m_db.path() + ": a snapshot needs a name");
    m_db.prepare(
            "INSERT INTO snapshots (id, uid, name, created_at, note, data) VALUES (?,?,?,?,?,?)")
        .bindId(1, snapshot.id)
        .bind(2, snapshot.uid)
        .bind(3, snapshot.name)
        .bind(4, snapshot.createdAt)
        .bind(5, snapshot.note)
        .bind(6, snapshot.data)
        .run();
    snapshot.id = m_db.lastInsertId();
}

void SnapshotRepository::rename(Id id, const std::string &name, const std::string &note)
{
    if (name.empty())
        throw Error(ErrorKind::BadInput, m_db.path() + ": a snapshot needs a name");
    m_db.prepare("UPDATE snapshots SET name = ?, note = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, note)
        .bind(3, std::int64_t(id))
        .run();
    requireChanged(m_db, "snapshot", id);
}

void SnapshotRepository::remove(Id id)
{
    removeRow(m_db, "snapshots", id, "snapshot");
}

} // namespace ts::storage
