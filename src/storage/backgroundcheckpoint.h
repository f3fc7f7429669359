// Copies the write-ahead log of a workspace into its file on a thread of its own.
//
// SQLite's automatic checkpoint runs inside the COMMIT that takes the log past 1,000 pages, on the
// thread that committed: after an import of 1,000,000 responses that is 0.3 s more before the
// import returns, and an ordinary edit that happens to cross the line waits for it too. An edit is
// durable once its COMMIT is in the log (synchronous = FULL), so the copy into the file need not
// hold anyone up. This class turns the automatic checkpoint off on the writing connection and
// runs the same PASSIVE checkpoint from a second connection, on a worker thread, whenever a
// commit leaves 1,000 pages or more in the log that are not yet in the file. A failed checkpoint
// loses nothing (the changes stay in the log and are copied by the next one, or when the file is
// closed) and is logged.
//
// Not for a process that forks while one exists: the child has the object but not its thread,
// and must exec or _exit without destroying it (as it must not use SQLite connections of its
// parent either).
#pragma once

#include "storage/database.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace ts::storage {

class BackgroundCheckpoint
{
public:
    // Watches the commits of `writer`, which must outlive this object. Its worker connection
    // opens `writer`'s file here, through the same SQLite VFS; if it cannot, the failure is
    // logged and SQLite's automatic checkpoint stays in place.
    explicit BackgroundCheckpoint(Database &writer);
    // Waits for a checkpoint that is running, then gives the writer its automatic checkpoint back.
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    // Blocks until no checkpoint is asked for or running (for tests and the benchmark).
    void waitUntilIdle();

    struct Counts
    {
        int finished = 0; // checkpoints of the worker that ran to the end
        int onCommit = 0; // small ones run by a commit to let the log start over (see onCommit)
        int failed = 0; // checkpoints that returned an error (each logged)
        std::string lastError; // the message of the last failure
        int largestLog = 0; // the most pages the log held after a commit
        int restarts = 0; // times a commit found the log started over
    };
    Counts counts() const;

    // Log pages not yet copied into the file from which a commit asks for a checkpoint (SQLite's
    // default for its automatic one).
    static constexpr int kPagesBeforeCheckpoint = 1000;
    // Log size from which a commit copies the last few pages itself (onCommit).
    static constexpr int kPagesBeforeRestart = 4000;

private:
    static int onCommit(void *self, struct sqlite3 *db, const char *schema, int pages) noexcept;
    void copyRest(struct sqlite3 *db, const char *schema);
    void run(const std::stop_token &stop);
    void checkpoint();

    Database &m_writer;
    std::unique_ptr<Database> m_connection; // the worker's own; nullptr: none could be opened
    mutable std::mutex m_mutex;
    std::condition_variable_any m_changed;
    bool m_requested = false;
    bool m_running = false;
    int m_copied = 0; // log pages the last checkpoint had copied into the file
    int m_lastPages = 0; // the log's size after the last commit
    Counts m_counts;
    std::jthread m_thread; // last: started after, and joined before, everything above
};

} // namespace ts::storage
