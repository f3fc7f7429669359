#include "storage/positions.h"

#include "storage/database.h"

namespace ts::storage {

void reorder(Database &db, std::string_view table, const std::vector<Id> &order)
{
    Transaction transaction(db);
    auto update = db.prepare("UPDATE " + std::string(table) + " SET position = ? WHERE id = ?");
    int position = 0;
    for (Id id : order) {
        update.bind(1, position++).bind(2, std::int64_t(id)).run();
        requireChanged(db, std::string(table) + " row", id);
    }
    transaction.commit();
}

int nextPosition(Database &db, std::string_view table, std::string_view scopeColumn, Id scopeId)
{
    std::string sql = "SELECT COALESCE(MAX(position) + 1, 0) FROM " + std::string(table);
    if (!scopeColumn.empty())
        sql += " WHERE " + std::string(scopeColumn) + " = " + std::to_string(scopeId);
    return int(db.queryInt(sql));
}

void removeRow(Database &db, std::string_view table, Id id, const std::string &what)
{
    Transaction transaction(db);
    db.prepare("DELETE FROM " + std::string(table) + " WHERE id = ?")
        .bind(1, std::int64_t(id))
        .run();
    requireChanged(db, what, id);
    transaction.commit();
}

void requireChanged(Database &db, const std::string &what, Id id)
{
    if (db.changes() == 0)
        throw Error(ErrorKind::BadInput,
                    db.path() + ": no " + what + " with id " + std::to_string(id));
}

} // namespace ts::storage
