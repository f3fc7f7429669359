// The import's account of its column mapping: which column went to which field and why, which
// answer labels were read as which score, and the multi-select answers it could not keep.
#pragma once

#include "metrics/surveyimporter.h"

#include <string>
#include <vector>

namespace ts::metrics {

// One line each, unindented, e.g.
//   "Q1" (How likely are you to recommend us?) -> nps: header wording "recommend"
//   "Would you recommend us?" -> not imported: yes/no values, not 0-10 scores
//   not imported, no field's wording: "IPAddress", "UserLanguage"
//   "Q3" (ces): labels read as: Extremely easy = 7, Somewhat easy = 5
//   2 responses chose several touchpoints: kept with no touchpoint
std::vector<std::string> describeMapping(const ImportResult &result);

} // namespace ts::metrics
