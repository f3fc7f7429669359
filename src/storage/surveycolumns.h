// The columnar copy of one survey import (schema 3, table survey_columns): each SurveyTable column
// as one blob, so figures read a million responses in tens of milliseconds instead of stepping
// through a million rows (PERFORMANCE.md, survey metrics).
//
// Every blob is little-endian: a 16-byte header (u32 format version = 1, u32 kind, u64 rows), then
//   kind 1 (int8):  rows bytes; scores and flags, -1 = missing
//   kind 2 (int32): rows x i32; days since 1970-01-01 of years 0-9999, or kNoDate
//   kind 3 (text):  rows x u32 end offsets, then the characters (the last end is their count)
//   kind 4 (codes): rows x u32; 0 = no value, else 1 + an index into the "<name>_values" text blob
// Stage, touchpoint and segment are stored as the texts the responses carry, like
// survey_responses does: never as ids, so renaming or deleting a stage changes neither copy.
// The file can come from anyone: decoding checks every size, offset, code and value range and
// throws on the first problem; it never reads outside a blob.
#pragma once

#include "metrics/surveytable.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace ts::storage {

using Blob = std::span<const unsigned char>;

// Encodes `table` one column at a time and passes each (name, bytes) to `write`, so only one
// column's blob is in memory at once.
void encodeSurveyColumns(const metrics::SurveyTable &table,
                         const std::function<void(std::string_view, const Blob &)> &write);

// Builds a table from the blobs `read(name)` returns (an empty span: the blob is missing). A blob
// need only stay valid until the next call of `read`. Throws std::runtime_error naming the column
// and the problem. Rows come back with line 0, as from survey_responses.
metrics::SurveyTable decodeSurveyColumns(const std::function<Blob(std::string_view)> &read);

} // namespace ts::storage
