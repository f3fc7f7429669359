// Reads the cells of a survey export: scores within their scale, dates, and yes/no flags.
#pragma once

#include "metrics/dateorder.h"
#include "metrics/surveyfield.h"

#include <cstdint>
#include <optional>
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

// Empty cells and the words exports write for "no answer" ("NA", "N/A", "null", "-", "--",
// "(blank)", in any case, trimmed) are missing answers, never bad values or a stage named "NA".
bool isMissingValue(std::string_view text);

// A whole number within the field's scale: "9", "9.0", "10 - Extremely likely", or the usual
// answer labels of that scale ("Very satisfied", "Strongly agree", ...).
Parsed<std::int8_t> parseScore(std::string_view text, Field scoreField);

// Days since 1970-01-01 from one date on its own: YYYY-MM-DD (also with / or .), or a year-last
// D/M/YYYY or M/D/YYYY (also with .) whose order is proven by a field over 12 or given by
// `order`. A time and time zone are checked and dropped (see readDateCell). An import decides
// the order per column instead (readDateCell, decideDateOrder).
Parsed<std::int32_t> parseDate(std::string_view text,
                               std::optional<DateOrder> order = std::nullopt);

// 1/0, yes/no, true/false, y/n in any case.
Parsed<bool> parseFlag(std::string_view text);

} // namespace ts::metrics
