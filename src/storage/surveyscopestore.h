// The stored side of a survey import's scope (core/surveyscope.h): the maps it describes, the
// stages and touchpoint cards its names are linked to, and what tells a second import of the
// same data (core/earlierimport.h).
#pragma once

#include "core/survey.h"
#include "core/workspace.h"

#include <vector>

namespace ts::storage {

class Database;

// Replaces the scope, links, content hash and response-id sample of import `import.id` with
// those of `import`; the caller holds the transaction.
void writeImportScope(Database &db, const SurveyImport &import);

// Fills mapIds, stageLinks, touchpointLinks and, unless `linksOnly`, contentHash and responseIds
// of each import (by id); `linksOnly` replaces only the maps and links (what a stage's or card's
// deletion and its undo change), without reading the response-id samples.
void readImportScopes(Database &db, std::vector<SurveyImport> &imports, bool linksOnly = false);

// What scoping a survey needs, read without the rest of the workspace (canvas, reviews, the
// snapshots and their JSON): the maps (id, uid, name), their stages and touchpoint cards (id, uid,
// map, name or title) and the survey imports with their scopes.
Workspace loadSurveyScopeOutline(Database &db);

// Migration to schema 5: scopes each import made before imports had a scope to the maps whose
// stage or touchpoint names its responses give ("all maps" its names match), linking the names.
void scopeImportsByName(Database &db);

} // namespace ts::storage
