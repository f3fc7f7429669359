// Survey figures drawn on a journey map: per stage at the foot of the metrics lane, per
// touchpoint card under the card. Passed to the layout and painter as data, so report code never
// reads storage and the editor, image exports, CLI and PDF draw the same thing.
#pragma once

#include "core/ids.h"
#include "metrics/metricfigures.h"
#include "metrics/surveytable.h"

#include <QString>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ts {
struct Workspace;
}

namespace ts::report {

// How a label's figures compare with the workspace's metric targets: the worst of them.
enum class FigureStatus { None, OffTarget, NearTarget, OnTarget };

struct FigureLabel
{
    QString text; // "NPS +32 · CSAT 81% · n 240": what fits on a card's width
    QString details; // every figure with its n and 95 % interval, and the targets (plain text)
    FigureStatus status = FigureStatus::None;
};

struct MapFigures
{
    std::unordered_map<Id, FigureLabel> stages; // by stage id
    std::unordered_map<Id, FigureLabel> cards; // by touchpoint card id

    bool empty() const { return stages.empty() && cards.empty(); }
};

// Survey figures by folded name (see figureKey): a stage or touchpoint as responses name it.
using FiguresByName = std::unordered_map<std::string, metrics::MetricFigures>;

// How responses and map items are matched by name: trimmed and case-folded.
std::string figureKey(std::string_view name);

// Figures grouped by stage or touchpoint name (metrics::computeGroups), keyed by figureKey.
FiguresByName figuresByName(const metrics::SurveyTable &table, bool byTouchpoint);

// The labels of one map: each stage whose name responses give, and each touchpoint card whose
// title responses give as their touchpoint; judged against w.metricTargets (a stage's own
// target first, else the overall one; a touchpoint card uses its stage's).
MapFigures mapFigures(const Workspace &w, Id mapId, const FiguresByName &byStage,
                      const FiguresByName &byTouchpoint);
// The same from a survey table (the CLI and the PDF, which have no cache).
MapFigures mapFigures(const Workspace &w, Id mapId, const metrics::SurveyTable &table);

} // namespace ts::report
