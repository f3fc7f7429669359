// Benchmarks of the map editor (issue 3) and the gap rules (issue 4), timed per run.
#pragma once

#include "latencysamples.h"

#include <string>

namespace ts::bench {

struct EditorResults
{
    int cards = 0;
    LatencySamples
        openTab; // MapEditor constructed: layout + items (text layouts cached after the first)
    double firstOpenMs = 0; // the first open, with cold text caches
    LatencySamples repaint; // a full repaint of the view at 1920x1080
    LatencySamples dragMove; // a card dragged to another cell: command, commit, rebuild
};

// A workspace with one map of `cards` cards spread over the five stages and eight card lanes.
void makeLargeMap(const std::string &path, int cards);
EditorResults runEditorBenchmarks(const std::string &path, int runs);

// All gap rules over the workspace at `path` (loaded once), repeated `runs` times.
LatencySamples runAlignmentBenchmark(const std::string &path, int runs);

} // namespace ts::bench
