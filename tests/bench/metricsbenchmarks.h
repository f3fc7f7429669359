// Benchmarks of survey import and figures (issue 5) on a generated export, with the sqlite3 tool
// and Python pandas computing the same figures from the same CSV as yardsticks.
#pragma once

#include "benchsummary.h"
#include "latencysamples.h"
#include "metricseditbench.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ts::bench {

struct MetricsBenchOptions
{
    long rows = 1000000; // 0 = skip the metrics benchmarks
    int runs = 5; // in-process runs of (1) and (3)
    int importRuns = 3; // runs of (2), each into a fresh workspace
    int toolRuns = 3; // runs of each external process (ours, sqlite3, pandas)
    std::string folder; // where the CSV and the workspaces go; removed by the caller
};

// A program run as a child process: wall clock from spawn to exit, process start included.
struct ProcessTimings
{
    LatencySamples runs;
    LatencySamples startOnly; // the same interpreter or tool doing nothing
    long peakKilobytes = -1; // largest max RSS over the runs; -1 = unknown (no /usr/bin/time)
    std::string agreement; // how its figures compare with ours
    std::string error; // why it could not be timed
};

struct MetricsResults
{
    long rows = 0;
    std::uintmax_t csvBytes = 0;
    double generateSeconds = 0;
    LatencySamples parseAndFigures; // (1) SurveyImporter::importFile + computeFigures
    LatencySamples parseOnly; // of which importFile
    LatencySamples parseAndFiguresCpu; // CPU time (user + system) of this thread for (1)
    LatencySamples import; // (2) open ReadWrite + importFile + storeSurveyTable, committed
    LatencySamples importCpu; // CPU time for (2)
    LatencySamples storeOnly; // of which storeSurveyTable (one transaction, commit included)
    // Copying the write-ahead log into the file, which runs on a thread of its own once (2)
    // returns (BackgroundCheckpoint): waited for after (2), before the close. Not part of (2).
    LatencySamples checkpoint;
    LatencySamples close; // closing the workspace after an import (not part of (2))
    std::uintmax_t workspaceBytes = 0;
    LatencySamples regroup; // (3) loadSurveyTable + computeFigures + computeGroups(Stage)
    LatencySamples regroupCpu; // CPU time for (3)
    LatencySamples loadOnly; // of which loadSurveyTable
    std::size_t stageGroups = 0;
    std::string storedAgreement; // figures from the stored table against those from the CSV
    SurveyEditTimings edits; // removing a card in the app with the responses stored
    ProcessTimings cliImport; // (4) touchstone-cli import-survey: peak memory
    ProcessTimings cliSecondImport; // the same again, into the workspace that now has the rows
    ProcessTimings ownProcess; // metrics_bench run CSV: parse, figures and groups as a process
    ProcessTimings sqlite3; // sqlite3 :memory: .import + SQL
    ProcessTimings pandas; // /usr/bin/python3: read_csv + aggregates + groupby stage
};

// Takes "--metrics-rows N" (or "--metrics-rows=N") out of argv; returns N, or `fallback`.
long takeMetricsRows(int &argc, char **argv, long fallback);

MetricsResults runMetricsBenchmarks(const MetricsBenchOptions &options);
void addMetrics(BenchSummary &summary, const MetricsResults &results);

} // namespace ts::bench
