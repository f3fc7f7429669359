#include "storage/workspacefile.h"

#include "storage/schema.h"
#include "storage/schemaguard.h"
#include "storage/surveytablestore.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ts::storage {
namespace {

[[noreturn]] void bad(const std::string &path, const std::string &problem)
{
    throw Error(ErrorKind::BadInput, path + ": " + problem);
}

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8)
        | p[3];
}

std::string temporaryNameFor(const std::string &path)
{
    std::random_device random;
    return path + ".tmp-" + std::to_string(random() % 1000000);
}

constexpr std::int64_t kLogSizeLimit = 16 * 1024 * 1024;

void removeWithSidecars(const std::string &path)
{
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ignored);
}

// A read-only look at an older file must not change it: upgrade a copy in memory instead.
std::unique_ptr<Database> upgradedCopyInMemory(Database &source)
{
    auto copy = std::make_unique<Database>(":memory:", Database::Mode::Create);
    sqlite3_backup *backup = sqlite3_backup_init(copy->handle(), "main", source.handle(), "main");
    if (!backup)
        copy->check(sqlite3_errcode(copy->handle()), "reading " + source.path());
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        source.check(rc, "reading the workspace", ErrorKind::BadInput);
    copy->execute("PRAGMA foreign_keys = ON");
    migrate(*copy);
    return copy;
}

} // namespace

WorkspaceFile::WorkspaceFile(std::string path, Access access)
    : m_path(std::move(path))
    , m_access(access)
{ }

