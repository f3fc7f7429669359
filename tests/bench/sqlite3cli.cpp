#include "sqlite3cli.h"

#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>

extern char **environ;

namespace ts::bench {
namespace {

// -init /dev/null keeps a user's ~/.sqliterc out of the measurement.
std::vector<std::string> sqlite3Command(const std::string &database, const std::string &sql)
{
    return {"sqlite3", "-batch", "-init", "/dev/null", database, sql};
}

} // namespace

const std::vector<std::string> &workspaceTables()
{
    static const std::vector<std::string> tables = {"canvas",
                                                    "org_goals",
                                                    "communication_items",
                                                    "departments",
                                                    "department_goals",
                                                    "goal_links",
                                                    "personas",
                                                    "maps",
                                                    "stages",
                                                    "lanes",
                                                    "cards",
                                                    "card_links",
                                                    "initiatives",
                                                    "initiative_links",
                                                    "survey_imports",
                                                    "survey_responses",
                                                    "metric_targets",
                                                    "authors",
                                                    "gap_reviews",
                                                    "gap_comments",
                                                    "gap_events",
                                                    "snapshots"};
    return tables;
}

std::string selectEveryTableSql()
{
    std::string sql;
    for (const auto &table : workspaceTables())
        sql += "SELECT * FROM " + table + "; ";
    return sql;
}

double timeSqlite3(const std::vector<std::string> &arguments)
{
    std::vector<char *> argv;
    for (const auto &argument : arguments)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = LatencySamples::Clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot run sqlite3: " + std::string(std::strerror(spawned)));
    int status = 0;
    waitpid(pid, &status, 0);
    const double seconds = LatencySamples::secondsSince(start);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("sqlite3 failed (exit status "
                                 + std::to_string(WEXITSTATUS(status)) + ")");
    return seconds;
}

Sqlite3Timings timeSqlite3Reading(const std::string &path, int runs)
{
    Sqlite3Timings timings;
    const auto readAll = sqlite3Command(path, selectEveryTableSql());
    const auto startOnly = sqlite3Command(":memory:", "SELECT 1;");
    try {
        timeSqlite3(readAll);
        for (int i = 0; i < runs; ++i) {
            timings.readEveryTable.add(timeSqlite3(readAll));
            timings.processStart.add(timeSqlite3(startOnly));
        }
    } catch (const std::exception &e) {
        timings.error = e.what();
    }
    return timings;
}

} // namespace ts::bench
