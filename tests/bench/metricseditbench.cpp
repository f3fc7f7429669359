#include "metricseditbench.h"

#include "app/commands/cardcommands.h"
#include "app/commands/surveycommands.h"
#include "app/workspacedocument.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/maprepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QUndoStack>
#include <exception>
#include <fstream>
#include <string>

namespace ts::bench {
namespace {

long residentKilobytes()
{
    std::ifstream status("/proc/self/status");
    std::string word;
    while (status >> word)
        if (word == "VmRSS:") {
            long kilobytes = 0;
            status >> kilobytes;
            return kilobytes;
        }
    return 0;
}

} // namespace

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

        // Undoing the import from the import history, then putting it back (Undo of that).
        const auto record = document.workspace().surveyImports.front();
        const long before = residentKilobytes();
        start = LatencySamples::Clock::now();
        if (!document.execute(new app::RemoveSurveyImportCommand(document, record)))
            throw std::runtime_error("undoing the import failed");
        t.removeImport.add(LatencySamples::secondsSince(start));
        t.undoKilobytes = residentKilobytes() - before;
        start = LatencySamples::Clock::now();
        document.undoStack()->undo();
        t.restoreImport.add(LatencySamples::secondsSince(start));
        if (document.workspace().responses.size() != t.mirroredResponses)
            throw std::runtime_error("putting the import back did not restore every response");
    } catch (const std::exception &e) {
        t.error = e.what();
    }
    return t;
}

} // namespace ts::bench
