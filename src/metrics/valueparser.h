// Reads the cells of a survey export: scores within their scale, dates, and yes/no flags.
#pragma once

#include "metrics/dateorder.h"
#include "metrics/surveyfield.h"

#include <cstdint>
#include <optional>
#include <span>
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

// An answer label and the score it is read as on its field's scale.
struct ScoreLabel
{
    std::string_view text; // as the survey tools write it: "Extremely easy"
    int value;
};

// The labels parseScore reads for a score field, by meaning anchored on the field's scale:
// nps 0-10 ("Not at all likely" 0, "Extremely likely" 10); csat 1-5 (5-point satisfaction or
// agreement: "Very satisfied" 5 ... "Neither satisfied nor dissatisfied" 3 ... "Strongly
// disagree" 1); ces 1-7 with 7 the easiest (extremes 1/7, "Neither" 4, "Somewhat"/"Slightly"
// 3/5, "Moderately" 2/6, a 7-point "Easy"/"Agree" 6 and "Difficult"/"Disagree" 2, so a 5-point
// ease scale reads 1, 3, 4, 5, 7). A 7-point satisfaction label ("Moderately satisfied",
// "Slightly dissatisfied") is refused on csat: placing it on 1-5 would decide what counts as
// satisfied.
std::span<const ScoreLabel> scoreLabels(Field scoreField);

// A whole number within the field's scale: "9", "9.0", "10 - Extremely likely", or one of
// scoreLabels(scoreField), in any case. When `labelIndex` is given it is set to the index of the
// label read in scoreLabels, or -1 when the value was a number.
Parsed<std::int8_t> parseScore(std::string_view text, Field scoreField, int *labelIndex = nullptr);

// True for the error parseScore gives a 7-point satisfaction label on csat: a satisfaction
// answer, just not one that csat's 1-5 can hold.
bool isSevenPointSatisfaction(std::string_view error);

// Days since 1970-01-01 from one date on its own: YYYY-MM-DD (also with / or .), or a year-last
// D/M/YYYY or M/D/YYYY (also with .) whose order is proven by a field over 12 or given by
// `order`. A time and time zone are checked and dropped (see readDateCell). An import decides
// the order per column instead (readDateCell, decideDateOrder).
Parsed<std::int32_t> parseDate(std::string_view text,
                               std::optional<DateOrder> order = std::nullopt);

// 1/0, yes/no, true/false, y/n, and ja/nein, oui/non, sí/si/no, ja/nee, wahr/falsch, vrai/faux,
// verdadero/falso, in any case (also "SÍ").
Parsed<bool> parseFlag(std::string_view text);

} // namespace ts::metrics
