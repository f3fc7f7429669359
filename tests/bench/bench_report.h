// Benchmarks of the PDF strategy report (issue 6): the whole report of the demo workspace and
// of the 5,000-card benchmark workspace, laid out and written to a file.
#pragma once

#include "latencysamples.h"

#include <string>

namespace ts::bench {

struct ReportResults
{
    int demoPages = 0;
    LatencySamples demo; // layout + painting + writing the file
    int benchPages = 0;
    LatencySamples bench;
    LatencySamples benchLayout; // of which laying out the pages
};

// `workspace` is the benchmark workspace file; the PDFs go to `folder`.
ReportResults runReportBenchmarks(const std::string &workspace, const std::string &folder,
                                  int runs);

} // namespace ts::bench
