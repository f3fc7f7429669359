// Loads a whole workspace from its file, and writes a whole one into a new file.
#pragma once

#include "core/workspace.h"

namespace ts::storage {

class Database;

// Everything in the file, in display order (the "open and load everything" path). Without
// `withResponses`, Workspace::responses stays empty: a million of them take a second to read.
Workspace loadWorkspace(Database &db, bool withResponses = true);
// Inserts every entity with the ids it carries (as interchange assigns them) into an empty
// workspace, in one transaction.
void storeWorkspace(Database &db, Workspace workspace);

struct WorkspaceCounts
{
    std::int64_t maps = 0, stages = 0, cards = 0, responses = 0, initiatives = 0, personas = 0,
                 departments = 0, goals = 0, snapshots = 0;
};
WorkspaceCounts countWorkspace(Database &db);

} // namespace ts::storage
