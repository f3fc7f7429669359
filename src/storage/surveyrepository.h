// Survey responses, the imports that brought them in, and metric targets.
#pragma once

#include "core/survey.h"

#include <vector>

namespace ts::storage {

class Database;

class SurveyRepository
{
public:
    explicit SurveyRepository(Database &db)
        : m_db(db)
    { }

    std::vector<SurveyImport> imports();
    // One import with all its responses, in one transaction: all rows or none.
    void addImport(SurveyImport &record, std::vector<SurveyResponse> &responses);
    void removeImport(Id id); // with its responses
    // Responses not tied to an import (entered by hand or by interchange).
    void addResponses(std::vector<SurveyResponse> &responses);

    std::vector<SurveyResponse> responses();
    std::int64_t responseCount();

    std::vector<MetricTarget> targets();
    void add(MetricTarget &target);
    void update(const MetricTarget &target);
    void removeTarget(Id id);

private:
    void insertResponses(std::vector<SurveyResponse> &responses, Id importId);
    Database &m_db;
};

} // namespace ts::storage
