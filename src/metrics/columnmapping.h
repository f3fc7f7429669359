// Maps the columns of a survey export to survey fields: by name, then by COLUMN=FIELD overrides.
#pragma once

#include "metrics/surveyfield.h"
#include "metrics/surveylayout.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

struct ColumnMapping
{
    std::vector<std::optional<Field>> fields; // one per column of the layout; nullopt = ignored

    std::optional<std::size_t> columnOf(Field field) const;
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
// Qualtrics column is judged by its id and its question text. Overrides are "COLUMN=FIELD":
// COLUMN is a column's name, question text or ImportId (case-insensitive) or #N for the N-th
// column, FIELD a field name or "ignore". An override takes its field away from any column that
// had it by name. Throws ts::Error (ErrorKind::Usage) for a malformed override, an unknown field
// or column, or two overrides giving one field.
ColumnMapping mapColumns(const SurveyLayout &layout,
                         const std::vector<std::string> &overrides = {});

} // namespace ts::metrics
