// Survey responses between the workspace file and the metrics layer's columnar SurveyTable:
// an import is one transaction, and figures are computed from the stored table.
#pragma once

#include "core/survey.h"
#include "metrics/surveytable.h"

#include <string>

namespace ts::storage {

class Database;

// Stores every row of `table` as responses of a new import record (file name, time, rows,
// rejected), in one transaction: all rows or none. Fills record.id.
void storeSurveyTable(Database &db, SurveyImport &record, const metrics::SurveyTable &table);

// Every stored response as a SurveyTable (for metrics). `importId` > 0: only that import's.
metrics::SurveyTable loadSurveyTable(Database &db, Id importId = 0);

} // namespace ts::storage
