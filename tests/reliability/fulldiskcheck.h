// The promises of a write that the disk refuses, checked the same way whatever fills the disk
// (the faulty VFS, RLIMIT_FSIZE, a full tmpfs).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace ts::app {
class WorkspaceDocument;
}

namespace ts::reliability {

struct DiskFault
{
    std::function<void()> impose; // from now on writes fail
    std::function<void()> lift; // writes succeed again
    std::vector<std::string> wording; // the message must contain one of these
};

// Runs a large card edit under the fault and checks: execute() returns false; the user got one
// message naming the file and the problem; nothing was pushed on the undo stack; the mirror
// equals the file and both hold the state from before. Then, with the fault lifted: the file
// passes integrity_check and the next edit works and is on disk. Returns what broke, or "".
std::string checkRefusedEdit(app::WorkspaceDocument &doc, const DiskFault &fault);

// PRAGMA integrity_check on a fresh connection of its own: "ok" or what is wrong.
std::string integrityCheck(const std::string &path);

} // namespace ts::reliability