WorkspaceFile::~WorkspaceFile()
{
    m_checkpoint.reset(); // waits for a checkpoint that is running
    m_db.reset(); // close SQLite before dropping the lock
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

// Header checks before SQLite sees the file: an empty or truncated file would otherwise be
// taken for a new database, or fail later with a vague message.
void WorkspaceFile::inspect(const std::string &path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        bad(path, "no such file");
    if (fs::is_directory(path, error))
        bad(path, "is a folder, not a workspace file");
    const auto size = fs::file_size(path, error);
    if (error)
        bad(path, "cannot read: " + error.message());
    if (size == 0)
        bad(path, "is empty (0 bytes), not a Touchstone workspace");
    std::array<unsigned char, 100> header {};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        bad(path, "cannot read: " + std::string(std::strerror(errno)));
    in.read(reinterpret_cast<char *>(header.data()), header.size());
    if (std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        bad(path, "is not a Touchstone workspace (not an SQLite database)");
    if (in.gcount() < 100)
        bad(path,
            "is truncated (" + std::to_string(size) + " bytes, shorter than a database header)");
    // Every header field used below, and those SQLite itself trusts, is checked before it is
    // used (issue 14: a page size of 0 once sized a buffer that was read past).
    std::uint32_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        bad(path,
            "has a damaged header: page size " + std::to_string(pageSize)
                + " (a power of two from 512 to 65536); it is not a workspace this version can "
                  "read");
    if (pageSize - header[20] < 480)
        bad(path,
            "has a damaged header: " + std::to_string(header[20])
                + " reserved bytes per page leave less than 480 usable");
    if (header[21] != 64 || header[22] != 32 || header[23] != 32)
        bad(path, "has a damaged header: payload fractions other than 64, 32, 32");
    if (const auto format = bigEndian32(&header[44]); format > 4)
        bad(path, "has a damaged header: schema format " + std::to_string(format));
    if (const auto encoding = bigEndian32(&header[56]); encoding > 3)
        bad(path, "has a damaged header: text encoding " + std::to_string(encoding));
    const auto pages = bigEndian32(&header[28]);
    const bool countValid = bigEndian32(&header[24]) == bigEndian32(&header[92]);
    if (bigEndian32(&header[68]) != std::uint32_t(kApplicationId))
        bad(path, "is an SQLite database but not a Touchstone workspace");
    if (const auto version = bigEndian32(&header[60]);
        version > std::uint32_t(currentSchemaVersion()))
        bad(path,
            "was written by a newer version of Touchstone (format " + std::to_string(version)
                + "; this version reads up to " + std::to_string(currentSchemaVersion()) + ")");
    if (countValid && std::uint64_t(pageSize) * pages > size && !fs::exists(path + "-wal", error))
        bad(path,
            "is truncated (" + std::to_string(size) + " of "
                + std::to_string(std::uint64_t(pageSize) * pages) + " bytes)");
    if (const auto entries = countSchemaEntries(in, pageSize, size, kMaxSchemaEntries);
        entries && *entries > kMaxSchemaEntries)
        bad(path,
            "has more than " + std::to_string(kMaxSchemaEntries)
                + " tables, views and triggers; it is not a Touchstone workspace");
}

// flock on the database file itself: released by the kernel when the process dies, so a crash
// never leaves a stale lock, and independent of SQLite's own fcntl locks. A writer holds it
// exclusively; a reader only probes it (shared) to learn whether a writer is present.
void WorkspaceFile::lock()
{
    m_lockFd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_lockFd < 0)
        bad(m_path, "cannot open: " + std::string(std::strerror(errno)));
    const bool writer = m_access == Access::ReadWrite;
    m_locked = ::flock(m_lockFd, (writer ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0;
    if (writer && !m_locked)
        throw Error(ErrorKind::Locked,
                    m_path + ": is open for writing in another Touchstone window or process");
}

void WorkspaceFile::unlock()
{
    if (m_locked)
        ::flock(m_lockFd, LOCK_UN);
    m_locked = false;
}

std::unique_ptr<WorkspaceFile> WorkspaceFile::open(const std::string &path, Access access)
{
    inspect(path);
    std::unique_ptr<WorkspaceFile> file(new WorkspaceFile(path, access));
    file->lock();
    // A reader uses a read-write connection kept query-only when no writer is around, so that
    // closing it checkpoints and removes the -wal and -shm files instead of leaving them behind.
    const bool writerPresent = access == Access::ReadOnly && !file->m_locked;
    const auto mode = writerPresent ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    try {
        file->m_db = std::make_unique<Database>(path, mode);
    } catch (const Error &) {
        if (access == Access::ReadWrite)
            throw Error(ErrorKind::Write,
                        path + ": cannot be opened for writing (read-only file or folder?)");
        file->m_db = std::make_unique<Database>(path, Database::Mode::ReadOnly);
    }
    auto &db = *file->m_db;
    if (access == Access::ReadOnly)
        db.execute("PRAGMA query_only = ON");
    try {
        auto quick = db.prepare("PRAGMA quick_check(1)");
        if (quick.step() && quick.text(0) != "ok")
            bad(path, "is damaged: " + quick.text(0));
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Locked)
            throw;
        throw Error(ErrorKind::BadInput, e.what());
    }
    db.execute("PRAGMA foreign_keys = ON");
    if (access == Access::ReadWrite) {
        db.execute("PRAGMA journal_mode = WAL");
        db.execute("PRAGMA synchronous = FULL");
        // Once copied into the file, a log grown by a large import shrinks back to this size
        // when the next write starts it over, instead of keeping its largest size until closed.
        db.execute("PRAGMA journal_size_limit = " + std::to_string(kLogSizeLimit));
        migrate(db);
        file->m_checkpoint = std::make_unique<BackgroundCheckpoint>(db);
    } else if (file->schemaVersion() < currentSchemaVersion()) {
        file->m_db = upgradedCopyInMemory(db);
    }
    if (access == Access::ReadOnly)
        file->unlock(); // readers do not keep writers out
    return file;
}

std::unique_ptr<WorkspaceFile> WorkspaceFile::create(const std::string &path,
                                                     const std::function<void(Database &)> &fill)
{
    std::error_code error;
    if (fs::exists(path, error))
        throw Error(ErrorKind::Write, path + ": already exists; choose a new file name");
    const auto temporary = temporaryNameFor(path);
    try {
        {
            Database db(temporary, Database::Mode::Create);
            db.execute("PRAGMA foreign_keys = ON");
            db.execute("PRAGMA journal_mode = WAL");
            migrate(db);
            if (fill) {
                Transaction transaction(db);
                fill(db);
                transaction.commit();
            }
        }
        // Closing the last connection checkpointed the WAL into the file; rename is atomic.
        fs::rename(temporary, path);
    } catch (const Error &e) {
        removeWithSidecars(temporary);
        const std::string message = e.what();
        throw Error(e.kind(),
                    message.starts_with(temporary) ? path + message.substr(temporary.size())
                                                   : message);
    } catch (const fs::filesystem_error &e) {
        removeWithSidecars(temporary);
        throw Error(ErrorKind::Write, path + ": cannot create: " + e.code().message());
    }
    return open(path, Access::ReadWrite);
}

void WorkspaceFile::waitForCheckpoint()
{
    if (m_checkpoint)
        m_checkpoint->waitUntilIdle();
}

int WorkspaceFile::schemaVersion()
{
    return int(m_db->queryInt("PRAGMA user_version"));
}

void WorkspaceFile::saveAs(const std::string &target)
{
    const auto temporary = temporaryNameFor(target);
    try {
        Database copy(temporary, Database::Mode::Create);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", m_db->handle(), "main");
        if (!backup)
            copy.check(sqlite3_errcode(copy.handle()), "copying the workspace", ErrorKind::Write);
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            copy.check(rc, "copying the workspace", ErrorKind::Write);
        copy.execute("PRAGMA journal_mode = WAL");
    } catch (const Error &e) {
        removeWithSidecars(temporary);
        throw Error(ErrorKind::Write, target + ": cannot save: " + e.what());
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        removeWithSidecars(temporary);
        throw Error(ErrorKind::Write, target + ": cannot save: " + error.message());
    }
}

std::vector<std::string> WorkspaceFile::check()
{
    std::vector<std::string> problems;
    auto integrity = m_db->prepare("PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.text(0) != "ok")
            problems.push_back(integrity.text(0));
    auto keys = m_db->prepare("PRAGMA foreign_key_check");
    while (keys.step())
        problems.push_back("table " + keys.text(0) + " row " + std::to_string(keys.integer(1))
                           + " refers to a missing row of " + keys.text(2));
    if (problems.empty()) // the copy is only worth comparing in a sound file
        for (auto &problem : checkSurveyColumns(*m_db))
            problems.push_back(std::move(problem));
    if (m_db->queryInt("PRAGMA application_id") != kApplicationId)
        problems.push_back("application_id is not Touchstone's");
    if (schemaVersion() != currentSchemaVersion())
        problems.push_back("schema version " + std::to_string(schemaVersion()) + " is not current ("
                           + std::to_string(currentSchemaVersion()) + ")");
    return problems;
}

} // namespace ts::storage
