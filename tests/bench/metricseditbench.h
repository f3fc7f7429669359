// A structural edit in the app while a million survey responses are stored (issue 5): the
// WorkspaceDocument mirror used to read every response again after each such edit.
#pragma once

#include "latencysamples.h"

#include <cstddef>
#include <string>

namespace ts::bench {

struct SurveyEditTimings
{
    LatencySamples edit; // RemoveCardsCommand through WorkspaceDocument::execute, reload included
    LatencySamples loadWith; // storage::loadWorkspace with every response: the old reloadAll
    LatencySamples loadWithout; // the same without the responses
    LatencySamples open; // WorkspaceDocument created on the file (reads every response once)
    std::size_t mirroredResponses = 0; // in the mirror after the edits
    LatencySamples removeImport; // RemoveSurveyImportCommand of the 1,000,000-response import
    LatencySamples restoreImport; // its undo: every response put back with its id
    long undoKilobytes = 0; // resident memory the removal added (its snapshot for undo)
    std::string error;
};

// Adds `runs` cards to the first map of the workspace at `path` (ReadWrite), then removes them
// one command at a time, as the map editor's Delete does; then removes the first survey import
// from the import history and undoes that.
SurveyEditTimings timeEditsWithResponses(const std::string &path, int runs);

} // namespace ts::bench
