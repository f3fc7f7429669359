// A large, realistic workspace for benchmarks: by default 20 journey maps x 250 cards, 500
// initiatives.
#pragma once

#include "core/workspace.h"

#include <cstdint>
#include <string>

namespace ts::bench {

struct BenchWorkspaceSpec
{
    int maps = 20;
    int cardsPerMap = 250; // spread over the five stages and the eight lanes that hold cards
    int initiatives = 500;
    std::uint32_t seed = 2; // the same seed gives the same workspace, uids included
};

// The workspace in memory, with ids assigned in the display order storage::loadWorkspace
// returns, so a stored and reloaded copy compares equal to it.
Workspace generateBenchWorkspace(const BenchWorkspaceSpec &spec = {});

// Creates the workspace file `path` (which must not exist) through storage::storeWorkspace,
// closes it, and returns what it wrote.
Workspace makeBenchWorkspace(const std::string &path, const BenchWorkspaceSpec &spec = {});

} // namespace ts::bench
