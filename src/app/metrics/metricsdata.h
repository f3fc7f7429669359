// What the metrics panel shows, computed from the stored survey table: the responses that pass
// the filters, the figures overall, by a grouping and by period, the stage funnel, and how each
// figure stands against its target (red / amber / green).
#pragma once

#include "core/workspace.h"
#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"
#include "metrics/stageconversion.h"
#include "metrics/surveytable.h"

#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts::app {

struct MetricsFilter
{
    // A map's responses: those of the imports scoped to it (report::responsesOfMap), their
    // stages and touchpoints named as the map names them now. 0 = every response.
    Id mapId = 0;
    std::string segment; // empty = every segment
    // Month keys (metrics::CivilDate::monthKey), inclusive. A set bound leaves out undated rows.
    std::optional<int> fromMonth;
    std::optional<int> toMonth;

    bool isEmpty() const { return mapId == 0 && segment.empty() && !fromMonth && !toMonth; }
};

metrics::SurveyTable filterTable(const metrics::SurveyTable &table, const MetricsFilter &filter,
                                 const Workspace &workspace);

// The months that have responses, in calendar order; the distinct segments, sorted.
std::vector<int> monthsOf(const metrics::SurveyTable &table);
std::vector<std::string> segmentsOf(const metrics::SurveyTable &table);

// A map's stage names in order; for no map, every map's stages in order of first appearance.
std::vector<std::string> stageOrder(const Workspace &workspace, Id mapId);

struct MetricsView
{
    metrics::MetricFigures overall;
    metrics::GroupedFigures groups; // by the table's grouping; stages in the map's order
    metrics::GroupedFigures periods; // by month or quarter, for the trend charts
    std::vector<metrics::StageConversion> funnel;
};

MetricsView computeView(const metrics::SurveyTable &filtered, const Workspace &workspace, Id mapId,
                        metrics::GroupBy groupBy, metrics::GroupBy period);

enum class Rag { None, Red, Amber, Green };

struct RagJudgement
{
    Rag rag = Rag::None;
    QString why; // plain text for a tooltip
};

// The target for a metric ("nps", "csat", "ces", "retention") in a stage: that stage's own
// target when there is one (names compared case-insensitively), else the overall one.
const MetricTarget *targetFor(const std::vector<MetricTarget> &targets, std::string_view metric,
                              std::string_view stage = {});

// Green: at or above target. Amber: below it, but the 95 % interval reaches it or the figure is
// at or above the industry benchmark. Red: below both. Higher is better for every metric.
RagJudgement judge(const MetricTarget *target, double value, double high);

} // namespace ts::app
