// The benchmarks of issue 2: open and load everything, one durable card edit, JSON export.
#pragma once

#include "latencysamples.h"
#include "storage/backgroundcheckpoint.h"

#include <cstddef>
#include <string>

namespace ts::bench {

struct FoundationFiles
{
    std::string workspace; // opened, loaded and exported, never written
    std::string edits; // a copy of it that the card edits write to
};

struct FoundationResults
{
    LatencySamples openLoadReadWrite;
    LatencySamples openLoadReadOnly;
    LatencySamples openOnly; // WorkspaceFile::open(ReadWrite) without loading
    LatencySamples cardEdit;
    storage::BackgroundCheckpoint::Counts checkpoints; // log checkpoints during (b)
    LatencySamples jsonExport;
    std::size_t jsonBytes = 0;
    std::string editDurability; // journal mode and synchronous level the edits ran with
};

// Registers the benchmarks with Google Benchmark; each keeps its per-iteration wall times in
// `results` (which, like `files`, must outlive benchmark::RunSpecifiedBenchmarks).
void registerFoundationBenchmarks(const FoundationFiles &files, FoundationResults &results);

} // namespace ts::bench
