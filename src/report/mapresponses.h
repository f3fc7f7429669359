// The survey responses that describe one journey map: those of the imports scoped to it
// (core/surveyscope.h), each with its stage and touchpoint as the map names them now.
#pragma once

#include "core/ids.h"
#include "metrics/surveytable.h"

namespace ts {
struct Workspace;
}

namespace ts::report {

// What a scoped response's stage and touchpoint become: the linked stage's and card's current
// name (for people: groups, charts), or their uid (to key figures by identity, which two stages
// of the same name do not share).
enum class MapItemNames { Current, Uids };

// The rows of `table` (which must carry SurveyTable::imports) that belong to map `mapId`: every
// row of an import scoped to that map alone; of an import scoped to several, the rows whose
// touchpoint is linked to one of this map's cards, and those whose touchpoint is linked to no
// card of any map but whose stage is linked to one of this map's stages (stage names are often
// the same on every map; touchpoints tell the journeys apart). A stage or touchpoint not linked
// to this map is left empty. Rows of imports not scoped to the map, and of no import, are left out.
metrics::SurveyTable responsesOfMap(const metrics::SurveyTable &table, const Workspace &w, Id mapId,
                                    MapItemNames names = MapItemNames::Current);

} // namespace ts::report
