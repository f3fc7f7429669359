// Survey responses for the report outside the metrics section (the maps' survey figures).
#pragma once

#include "core/ids.h"
#include "core/survey.h"
#include "metrics/surveytable.h"

#include <QString>
#include <unordered_map>
#include <vector>

namespace ts {
struct Workspace;
}

namespace ts::report {

// The workspace's responses as the metrics layer's columnar table, with the runs of rows of
// each import (SurveyTable::imports) that responsesOfMap scopes by.
metrics::SurveyTable surveyTableOf(const std::vector<SurveyResponse> &responses);

} // namespace ts::report
