// The figures of `touchstone-cli metrics --json` (docs/CLI.md): every figure with n and ci95,
// null where it cannot be computed.
#pragma once

#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"

#include <nlohmann/json.hpp>

namespace ts::cli {

// Rounds half away from zero, as the PDF and the JSON do (printf alone would print 25.25 as
// 25.2: the binary value is exact and printf rounds half to even).
double rounded(double v, int decimals);

nlohmann::ordered_json figuresJson(const metrics::MetricFigures &figures);
nlohmann::ordered_json metricsJson(const metrics::MetricFigures &overall,
                                   const metrics::GroupedFigures *groups);

} // namespace ts::cli
