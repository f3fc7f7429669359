// Maps the columns of a survey export to survey fields: by name, then by COLUMN=FIELD overrides.
#pragma once

#include "metrics/surveyfield.h"
#include "metrics/surveylayout.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

// What a column's first data records hold, so that the mapping can check that a column named
// for a field holds that field's values. ImportResult's importer samples up to kSampledRecords.
inline constexpr std::size_t kSampledRecords = 500;

struct ColumnValues
{
    std::size_t sampled = 0; // records looked at
    std::size_t present = 0; // not missing (isMissingValue)
    std::size_t nps = 0; // readable as a 0-10 score (numbers or labels)
    std::size_t csat = 0; // as a 1-5 score, or a 7-point satisfaction label (refused per row)
    std::size_t ces = 0; // as a 1-7 score
    std::size_t numbers = 0; // starting with a digit ("7", "11", "9.5", "2024-13-01")
    std::size_t wholeNumbers = 0; // written as a whole number 0-10 ("7", "10")
    int lowest = 99; // of those whole numbers
    int highest = -1;
    std::size_t flags = 0; // yes/no values (parseFlag)
    std::size_t dates = 0; // dates (readDateCell)
    std::size_t ownLabel = 0; // cells equal to the column's SurveyColumn::answer

    void add(std::string_view cell, const SurveyColumn &column);
};

// A SurveyMonkey multi-select question mapped as one field: its value is the one answer chosen.
struct ColumnGroup
{
    Field field;
    std::string question; // "Which channel(s) did you use?"
    std::vector<std::size_t> columns; // in order
};

// Something the values cannot decide and the user must: two columns naming one field equally
// well, or a generic header whose 1-5 / 1-7 numbers could be any score. The columns in question
// get no field; `message` names them and the --map to write.
struct MappingQuestion
{
    std::vector<std::size_t> columns;
    std::string message;
};

struct ColumnMapping
{
    std::vector<std::optional<Field>> fields; // one per column of the layout; nullopt = ignored
    // One per column: why it got its field (`header wording "recommend"`, `values: 0-10 whole
    // numbers`, `--map "Score=nps"`) or why it got none (`yes/no values, not 0-10 scores`);
    // empty when no field's wording matched it.
    std::vector<std::string> reasons;
    std::vector<ColumnGroup> groups; // their columns also carry the field in `fields`
    std::vector<MappingQuestion> questions; // open ones: an import refuses until answered

    std::optional<std::size_t> columnOf(Field field) const;
    const ColumnGroup *groupOf(std::size_t column) const;
};

// How well a header names a field: 100 for its usual name ("NPS", "Customer ID"), less for a
// wording that contains a telling word ("How likely are you to recommend us to a friend?").
struct FieldGuess
{
    Field field;
    int score;
};
std::optional<FieldGuess> guessField(std::string_view header);

// Each field goes to the column that names it best, and each column to at most one field; a
// Qualtrics column is judged by its id and its question text. With `values` (one per column),
// a column whose sampled values are all missing, or mostly not readable as the field, cannot
// take it by wording (the next best column does); a generic header ("Score", "Rating") takes nps
// by its values when they are whole numbers 0-10 with a 0 or one above 7; and a SurveyMonkey
// multi-select question can take stage, touchpoint or segment as one group.
// Overrides are "COLUMN=FIELD": COLUMN is a column's name, question text or ImportId
// (case-insensitive) or #N for the N-th column, FIELD a field name or "ignore". An override
// takes its field and its column out of the mapping by wording.
// Throws ts::Error (Usage) for a malformed override, an unknown field or column, or two
// overrides giving one field. Two columns that name a field other than comment and customer_id
// equally well and both hold fitting values, and a generic header that holds only 1-5 or 1-7
// whole numbers (nps, csat or ces?), are `questions`: those columns get no field (nor does the
// field in question any lesser column), and SurveyImporter refuses with the first message,
// while the import dialog asks.
ColumnMapping mapColumns(const SurveyLayout &layout, const std::vector<std::string> &overrides = {},
                         const std::vector<ColumnValues> &values = {});

} // namespace ts::metrics
