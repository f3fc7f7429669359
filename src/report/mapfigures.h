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
    bool smallSample = false; // under 30 responses: drawn with a dashed outline
};

struct MapFigures
{
    std::unordered_map<Id, FigureLabel> stages; // by stage id
    std::unordered_map<Id, FigureLabel> cards; // by touchpoint card id

    bool empty() const { return stages.empty() && cards.empty(); }
};

// The survey figures of one map's stages and touchpoint cards, by their id: from the responses
// scoped to the map (responsesOfMap), so renaming a stage or card keeps them.
struct MapSurveyFigures
{
    std::unordered_map<Id, metrics::MetricFigures> stages;
    std::unordered_map<Id, metrics::MetricFigures> cards;
};

// How metric targets' stage scopes are matched with stage names: trimmed and case-folded
// (core's surveyNameKey, the one comparison of names everywhere).
std::string figureKey(std::string_view name);

// Figures of each stage and touchpoint card of map `mapId` that scoped responses name; `table`
// must carry SurveyTable::imports (storage::loadSurveyTable, surveyTableOf).
MapSurveyFigures mapSurveyFigures(const metrics::SurveyTable &table, const Workspace &w, Id mapId);

// The labels of one map from its figures, judged against w.metricTargets (a stage's own target
// first, else the overall one; a touchpoint card uses its stage's). A figure that rests on fewer
// than 30 responses says so (metrics::isSmallSample).
MapFigures mapFigures(const Workspace &w, Id mapId, const MapSurveyFigures &figures);
// The same from a survey table (the CLI and the PDF, which have no cache).
MapFigures mapFigures(const Workspace &w, Id mapId, const metrics::SurveyTable &table);

} // namespace ts::report
