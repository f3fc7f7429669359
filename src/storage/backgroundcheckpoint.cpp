#include "storage/backgroundcheckpoint.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace ts::storage {

BackgroundCheckpoint::BackgroundCheckpoint(Database &writer)
    : m_writer(writer)
{
    // The worker's connection is opened here, while the file at this path is surely the
    // writer's, and through the writer's VFS (the reliability tests put one that fails writes in
    // front of the default). Without it, SQLite's own automatic checkpoint stays in place.
    sqlite3_vfs *vfs = nullptr;
    const bool hasVfs
        = sqlite3_file_control(writer.handle(), "main", SQLITE_FCNTL_VFS_POINTER, &vfs) == SQLITE_OK
        && vfs;
    try {
        m_connection = std::make_unique<Database>(writer.path(), Database::Mode::ReadWrite,
                                                  hasVfs ? vfs->zName : nullptr);
        // A connection that has read nothing has not opened the log yet, and a checkpoint
        // through it would copy nothing (and say it succeeded).
        m_connection->queryInt("PRAGMA schema_version");
    } catch (const Error &e) {
        spdlog::warn("{} (the log is copied into the file by each commit that fills it instead)",
                     e.what());
        m_connection.reset();
        return;
    }
    m_thread = std::jthread([this](const std::stop_token &stop) { run(stop); });
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer.handle(), &BackgroundCheckpoint::onCommit, this);
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (!m_thread.joinable())
        return;
    sqlite3_wal_autocheckpoint(m_writer.handle(), kPagesBeforeCheckpoint);
    m_thread.request_stop();
    m_thread.join();
}

int BackgroundCheckpoint::onCommit(void *self, sqlite3 *db, const char *schema, int pages) noexcept
{
    // Called by SQLite's C code: nothing may be thrown through it.
    try {
        auto *checkpoint = static_cast<BackgroundCheckpoint *>(self);
        bool copyHere = false;
        {
            const std::lock_guard lock(checkpoint->m_mutex);
            auto &c = *checkpoint;
            c.m_counts.largestLog = std::max(c.m_counts.largestLog, pages);
            if (pages < c.m_lastPages) { // the log started over
                c.m_copied = 0;
                ++c.m_counts.restarts;
            }
            c.m_lastPages = pages;
            if (pages - c.m_copied >= kPagesBeforeCheckpoint) {
                c.m_requested = true;
                c.m_changed.notify_all();
            } else if (pages >= kPagesBeforeRestart && !c.m_requested && !c.m_running) {
                copyHere = true;
            }
        }
        // The log only starts over when a write begins after a checkpoint copied all of it.
        // Commits in quick succession always begin before the worker is done, so under a steady
        // stream of them the log would grow without end: once it is large and nearly all
        // copied, the little that is left is copied here, on the committing thread, as SQLite
        // itself would.
        if (copyHere)
            checkpoint->copyRest(db, schema);
    } catch (...) {
        // Only an allocation can fail above; the log then waits for the next commit or the close.
    }
    return SQLITE_OK;
}

void BackgroundCheckpoint::copyRest(sqlite3 *db, const char *schema)
{
    int logPages = 0, copiedPages = 0;
    const int rc
        = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copiedPages);
    const int primary = rc & 0xff;
    const std::lock_guard lock(m_mutex);
    if (rc == SQLITE_OK) {
        m_copied = copiedPages;
        ++m_counts.onCommit;
    } else if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED) {
        // BUSY: another connection is copying it; LOCKED: a statement of the writer is still
        // reading. Either way the next commit tries again, as SQLite's own hook would.
        try {
            m_writer.check(rc, "copying the rest of the write-ahead log into the file");
        } catch (const Error &e) {
            ++m_counts.failed;
            m_counts.lastError = e.what();
            spdlog::warn("{} (the changes are safe in the write-ahead log)", e.what());
        }
    }
}

void BackgroundCheckpoint::run(const std::stop_token &stop)
{
    std::unique_lock lock(m_mutex);
    // A checkpoint asked for but not started when the file closes is left to the close, which
    // checkpoints the whole log anyway.
    while (m_changed.wait(lock, stop, [this] { return m_requested; })) {
        m_requested = false;
        m_running = true;
        lock.unlock();
        checkpoint();
        lock.lock();
        m_running = false;
        m_changed.notify_all();
    }
    lock.unlock();
    m_connection.reset();
}

void BackgroundCheckpoint::checkpoint()
{
    try {
        int logPages = 0, copiedPages = 0;
        const int rc = sqlite3_wal_checkpoint_v2(
            m_connection->handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &logPages, &copiedPages);
        if ((rc & 0xff) == SQLITE_BUSY) {
            // Another connection (a reader process closing the file) is copying it right now.
            spdlog::debug("{}: checkpoint skipped, another one is running", m_writer.path());
            return;
        }
        m_connection->check(rc, "copying the write-ahead log into the file");
        const std::lock_guard lock(m_mutex);
        ++m_counts.finished;
        // Unless the log has started over since (then nothing of the new one is copied yet).
        m_copied = logPages <= m_lastPages ? copiedPages : 0;
    } catch (const std::exception &e) {
        // Nothing is lost: the changes stay in the log, and the next checkpoint or the close
        // copies them.
        spdlog::warn("{} (the changes are safe in the write-ahead log {}-wal and are copied "
                     "into the file later)",
                     e.what(), m_writer.path());
        const std::lock_guard lock(m_mutex);
        ++m_counts.failed;
        m_counts.lastError = e.what();
    }
}

void BackgroundCheckpoint::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_requested && !m_running; });
}

BackgroundCheckpoint::Counts BackgroundCheckpoint::counts() const
{
    const std::lock_guard lock(m_mutex);
    return m_counts;
}

} // namespace ts::storage
