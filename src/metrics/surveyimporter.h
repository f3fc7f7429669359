// Imports a survey export (CSV) into a SurveyTable: layout, column mapping, value checks, bad rows.
#pragma once

#include "metrics/columnmapping.h"
#include "metrics/dateorderdecision.h"
#include "metrics/responsefilter.h"
#include "metrics/surveylayout.h"
#include "metrics/surveytable.h"
#include "metrics/textencoding.h"
#include "metrics/valueparser.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts::metrics {

struct ImportOptions
{
    Format format = Format::Auto;
    std::vector<std::string> overrides; // COLUMN=FIELD, see mapColumns
    char delimiter = 0; // 0 = detect comma, semicolon or tab
    // The date column's order when every date in it could be day first or month first
    // (05/03/2024); nullopt = decide from the values or refuse (see decideDateOrder).
    std::optional<DateOrder> dateOrder;
    std::size_t maxBadRowsListed = 1000; // every bad row is counted, the first ones described
    // Rows of a text this large or larger are read in two halves on two threads (the result is
    // the same; tests set 0 to split every text).
    std::size_t twoThreadsFrom = 4 * 1024 * 1024;
};

// A row that was left out, and why.
struct BadRow
{
    std::size_t line = 0; // 1-based physical line where the record starts
    std::string column; // the column's name; empty when the whole row is at fault
    std::string message; // e.g. `column "NPS" (nps): "11" is out of range 0-10`
};

// The answer labels a score column was read from, for "labels read as: Extremely easy = 7, ...".
struct LabelsRead
{
    std::string column;
    Field field;
    std::vector<ScoreLabel> labels; // in scoreLabels(field) order
};

// A multi-select group mapped as one field, and how many kept responses chose several answers
// (kept with no value for that field).
struct SeveralAnswers
{
    Field field;
    std::string question;
    std::size_t responses = 0;
};

struct ImportResult
{
    SurveyTable table; // the good rows only
    SurveyLayout layout;
    ColumnMapping mapping;
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::Utf8;
    std::vector<BadRow> badRows; // the first ImportOptions::maxBadRowsListed
    std::size_t badRowCount = 0;
    std::size_t emptyRows = 0; // rows whose every cell was empty, skipped
    FilteredRows filtered; // Qualtrics previews, tests, spam and unfinished responses left out
    std::optional<DateOrderChoice> dateOrder; // nullopt when no date was imported
    std::vector<std::string> unmappedColumns; // columns no field was taken from
    int readers = 1; // 2 when the rows were read in two halves at once
    std::vector<LabelsRead> labelsRead; // one per score column any label was read from
    std::vector<SeveralAnswers> severalAnswers; // one per ColumnMapping::groups entry
    // To tell the same file imported twice: a 64-bit hash (hashBytes) of the file's bytes as
    // read, before any decoding, as 16 hex digits.
    std::string contentHash;
    // The column holding each response's own id (Qualtrics "ResponseId", legacy "ResponseID",
    // SurveyMonkey "Respondent ID", Typeform "#" or "Response ID"); empty when there is none.
    std::string responseIdColumn;
    // hashBytes of the trimmed id, one per row of `table` in its order; empty without the column.
    std::vector<std::uint64_t> responseIdHashes;
};

class SurveyImporter
{
public:
    explicit SurveyImporter(ImportOptions options = {});

    // Throws ts::Error naming the file: BadInput when it cannot be read, is empty, has no
    // column for any field or none giving nps, csat, ces, retained or churned, when the mapping
    // is ambiguous (mapColumns, on the header and the first kSampledRecords data records), or
    // when the date column's order cannot be decided (decideDateOrder); Usage for a bad
    // override. Bad rows never throw: see ImportResult.
    ImportResult importFile(const std::string &path) const;
    // The same for text in memory; `source` names it in error messages.
    ImportResult importText(std::string bytes, const std::string &source = "survey") const;

private:
    ImportOptions m_options;
};

} // namespace ts::metrics
