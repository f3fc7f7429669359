// Survey figures for the report outside the metrics section (the maps' stage figures).
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

// The workspace's responses as the metrics layer's columnar table.
metrics::SurveyTable surveyTableOf(const std::vector<SurveyResponse> &responses);
// "NPS +36 · CSAT 78% · kept 84% · n 883" for each stage of the map that responses name, as
// the map editor shows them at the foot of the metrics lane.
std::unordered_map<Id, QString> stageFigureLabels(const Workspace &w, Id mapId);

} // namespace ts::report
