// Times the sqlite3 command-line tool reading a workspace: the yardstick for loadWorkspace.
#pragma once

#include "latencysamples.h"

#include <string>
#include <vector>

namespace ts::bench {

// The tables storage::loadWorkspace reads.
const std::vector<std::string> &workspaceTables();
// "SELECT * FROM canvas; SELECT * FROM org_goals; ..." over workspaceTables().
std::string selectEveryTableSql();

// Runs `sqlite3 arguments...` with its output going to /dev/null and returns the wall time in
// seconds, process start and exit included. Throws std::runtime_error when it cannot run or fails.
double timeSqlite3(const std::vector<std::string> &arguments);

struct Sqlite3Timings
{
    LatencySamples readEveryTable; // sqlite3 <file> "SELECT * FROM ...; ..." > /dev/null
    LatencySamples processStart; // sqlite3 :memory: "SELECT 1;" > /dev/null
    std::string error; // why the tool could not be timed, if it could not
};

// One untimed warm-up run, then `runs` timed runs of each command.
Sqlite3Timings timeSqlite3Reading(const std::string &path, int runs);

} // namespace ts::bench
