// An SQLite VFS over the default one whose writes can be made to fail with SQLITE_FULL, as on a
// disk with no room left: deterministic, and needs no privileges (unlike mounting a small tmpfs).
#pragma once

#include <cstdint>

namespace ts::reliability {

class FaultyVfs
{
public:
    // Registers the shim as SQLite's default VFS, so every connection opened afterwards (the
    // app's own Database class included, unchanged) goes through it. Idempotent.
    static void install();
    // Makes the original VFS the default again; connections already open keep the shim.
    static void uninstall();
    enum class Files { All, MainDatabaseOnly };
    // Writes succeed for `bytes` more bytes, then every write fails (SQLITE_FULL). With
    // MainDatabaseOnly, writes to the write-ahead log and its index are spared: commits succeed,
    // copying the log into the database file (a checkpoint) fails.
    static void failAfter(std::int64_t bytes, Files files = Files::All);
    // Writes succeed again.
    static void lift();
    // Number of writes refused since the last lift().
    static int refusedWrites();
};

} // namespace ts::reliability
