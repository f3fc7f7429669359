// The child process of the reliability tests: runs edits through WorkspaceDocument the way the
// app does, in a process the test can kill or starve of disk space without harming itself.
//   kill  FILE SEED FIRST_SEQ   scripted edits until killed; "B/D <seq> <state>" lines on stdout
//   fsize FILE                  a write beyond RLIMIT_FSIZE (SIGXFSZ ignored)
//   tmpfs FOLDER                a write on a full tmpfs mounted in a private mount namespace
// Exit codes: 0 passed, 1 a promise broke (reason on stdout), 77 the environment cannot do it.
#include "app/workspacedocument.h"
#include "fulldiskcheck.h"
#include "killscript.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace ts;

namespace {

void say(const std::string &line)
{
    const std::string text = line + "\n";
    (void)!::write(STDOUT_FILENO, text.data(), text.size()); // unbuffered: the kill may come next
}

std::unique_ptr<app::WorkspaceDocument> openDocument(const std::string &path)
{
    return std::make_unique<app::WorkspaceDocument>(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
}

int runKill(const std::string &path, unsigned seed, long firstSeq)
{
    auto doc = openDocument(path);
    say("S " + reliability::summaryOf(doc->workspace()));
    reliability::KillScript script(*doc, seed, firstSeq, say);
    for (int i = 0; i < 400; ++i)
        if (const auto problem = script.step(); !problem.empty()) {
            say("X " + problem);
            return 1;
        }
    return 0;
}

std::int64_t sizeOf(const std::string &path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    return error ? 0 : std::int64_t(size);
}

int runFsize(const std::string &path)
{
    std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing us
    reliability::createKillWorkspace(path);
    auto doc = openDocument(path);
    rlimit original {};
    getrlimit(RLIMIT_FSIZE, &original);
    reliability::DiskFault fault;
    fault.impose = [&] {
        rlimit limit = original;
        limit.rlim_cur = rlim_t(std::max(sizeOf(path), sizeOf(path + "-wal")) + 16 * 1024);
        setrlimit(RLIMIT_FSIZE, &limit);
    };
    fault.lift = [&] {
        setrlimit(RLIMIT_FSIZE, &original);
    };
    fault.wording = {"the disk refused a write", "the disk is full"};
    const auto problem = reliability::checkRefusedEdit(*doc, fault);
    say(problem.empty() ? "ok" : problem);
    return problem.empty() ? 0 : 1;
}

int runTmpfs(const std::string &folder)
{
    if (::unshare(CLONE_NEWNS) != 0
        || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
        || ::mount("tmpfs", folder.c_str(), "tmpfs", 0, "size=3m") != 0) {
        say(std::string("cannot mount a small tmpfs here (") + std::strerror(errno)
            + "); needs root with CAP_SYS_ADMIN");
        return 77;
    }
    const std::string path = folder + "/full.cxw";
    const std::string filler = folder + "/filler";
    reliability::createKillWorkspace(path);
    auto doc = openDocument(path);
    reliability::DiskFault fault;
    fault.impose = [&] { // take every free block
        const int fd = ::open(filler.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        static const std::string block(4096, 'f');
        while (::write(fd, block.data(), block.size()) > 0) { }
        ::close(fd);
    };
    fault.lift = [&] {
        ::unlink(filler.c_str());
    };
    fault.wording = {"the disk is full"};
    const auto problem = reliability::checkRefusedEdit(*doc, fault);
    doc.reset();
    say(problem.empty() ? "ok" : problem);
    return problem.empty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::string mode = argc > 1 ? argv[1] : "";
    try {
        if (mode == "kill" && argc == 5)
            return runKill(argv[2], unsigned(std::stoul(argv[3])), std::stol(argv[4]));
        if (mode == "fsize" && argc == 3)
            return runFsize(argv[2]);
        if (mode == "tmpfs" && argc == 3)
            return runTmpfs(argv[2]);
    } catch (const std::exception &e) {
        say(std::string("X ") + e.what());
        return 1;
    }
    say("usage: reliability_child kill FILE SEED FIRST_SEQ | fsize FILE | tmpfs FOLDER");
    return 2;
}
