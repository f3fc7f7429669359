#include "metricseditbench.h"

#include "app/commands/cardcommands.h"
#include "app/workspacedocument.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/maprepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <exception>

namespace ts::bench {

SurveyEditTimings timeEditsWithResponses(const std::string &path, int runs)
{
    SurveyEditTimings t;
    try {
        auto file = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite);
        std::vector<Id> cards;
        Id mapId = 0;
        {
            storage::MapRepository maps(file->db());
            const auto map = maps.maps().front();
            mapId = map.id;
            const auto stage = maps.stages(map.id).front();
            const auto lane = maps.lanes(map.id).front();
            storage::CardRepository repository(file->db());
            for (int i = 0; i < runs; ++i) {
                Card card;
                card.mapId = map.id;
                card.stageId = stage.id;
                card.laneId = lane.id;
                card.kind = CardKind::Action;
                card.title = "Card " + std::to_string(i);
                repository.add(card);
                cards.push_back(card.id);
            }
        }
        for (int i = 0; i < 3; ++i) {
            auto start = LatencySamples::Clock::now();
            storage::loadWorkspace(file->db(), true);
            t.loadWith.add(LatencySamples::secondsSince(start));
            start = LatencySamples::Clock::now();
            storage::loadWorkspace(file->db(), false);
            t.loadWithout.add(LatencySamples::secondsSince(start));
        }
        auto start = LatencySamples::Clock::now();
        app::WorkspaceDocument document(std::move(file));
        t.open.add(LatencySamples::secondsSince(start));
        for (const Id card : cards) {
            start = LatencySamples::Clock::now();
            if (!document.execute(new app::RemoveCardsCommand(document, mapId, {card})))
                throw std::runtime_error("removing a card failed");
            t.edit.add(LatencySamples::secondsSince(start));
        }
        t.mirroredResponses = document.workspace().responses.size();
    } catch (const std::exception &e) {
        t.error = e.what();
    }
    return t;
}

} // namespace ts::bench
