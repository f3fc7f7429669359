// SIGKILL at random moments while a child process edits a workspace through WorkspaceDocument:
// after every kill the file must be sound, open in the app's code, hold every edit whose
// command had returned and either all or nothing of the one in flight.
#include "app/workspacedocument.h"
#include "fulldiskcheck.h"
#include "gui/guiapp.h"
#include "killscript.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <iostream>
#include <poll.h>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace ts;
using Clock = std::chrono::steady_clock;

namespace {

struct ChildRun
{
    std::string output;
    bool killed = false;
    int exitCode = 0;
};

// Starts the child, lets it run for `delay`, kills it with SIGKILL and collects its report.
ChildRun runAndKill(const std::vector<std::string> &args, std::chrono::microseconds delay)
{
    int out[2];
    REQUIRE(::pipe(out) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        std::vector<char *> argv {const_cast<char *>(TOUCHSTONE_RELIABILITY_CHILD)};
        for (const auto &a : args)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(TOUCHSTONE_RELIABILITY_CHILD, argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ChildRun run;
    const auto deadline = Clock::now() + delay;
    char buffer[65536];
    bool open = true;
    // Drain the pipe while waiting, so the child never blocks on a full pipe.
    while (open && Clock::now() < deadline) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd p {out[0], POLLIN, 0};
        if (::poll(&p, 1, int(left.count()) + 1) > 0) {
            const auto n = ::read(out[0], buffer, sizeof buffer);
            if (n <= 0)
                open = false;
            else
                run.output.append(buffer, std::size_t(n));
        }
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
        run.output.append(buffer, std::size_t(n));
    ::close(out[0]);
    run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// What the app sees: the file opened for writing and loaded into a WorkspaceDocument.
std::string openedInTheApp(const std::string &path)
{
    app::WorkspaceDocument doc(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    return reliability::summaryOf(doc.workspace());
}

} // namespace

TEST_CASE("kill harness: 200 SIGKILLs during edits lose no returned edit and leave no partial one",
          "[reliability][kill]")
{
    test::guiApplication();
    const unsigned seed = qEnvironmentVariableIsSet("TOUCHSTONE_KILL_SEED")
        ? unsigned(qEnvironmentVariableIntValue("TOUCHSTONE_KILL_SEED"))
        : std::random_device {}();
    std::cout << "kill harness seed " << seed << " (rerun with TOUCHSTONE_KILL_SEED=" << seed << ")"
              << std::endl;
    std::mt19937 random(seed);
    test::TempDir dir;
    const std::string path = dir.file("killed.cxw");
    reliability::createKillWorkspace(path);
    std::string state = openedInTheApp(path);
    long nextSeq = 1;
    int kills = 0, inFlight = 0, inFlightKept = 0, returned = 0, ranOut = 0;
    const auto start = Clock::now();
    for (int i = 0; i < 200; ++i) {
        INFO("iteration " << i << ", seed " << seed);
        // Start-up takes some tens of milliseconds, then every edit waits for an fsync: kill
        // anywhere from before the file is open to a few dozen edits in.
        // Under AddressSanitizer the start-up alone takes most of 160 ms, so the window is three
        // times as long there, or too few kills would land in an edit.
#if defined(__SANITIZE_ADDRESS__)
        constexpr int kWindow = 480000;
#else
        constexpr int kWindow = 160000;
#endif
        const std::chrono::microseconds delay(
            std::uniform_int_distribution<int>(0, kWindow)(random));
        const auto run
            = runAndKill({"kill", path, std::to_string(random()), std::to_string(nextSeq)}, delay);
        std::istringstream lines(run.output);
        std::string line, lastDone = state, pending;
        long pendingSeq = 0;
        while (std::getline(lines, line)) {
            std::istringstream fields(line);
            std::string tag, summary;
            long seq = 0;
            fields >> tag;
            if (tag == "S") {
                std::getline(fields >> std::ws, summary);
                REQUIRE(summary == state); // the child starts from what the last check saw
                continue;
            }
            REQUIRE((tag == "B" || tag == "D"));
            fields >> seq;
            std::getline(fields >> std::ws, summary); // the rest of the line
            nextSeq = std::max(nextSeq, seq + 1);
            if (tag == "B") {
                pending = summary;
                pendingSeq = seq;
            } else {
                REQUIRE(seq == pendingSeq);
                lastDone = summary;
                pending.clear();
                ++returned;
            }
        }
        if (run.killed) {
            ++kills;
        } else {
            INFO(run.output);
            REQUIRE(run.exitCode == 0); // ran all its edits before the kill came
            ++ranOut;
        }
        REQUIRE(reliability::integrityCheck(path) == "ok");
        const std::string found = openedInTheApp(path);
        INFO("last returned edit: " << lastDone << "\nin flight: " << pending);
        if (!pending.empty()) {
            ++inFlight;
            REQUIRE((found == lastDone || found == pending));
            inFlightKept += found == pending ? 1 : 0;
        } else {
            REQUIRE(found == lastDone);
        }
        state = found;
    }
    const auto seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::cout << "kill harness: " << kills << " kills, " << returned << " edits returned, "
              << inFlight << " kills with an edit in flight (" << inFlightKept
              << " of them committed, " << inFlight - inFlightKept << " rolled back), " << ranOut
              << " runs finished before the kill, " << seconds << " s" << std::endl;
    CHECK(kills >= 190);
    CHECK(inFlight >= 50); // the kills did land in the middle of edits
}
