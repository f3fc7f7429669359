// Survey responses, the imports that brought them in, and metric targets.
#pragma once

#include "core/survey.h"

#include <vector>

namespace ts::storage {

class Database;

// Whether the stored survey data changed since it was last read: responses are only inserted
// (imports, interchange, undo putting them back with their ids) or deleted with their import,
// never changed in place, so counts and highest ids tell.
struct SurveyState
{
    // `importIds`: the sum of the imports' ids, which tells which import went; `unattached`: the
    // responses that belong to no import.
    std::int64_t imports = -1, lastImport = 0, importIds = 0, unattached = 0, lastResponse = 0;
    bool operator==(const SurveyState &) const = default;
};

// Inserts the import's history row (a new uid when it has none) and sets record.id; the caller
// holds the transaction that also writes its responses.
void insertImportRecord(Database &db, SurveyImport &record);

class SurveyRepository
{
public:
    explicit SurveyRepository(Database &db)
        : m_db(db)
    { }

    std::vector<SurveyImport> imports();
    // One import with all its responses, in one transaction: all rows or none. Both add
    // functions keep the import's columnar copy (survey_columns) in step with its rows.
    void addImport(SurveyImport &record, std::vector<SurveyResponse> &responses);
    void removeImport(Id id); // with its responses
    // Responses entered by hand or by interchange; those that name an import are added to it.
    void addResponses(std::vector<SurveyResponse> &responses);

    std::vector<SurveyResponse> responses();
    std::int64_t responseCount();
    SurveyState state();

    std::vector<MetricTarget> targets();
    void add(MetricTarget &target);
    void update(const MetricTarget &target);
    void removeTarget(Id id);

private:
    void insertResponses(std::vector<SurveyResponse> &responses, Id importId);
    Database &m_db;
};

} // namespace ts::storage
