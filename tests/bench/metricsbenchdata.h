// Generated survey exports for the metrics benchmarks (touchstone-bench and metrics_bench).
#pragma once

#include <string>

namespace ts::bench {

// The header row the generator writes: every survey field of docs/CLI.md, one column each.
inline constexpr const char *kSurveyCsvHeader
    = "customer_id,date,nps,csat,ces,stage,touchpoint,segment,retained,expansion,referral,comment";

// Writes `rows` responses as CSV (about 68 bytes a row) from a fixed seed, so every run writes
// the same file: 2024 dates, uniform scores, retention rising with the NPS score, the five
// default stage names, six touchpoints, three segments, and comments some of which are quoted
// with doubled quotes inside. No value is missing. Returns false when the file cannot be written.
bool writeSurveyCsv(const std::string &path, long rows);

} // namespace ts::bench
