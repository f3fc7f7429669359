// The built-in gap rules, one factory per area (internal to the alignment library).
#pragma once

#include "alignment/gaprule.h"

#include <vector>

namespace ts::alignment {

std::vector<GapRule> purposeRules();
std::vector<GapRule> goalRules();
std::vector<GapRule> painPointRules();
std::vector<GapRule> stageRules();
std::vector<GapRule> touchpointRules();
std::vector<GapRule> metricRules();
std::vector<GapRule> roadmapRules();

} // namespace ts::alignment
