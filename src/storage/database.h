// A small RAII wrapper over one sqlite3 connection: open, execute, prepared statements.
#pragma once

#include "core/error.h"
#include "core/ids.h"

#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ts::storage {

class Statement;

class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Opens `path` defensively (no extensions, trusted_schema off, defensive config), through the
    // SQLite VFS named `vfs` (nullptr: the default one).
    Database(const std::string &path, Mode mode, const char *vfs = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);
    // A single integer pragma or query result, e.g. pragmaInt("user_version").
    std::int64_t queryInt(std::string_view sql);
    Id lastInsertId() const;
    int changes() const;
    bool readOnly() const { return m_mode == Mode::ReadOnly; }

    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    // Throws Error naming the file, with `kind`, when `rc` is not OK.
    void check(int rc, std::string_view doing, ErrorKind kind = ErrorKind::Internal) const;

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
    Mode m_mode;
};

class Statement
{
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::string &text)
    {
        return bind(index, std::string_view(text));
    }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bindBlob(int index, const std::string &bytes);
    Statement &bindNull(int index);
    // Binds 0 as NULL (foreign keys), optionals as NULL when empty.
    Statement &bindId(int index, Id id);
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once; true while a row is available.
    bool step();
    // Steps to completion (for writes) and resets for reuse.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;
    std::optional<std::int64_t> optInteger(int column) const;
    std::optional<double> optReal(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT (a savepoint when nested); rolls back unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace ts::storage
