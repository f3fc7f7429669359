#include "storage/database.h"

#include <cstring>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace ts::storage {

Database::Database(const std::string &path, Mode mode, const char *vfs)
    : m_path(path)
    , m_mode(mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ErrorKind::BadInput, path + ": cannot open: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A workspace can come from anyone: no extensions, no code from the schema.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_busy_timeout(m_db, 2000);
    // Sorts and temporary indexes stay in memory: on a full disk, re-reading the workspace after a
    // refused edit must not fail because a sort could not spill to a temporary file.
    if (sqlite3_exec(m_db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr) != SQLITE_OK)
        spdlog::warn("{}: temporary data will go to disk: {}", path, sqlite3_errmsg(m_db));
}

Database::~Database()
{
    if (m_db && sqlite3_close(m_db) != SQLITE_OK)
        spdlog::error("closing {}: {}", m_path, sqlite3_errmsg(m_db));
}

void Database::check(int rc, std::string_view doing, ErrorKind kind) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_READONLY)
        kind = ErrorKind::Write;
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        kind = ErrorKind::BadInput;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        kind = ErrorKind::Locked;
    std::string message = m_path + ": " + std::string(doing) + ": ";
    message += primary == SQLITE_FULL ? "the disk is full" : sqlite3_errmsg(m_db);
    // "disk I/O error" alone does not tell the user what went wrong or what to do.
    if (rc == SQLITE_IOERR_WRITE)
        message += " (the disk refused a write: it may be full, over quota or the file too large)";
    else if (rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_DIR_FSYNC)
        message += " (the disk could not save the change durably)";
    if (const int system = sqlite3_system_errno(m_db); primary == SQLITE_IOERR && system != 0)
        message += std::string(" (") + std::strerror(system) + ")";
    throw Error(kind, message);
}

void Database::execute(std::string_view sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        check(rc, message);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

std::int64_t Database::queryInt(std::string_view sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.integer(0) : 0;
}

Id Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Database &db, std::string_view sql)
    : m_db(&db)
{
    db.check(sqlite3_prepare_v3(db.handle(), sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &m_stmt, nullptr),
             "preparing a query");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    m_db->check(sqlite3_bind_int64(m_stmt, index, value), "binding");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_db->check(sqlite3_bind_double(m_stmt, index, value), "binding");
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    m_db->check(sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT),
                "binding");
    return *this;
}

Statement &Statement::bindBlob(int index, const std::string &bytes)
{
    if (bytes.empty())
        return bindNull(index);
    m_db->check(sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT),
                "binding");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_db->check(sqlite3_bind_null(m_stmt, index), "binding");
    return *this;
}

Statement &Statement::bindId(int index, Id id)
{
    return id > 0 ? bind(index, std::int64_t(id)) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->check(rc, "running a query");
    return false;
}

void Statement::run()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, std::size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}

std::string Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string(data, std::size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string();
}

std::optional<std::int64_t> Statement::optInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

// Nested transactions become savepoints, so a command can group several repository writes.
Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.execute(m_nested ? "SAVEPOINT ts_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_nested)
            m_db.execute("ROLLBACK TO ts_nested; RELEASE ts_nested");
        else if (sqlite3_get_autocommit(m_db.handle()) == 0)
            m_db.execute("ROLLBACK");
    } catch (const std::exception &e) {
        spdlog::error("rollback failed: {}", e.what());
    }
}

void Transaction::commit()
{
    m_db.execute(m_nested ? "RELEASE ts_nested" : "COMMIT");
    m_done = true;
}

} // namespace ts::storage
