// Journey maps for the report tests: a realistic one, and a large one for timing.
#pragma once

#include "core/workspace.h"

namespace ts::test {

// "Buying a new EV" for Northwind Motors: five stages, every lane kind, badges of every kind,
// links from pain points to opportunities and both emotion curves. The map has id 1.
Workspace sampleWorkspace();

// One map (id 1) with `cards` cards spread over `stages` stages and the eight card lanes,
// titles of mixed length; deterministic.
Workspace largeWorkspace(int cards, int stages = 6);

// Adds a card to map 1 of `w` in (stage, lane) at the end of its cell; returns it.
Card &addCard(Workspace &w, Id stageId, Id laneId, CardKind kind, const std::string &title);

} // namespace ts::test
