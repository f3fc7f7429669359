// One open workspace file: validated on open, locked for writing, saved-as by the backup API.
#pragma once

#include "storage/backgroundcheckpoint.h"
#include "storage/database.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ts::storage {

class WorkspaceFile
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing workspace. Throws Error: BadInput (not SQLite, not ours, truncated,
    // newer schema, damaged) or Locked (another process has it open for writing).
    // The file is not modified until all checks pass; older schemas are migrated (ReadWrite).
    static std::unique_ptr<WorkspaceFile> open(const std::string &path, Access access);
    // Creates `path` (which must not exist): `fill` runs on a temporary file that is renamed
    // into place only when it returns, so a failure leaves nothing behind.
    static std::unique_ptr<WorkspaceFile> create(const std::string &path,
                                                 const std::function<void(Database &)> &fill = {});

    ~WorkspaceFile();

    Database &db() { return *m_db; }
    const std::string &path() const { return m_path; }
    bool readOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion();
    // Blocks until the write-ahead log has been copied into the file as far as asked for (see
    // BackgroundCheckpoint); returns at once for a read-only file.
    void waitForCheckpoint();
    // The background checkpoint of a read-write file, nullptr for a read-only one.
    const BackgroundCheckpoint *backgroundCheckpoint() const { return m_checkpoint.get(); }

    // Writes a consistent copy to `target` with SQLite's online backup API (atomic rename).
    void saveAs(const std::string &target);
    // integrity_check and foreign_key_check, then each survey import's columnar copy against its
    // responses (checkSurveyColumns); an empty list means the file is sound.
    std::vector<std::string> check();

private:
    WorkspaceFile(std::string path, Access access);
    static void inspect(const std::string &path);
    void lock();
    void unlock();

    std::string m_path;
    Access m_access;
    int m_lockFd = -1;
    bool m_locked = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint; // read-write files only
};

} // namespace ts::storage
