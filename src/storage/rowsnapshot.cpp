#include "storage/rowsnapshot.h"

#include "storage/database.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <sqlite3.h>
#include <unordered_set>

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

// The packed form of RowSnapshot::Rows::values.
enum Tag : char { Null, Integer, Real, Text, Bytes };

template<typename T> void putRaw(std::string &out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

template<typename T> T getRaw(const std::string &in, std::size_t &at)
{
    T value;
    std::memcpy(&value, in.data() + at, sizeof(T));
    at += sizeof(T);
    return value;
}

void packColumn(std::string &out, sqlite3_stmt *stmt, int column)
{
    const int type = sqlite3_column_type(stmt, column);
    if (type == SQLITE_INTEGER) {
        out.push_back(Integer);
        putRaw(out, std::int64_t(sqlite3_column_int64(stmt, column)));
    } else if (type == SQLITE_FLOAT) {
        out.push_back(Real);
        putRaw(out, sqlite3_column_double(stmt, column));
    } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
        const void *data = type == SQLITE_TEXT
            ? static_cast<const void *>(sqlite3_column_text(stmt, column))
            : sqlite3_column_blob(stmt, column);
        const auto size = std::uint32_t(sqlite3_column_bytes(stmt, column));
        out.push_back(type == SQLITE_TEXT ? Text : Bytes);
        putRaw(out, size);
        if (size)
            out.append(static_cast<const char *>(data), size);
    } else {
        out.push_back(Null);
    }
}

// Binds the packed value at `at` to parameter `index` and moves `at` past it.
void bindPacked(Database &db, sqlite3_stmt *stmt, int index, const std::string &in, std::size_t &at)
{
    const char tag = in[at++];
    int rc = SQLITE_OK;
    if (tag == Integer) {
        rc = sqlite3_bind_int64(stmt, index, getRaw<std::int64_t>(in, at));
    } else if (tag == Real) {
        rc = sqlite3_bind_double(stmt, index, getRaw<double>(in, at));
    } else if (tag == Text || tag == Bytes) {
        const auto size = getRaw<std::uint32_t>(in, at);
        const char *data = in.data() + at; // stays put until the statement has run
        rc = tag == Text ? sqlite3_bind_text(stmt, index, data, int(size), SQLITE_STATIC)
                         : sqlite3_bind_blob(stmt, index, data, int(size), SQLITE_STATIC);
        at += size;
    } else {
        rc = sqlite3_bind_null(stmt, index);
    }
    db.check(rc, "binding");
}

// Tables declared WITHOUT ROWID (survey_columns): their rows are told apart by their values.
std::set<std::string> tablesWithoutRowid(Database &db)
{
    auto s = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1");
    std::set<std::string> names;
    while (s.step())
        names.insert(s.text(0));
    return names;
}

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
    const auto withoutRowid = tablesWithoutRowid(db);
    RowSnapshot snapshot;
    // Against cycles and rows reached twice (a link between two deleted cards): rowids per table,
    // or the rendered values of a row without one.
    std::map<std::string, std::unordered_set<std::int64_t>> seenRowids;
    std::set<std::pair<std::string, std::string>> seenRows;
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
        const bool hasRowid = !withoutRowid.contains(pending.table);
        RawStatement select(db,
                            std::string("SELECT ") + (hasRowid ? "rowid, " : "") + "* FROM "
                                + quoted(pending.table) + " WHERE " + pending.column + " = ?");
        select.bind(1, pending.value);
        sqlite3_stmt *stmt = select.get();
        const int firstColumn = hasRowid ? 1 : 0;
        const int count = sqlite3_column_count(stmt);
        Rows rows {pending.table, {}, {}, 0};
        for (int c = firstColumn; c < count; ++c)
            rows.columns.push_back(sqlite3_column_name(stmt, c));
        // The foreign keys that point at this table, with the column each refers to.
        std::vector<std::pair<const ForeignKey *, int>> children;
        if (const auto it = keys.find(pending.table); it != keys.end()) {
            for (const auto &fk : it->second) {
                const auto col
                    = std::find(rows.columns.begin(), rows.columns.end(), fk.parentColumn);
                if (col != rows.columns.end())
                    children.emplace_back(&fk, firstColumn + int(col - rows.columns.begin()));
            }
        }
        bool found = false;
        while (select.step()) {
            found = true;
            if (hasRowid) {
                if (!seenRowids[pending.table].insert(sqlite3_column_int64(stmt, 0)).second)
                    continue;
            } else {
                std::string rendered;
                for (int c = 0; c < count; ++c)
                    rendered += toText(columnValue(stmt, c)) + "|";
                if (!seenRows.insert({pending.table, rendered}).second)
                    continue;
            }
            for (int c = firstColumn; c < count; ++c)
                packColumn(rows.values, stmt, c);
            ++rows.count;
            for (const auto &[fk, column] : children) {
                const SqlValue parentValue = columnValue(stmt, column);
                if (fk->onDelete == "CASCADE") {
                    queue.push_back(Pending {fk->childTable, quoted(fk->childColumn), parentValue});
                } else if (fk->onDelete == "SET NULL") {
                    RawStatement refs(db,
                                      "SELECT rowid FROM " + quoted(fk->childTable) + " WHERE "
                                          + quoted(fk->childColumn) + " = ?");
                    refs.bind(1, parentValue);
                    while (refs.step())
                        snapshot.m_nulled.push_back(
                            NulledReference {fk->childTable, fk->childColumn, "rowid",
                                             columnValue(refs.get(), 0), parentValue});
                }
            }
        }
        if (first && !found)
            throw Error(ErrorKind::BadInput,
                        db.path() + ": no " + table + " row with id " + std::to_string(id));
        first = false;
        if (rows.count > 0)
            snapshot.m_rows.push_back(std::move(rows));
    }
    return snapshot;
}

std::size_t RowSnapshot::rowCount() const
{
    std::size_t count = 0;
    for (const auto &rows : m_rows)
        count += rows.count;
    return count;
}

void RowSnapshot::restore(Database &db) const
{
    Transaction transaction(db);
    // Rows reference each other in any order (a link between two restored cards): check the
    // foreign keys once, at commit.
    db.execute("PRAGMA defer_foreign_keys = ON");
    for (const auto &rows : m_rows) {
        std::string columns, marks;
        for (const auto &c : rows.columns) {
            columns += (columns.empty() ? "" : ", ") + quoted(c);
            marks += marks.empty() ? "?" : ", ?";
        }
        RawStatement insert(
            db, "INSERT INTO " + quoted(rows.table) + " (" + columns + ") VALUES (" + marks + ")");
        std::size_t at = 0;
        for (std::size_t row = 0; row < rows.count; ++row) {
            for (std::size_t i = 0; i < rows.columns.size(); ++i)
                bindPacked(db, insert.get(), int(i + 1), rows.values, at);
            insert.step();
            sqlite3_reset(insert.get());
        }
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
