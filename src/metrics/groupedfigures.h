// Figures per stage, touchpoint, segment, month or quarter, for `metrics --by` and the panel.
#pragma once

#include "metrics/metricfigures.h"
#include "metrics/surveytable.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

enum class GroupBy { Stage, Touchpoint, Segment, Month, Quarter };

// "stage", "touchpoint", "segment", "month", "quarter"; "period" reads as month.
std::string_view groupByName(GroupBy by);
// What a response lacks when it is in no group: "stage", "touchpoint", "segment", "date".
std::string_view groupKeyName(GroupBy by);
std::optional<GroupBy> groupByFromName(std::string_view name);

struct GroupFigures
{
    std::string key; // the stage (as given), "2024-03" or "2024-Q1"
    MetricFigures figures;
};

struct GroupedFigures
{
    GroupBy by = GroupBy::Stage;
    // Categories in order of first appearance in the table (the caller may reorder them, e.g.
    // by the map's stage order); periods in calendar order, without empty periods.
    std::vector<GroupFigures> groups;
    std::size_t withoutKey = 0; // responses with no stage / touchpoint / ... / date, left out
};

GroupedFigures computeGroups(const SurveyTable &table, GroupBy by);

} // namespace ts::metrics
