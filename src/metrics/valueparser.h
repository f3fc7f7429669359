// Reads the cells of a survey export: scores within their scale, dates, and yes/no flags.
#pragma once

#include "metrics/surveyfield.h"

#include <cstdint>
#include <string_view>

namespace ts::metrics {

// A value, or why the text cannot be read. The error completes the sentence `"<text>" is ...`
// and points at static storage, so the hot path never allocates.
template<class T> struct Parsed
{
    T value {};
    std::string_view error;
    explicit operator bool() const { return error.empty(); }
};

// Empty cells (and "NA", "N/A", "null") are missing answers, never bad values.
bool isMissingValue(std::string_view text);

// A whole number within the field's scale: "9", "9.0", "10 - Extremely likely", or the usual
// answer labels of that scale ("Very satisfied", "Strongly agree", ...).
Parsed<std::int8_t> parseScore(std::string_view text, Field scoreField);

// Days since 1970-01-01 from YYYY-MM-DD (also with / or .), M/D/YYYY or D.M.YYYY; a time after
// a space or 'T' is ignored, because figures are grouped by day at the finest.
Parsed<std::int32_t> parseDate(std::string_view text);

// 1/0, yes/no, true/false, y/n in any case.
Parsed<bool> parseFlag(std::string_view text);

} // namespace ts::metrics
