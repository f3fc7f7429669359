// A new journey map drafted from a template (resources/templates/*.json), before it is stored.
#pragma once

#include "core/card.h"
#include "core/journeymap.h"

#include <string>
#include <vector>

namespace ts::interchange {

struct MapDraft
{
    JourneyMap map;
    std::vector<Stage> stages;
    std::vector<Lane> lanes;
    struct DraftCard
    {
        Card card;
        std::size_t stage; // index into stages
        std::size_t lane; // index into lanes
    };
    std::vector<DraftCard> cards;
};

// Drafts a map called `name` from template `templateId` ("blank" when empty). Throws
// Error(BadInput) naming the template and the JSON path of a problem.
MapDraft draftFromTemplate(const std::string &templateId, const std::string &name);

} // namespace ts::interchange
