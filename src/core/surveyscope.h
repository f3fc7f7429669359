// Which journey maps a survey import describes, and which stage or touchpoint card each name
// its responses give stands for: so one map's scores never appear on another, and a renamed
// stage keeps its figures.
#pragma once

#include "core/survey.h"

#include <string>
#include <string_view>
#include <vector>

namespace ts {

struct Workspace;

// How responses' stage and touchpoint names are compared with a map's stage names and card
// titles: trimmed and case-folded ("  Test Drive" and "test drive" are one name).
std::string surveyNameKey(std::string_view name);

// Scopes `import` to `mapIds` and links each of the names to every stage (every touchpoint
// card) of those maps with the same key; a name that matches nothing stays unlinked. Replaces
// whatever scope and links the import had.
void linkSurveyImport(SurveyImport &import, const Workspace &w, std::vector<Id> mapIds,
                      const std::vector<std::string> &stageNames,
                      const std::vector<std::string> &touchpointNames);

// The maps, in the workspace's order, that have a stage or a touchpoint card named by one of
// the names: what an import made before imports had a scope describes ("all maps" its names
// match).
std::vector<Id> mapsNamedBy(const Workspace &w, const std::vector<std::string> &stageNames,
                            const std::vector<std::string> &touchpointNames);

// The ids of every map of the workspace, in order.
std::vector<Id> allMapIds(const Workspace &w);

// The maps a survey describes, as `import-survey --journey` and the import dialog name them: a
// map's name (trimmed, case-insensitive) or "all" (every map there is now). An empty choice is
// the workspace's only map, or no map when it has none. Throws ts::Error (Usage) naming the
// maps when the name matches none or several, or the choice is empty and there are several.
std::vector<Id> chooseJourneyMaps(const Workspace &w, std::string_view choice);

// The names, of those given, that the import links to no stage (no touchpoint card).
std::vector<std::string> unlinkedStageNames(const SurveyImport &import,
                                            const std::vector<std::string> &names);
std::vector<std::string> unlinkedTouchpointNames(const SurveyImport &import,
                                                 const std::vector<std::string> &names);

} // namespace ts
