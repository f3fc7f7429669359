// Survey responses between the workspace file and the metrics layer's columnar SurveyTable:
// an import is one transaction, and figures are computed from the stored table.
#pragma once

#include "core/survey.h"
#include "metrics/surveytable.h"

#include <string>
#include <vector>

namespace ts::storage {

class Database;

// Stores every row of `table` as responses of a new import record (file name, time, rows,
// rejected), in one transaction: all rows or none. Fills record.id.
void storeSurveyTable(Database &db, SurveyImport &record, const metrics::SurveyTable &table);

// Every stored response as a SurveyTable (for metrics). `importId` > 0: only that import's.
// Reads each import's columnar copy (survey_columns), then the responses tied to no import from
// survey_responses. An import whose copy is missing, damaged or holds another number of rows
// than its responses is read from its rows instead, with a warning in the log naming the file.
metrics::SurveyTable loadSurveyTable(Database &db, Id importId = 0);

// The same from survey_responses alone, row by row in id order (ten times slower): the source of
// truth the columns are built from, and what tests compare them with. `importId` 0: every row.
metrics::SurveyTable loadSurveyRows(Database &db, Id importId = 0);

// Every import whose columnar copy cannot be read or differs from its responses, one line each
// naming the import, its file and the first difference; empty when all agree. Reads every
// response (about a second for a million): for `touchstone-cli check`, not for each recompute.
std::vector<std::string> checkSurveyColumns(Database &db);

// (Re)writes the columnar copy of import `importId` from its rows, in one transaction.
void buildSurveyColumns(Database &db, Id importId);
// Builds the copy of every import that has none: migration to schema 3, and writers that insert
// responses row by row (JSON import, SurveyRepository::addImport).
void buildMissingSurveyColumns(Database &db);

} // namespace ts::storage
