#include "app/commands/rowcommands.h"

#include "app/workspacedocument.h"
#include "storage/database.h"
#include "storage/positions.h"

namespace ts::app {

std::vector<InsertRowsCommand::Position> InsertRowsCommand::positions()
{
    std::vector<Position> out;
    for (const auto &[table, condition] : shiftedRows()) {
        auto s = db().prepare("SELECT id, position FROM \"" + table + "\" WHERE " + condition);
        while (s.step())
            out.push_back({table, s.integer(0), int(s.integer(1))});
    }
    return out;
}

void InsertRowsCommand::writePositions(const std::vector<Position> &positions)
{
    for (const auto &p : positions)
        db().prepare("UPDATE \"" + p.table + "\" SET position = ? WHERE id = ?")
            .bind(1, p.position)
            .bind(2, std::int64_t(p.id))
            .run();
}

void InsertRowsCommand::apply()
{
    if (m_rows.empty()) {
        m_before = positions();
        m_rows = insert();
        return;
    }
    for (const auto &snapshot : m_snapshots)
        snapshot.restore(db());
    m_snapshots.clear();
    writePositions(m_after);
}

void InsertRowsCommand::revert()
{
    m_after = positions();
    std::vector<storage::RowSnapshot> snapshots;
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
        if (db().queryInt("SELECT COUNT(*) FROM \"" + it->first
                          + "\" WHERE id = " + std::to_string(it->second))
            == 0)
            continue; // already gone with a parent
        snapshots.push_back(storage::RowSnapshot::capture(db(), it->first, it->second));
        storage::removeRow(db(), it->first, it->second, it->first + " row");
    }
    m_snapshots.assign(snapshots.rbegin(), snapshots.rend());
    writePositions(m_before);
}

DeleteRowsCommand::DeleteRowsCommand(WorkspaceDocument &document, const QString &text,
                                     std::vector<RowRef> rows)
    : DocumentCommand(document, text)
    , m_rows(std::move(rows))
{ }

void DeleteRowsCommand::apply()
{
    m_snapshots.clear();
    for (const auto &[table, id] : m_rows) {
        if (db().queryInt("SELECT COUNT(*) FROM \"" + table + "\" WHERE id = " + std::to_string(id))
            == 0)
            continue; // went with an earlier row of this command
        m_snapshots.push_back(storage::RowSnapshot::capture(db(), table, id));
        storage::removeRow(db(), table, id, table + " row");
    }
}

void DeleteRowsCommand::revert()
{
    for (auto it = m_snapshots.rbegin(); it != m_snapshots.rend(); ++it)
        it->restore(db());
}

void DeleteRowsCommand::refresh()
{
    document().reloadAll();
}

ReorderRowsCommand::ReorderRowsCommand(WorkspaceDocument &document, const QString &text,
                                       std::string table, std::vector<Id> order)
    : DocumentCommand(document, text)
    , m_table(std::move(table))
    , m_order(std::move(order))
{ }

void ReorderRowsCommand::apply()
{
    m_before.clear();
    auto read = db().prepare("SELECT position FROM \"" + m_table + "\" WHERE id = ?");
    for (Id id : m_order) {
        read.bind(1, std::int64_t(id));
        if (read.step())
            m_before.emplace_back(id, int(read.integer(0)));
        read.reset();
    }
    storage::reorder(db(), m_table, m_order);
}

void ReorderRowsCommand::revert()
{
    auto write = db().prepare("UPDATE \"" + m_table + "\" SET position = ? WHERE id = ?");
    for (const auto &[id, position] : m_before)
        write.bind(1, position).bind(2, std::int64_t(id)).run();
}

} // namespace ts::app
