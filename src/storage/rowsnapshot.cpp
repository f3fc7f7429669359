#include "storage/rowsnapshot.h"

#include "storage/database.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <sqlite3.h>

namespace ts::storage {
namespace {

struct ForeignKey
{
    std::string childTable;
    std::string childColumn;
    std::string parentColumn;
    std::string onDelete;
};

std::vector<std::string> tableNames(Database &db)
{
    auto s = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                        "'sqlite_%' ORDER BY name");
    std::vector<std::string> names;
    while (s.step())
        names.push_back(s.text(0));
    return names;
}

// Foreign keys of the whole schema, grouped by the table they point at.
std::map<std::string, std::vector<ForeignKey>> foreignKeysByParent(Database &db)
{
    std::map<std::string, std::vector<ForeignKey>> out;
    for (const auto &table : tableNames(db)) {
        auto s = db.prepare(
            "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)");
        s.bind(1, table);
        while (s.step())
            out[s.text(0)].push_back(
                {table, s.text(1), s.text(2).empty() ? "id" : s.text(2), s.text(3)});
    }
    return out;
}

SqlValue columnValue(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return std::int64_t(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, column);
    case SQLITE_TEXT:
        return std::string(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                           std::size_t(sqlite3_column_bytes(stmt, column)));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, column));
        return std::vector<unsigned char>(data, data + sqlite3_column_bytes(stmt, column));
    }
    default:
        return std::monostate {};
    }
}

void bindValue(Database &db, sqlite3_stmt *stmt, int index, const SqlValue &value)
{
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::int64_t>(value))
        rc = sqlite3_bind_int64(stmt, index, std::get<std::int64_t>(value));
    else if (std::holds_alternative<double>(value))
        rc = sqlite3_bind_double(stmt, index, std::get<double>(value));
    else if (const auto *text = std::get_if<std::string>(&value))
        rc = sqlite3_bind_text(stmt, index, text->data(), int(text->size()), SQLITE_TRANSIENT);
    else if (const auto *blob = std::get_if<std::vector<unsigned char>>(&value))
        rc = sqlite3_bind_blob(stmt, index, blob->data(), int(blob->size()), SQLITE_TRANSIENT);
    else
        rc = sqlite3_bind_null(stmt, index);
    db.check(rc, "binding");
}

// A raw prepared statement: RowSnapshot works on any table and column, so it binds values of
// whatever type the row held.
class RawStatement
{
public:
    RawStatement(Database &db, const std::string &sql)
        : m_db(db)
    {
        db.check(sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &m_stmt, nullptr),
                 "preparing a query");
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    void bind(int index, const SqlValue &value) { bindValue(m_db, m_stmt, index, value); }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_db.check(rc, "running a query");
        return false;
    }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

std::string quoted(const std::string &name)
{
    return "\"" + name + "\"";
}

std::string toText(const SqlValue &value)
{
    if (const auto *i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto *d = std::get_if<double>(&value))
        return std::to_string(*d);
    if (const auto *t = std::get_if<std::string>(&value))
        return "'" + *t + "'";
    if (const auto *b = std::get_if<std::vector<unsigned char>>(&value))
        return "blob(" + std::to_string(b->size()) + ")";
    return "NULL";
}

} // namespace

RowSnapshot RowSnapshot::capture(Database &db, const std::string &table, Id id)
{
    const auto keys = foreignKeysByParent(db);
    RowSnapshot snapshot;
    std::set<std::pair<std::string, std::string>> seen; // (table, rendered key) against cycles
    struct Pending
    {
        std::string table;
        std::string column;
        SqlValue value;
    };
    std::deque<Pending> queue {{table, "rowid", std::int64_t(id)}};
    bool first = true;
    while (!queue.empty()) {
        const auto pending = queue.front();
        queue.pop_front();
        RawStatement select(
            db, "SELECT * FROM " + quoted(pending.table) + " WHERE " + pending.column + " = ?");
        select.bind(1, pending.value);
        bool found = false;
        while (select.step()) {
            found = true;
            Row row {pending.table, {}, {}};
            const int count = sqlite3_column_count(select.get());
            for (int c = 0; c < count; ++c) {
                row.columns.push_back(sqlite3_column_name(select.get(), c));
                row.values.push_back(columnValue(select.get(), c));
            }
            std::string rendered;
            for (const auto &v : row.values)
                rendered += toText(v) + "|";
            if (!seen.insert({row.table, rendered}).second)
                continue;
            auto it = keys.find(row.table);
            if (it != keys.end()) {
                for (const auto &fk : it->second) {
                    const auto col
                        = std::find(row.columns.begin(), row.columns.end(), fk.parentColumn);
                    if (col == row.columns.end())
                        continue;
                    const auto &parentValue = row.values[std::size_t(col - row.columns.begin())];
                    if (fk.onDelete == "CASCADE") {
                        queue.push_back(
                            Pending {fk.childTable, quoted(fk.childColumn), parentValue});
                    } else if (fk.onDelete == "SET NULL") {
                        RawStatement refs(db,
                                          "SELECT rowid FROM " + quoted(fk.childTable) + " WHERE "
                                              + quoted(fk.childColumn) + " = ?");
                        refs.bind(1, parentValue);
                        while (refs.step())
                            snapshot.m_nulled.push_back(
                                NulledReference {fk.childTable, fk.childColumn, "rowid",
                                                 columnValue(refs.get(), 0), parentValue});
                    }
                }
            }
            snapshot.m_rows.push_back(std::move(row));
        }
        if (first && !found)
            throw Error(ErrorKind::BadInput,
                        db.path() + ": no " + table + " row with id " + std::to_string(id));
        first = false;
    }
    return snapshot;
}

void RowSnapshot::restore(Database &db) const
{
    Transaction transaction(db);
    // Rows reference each other in any order (a link between two restored cards): check the
    // foreign keys once, at commit.
    db.execute("PRAGMA defer_foreign_keys = ON");
    for (const auto &row : m_rows) {
        std::string columns, marks;
        for (const auto &c : row.columns) {
            columns += (columns.empty() ? "" : ", ") + quoted(c);
            marks += marks.empty() ? "?" : ", ?";
        }
        RawStatement insert(
            db, "INSERT INTO " + quoted(row.table) + " (" + columns + ") VALUES (" + marks + ")");
        for (std::size_t i = 0; i < row.values.size(); ++i)
            insert.bind(int(i + 1), row.values[i]);
        insert.step();
    }
    for (const auto &ref : m_nulled) {
        RawStatement update(db,
                            "UPDATE " + quoted(ref.table) + " SET " + quoted(ref.column)
                                + " = ? WHERE rowid = ?");
        update.bind(1, ref.value);
        update.bind(2, ref.key);
        update.step();
    }
    transaction.commit();
}

std::string dumpDatabase(Database &db)
{
    std::string out;
    for (const auto &table : tableNames(db)) {
        out += "== " + table + "\n";
        RawStatement select(db, "SELECT * FROM " + quoted(table) + " ORDER BY 1, 2");
        while (select.step()) {
            const int count = sqlite3_column_count(select.get());
            for (int c = 0; c < count; ++c)
                out += toText(columnValue(select.get(), c)) + (c + 1 < count ? "|" : "\n");
        }
    }
    return out;
}

} // namespace ts::storage
