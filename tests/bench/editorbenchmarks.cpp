#include "editorbenchmarks.h"

#include "alignment/gapregistry.h"
#include "app/commands/cardcommands.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapscene.h"
#include "app/mapeditor/mapview.h"
#include "app/workspacedocument.h"
#include "storage/cardrepository.h"
#include "storage/maprepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QApplication>
#include <random>

namespace ts::bench {

void makeLargeMap(const std::string &path, int count)
{
    storage::WorkspaceFile::create(path, [count](storage::Database &db) {
        storage::MapRepository maps(db);
        const auto map = maps.createDefault("Large workshop map");
        const auto stages = maps.stages(map.id);
        std::vector<Lane> lanes;
        for (const auto &l : maps.lanes(map.id))
            if (defaultCardKindFor(l.kind))
                lanes.push_back(l);
        storage::CardRepository cards(db);
        std::mt19937 random(7);
        const char *words[] = {"customer", "waits", "for",   "a",  "call",    "back",
                               "about",    "the",   "price", "of", "service", "online"};
        for (int i = 0; i < count; ++i) {
            Card c;
            c.mapId = map.id;
            c.stageId = stages[std::size_t(i % 5)].id;
            const auto &lane = lanes[std::size_t((i / 5) % lanes.size())];
            c.laneId = lane.id;
            c.kind = *defaultCardKindFor(lane.kind);
            for (int w = 0, n = 3 + int(random() % 9); w < n; ++w)
                c.title += std::string(w ? " " : "") + words[random() % 12];
            if (c.kind == CardKind::Touchpoint) {
                c.channel = "web";
                c.online = true;
                c.currentScore = 5.5;
                c.targetScore = 8;
            }
            if (c.kind == CardKind::PainPoint)
                c.severity = Severity::High;
            if (c.kind == CardKind::Opportunity)
                c.dimension = Dimension::Process;
            c.position = i / (5 * int(lanes.size()));
            cards.add(c);
        }
    }).reset();
}

EditorResults runEditorBenchmarks(const std::string &path, int runs)
{
    EditorResults results;
    app::WorkspaceDocument doc(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    const Id mapId = doc.workspace().maps.front().id;
    results.cards = int(doc.workspace().cards.size());
    for (int i = 0; i < runs; ++i) {
        const auto start = LatencySamples::Clock::now();
        app::MapEditor editor(doc, mapId);
        results.openTab.add(LatencySamples::secondsSince(start));
        if (i == 0)
            results.firstOpenMs = results.openTab.maxMs();
    }
    app::MapEditor editor(doc, mapId);
    editor.resize(1920, 1080);
    editor.show();
    editor.view()->resetZoom();
    QApplication::processEvents();
    for (int i = 0; i < runs; ++i) {
        const auto start = LatencySamples::Clock::now();
        editor.view()->viewport()->repaint();
        results.repaint.add(LatencySamples::secondsSince(start));
    }
    const auto &stages = doc.workspace().stages;
    for (int i = 0; i < runs; ++i) {
        const auto card = doc.workspace().cards[std::size_t(i * 7 % results.cards)];
        const Id target = stages[std::size_t((i + 1) % stages.size())].id;
        const auto start = LatencySamples::Clock::now();
        doc.execute(new app::MoveCardCommand(doc, card, target, card.laneId, 0));
        results.dragMove.add(LatencySamples::secondsSince(start));
    }
    return results;
}

LatencySamples runAlignmentBenchmark(const std::string &path, int runs)
{
    auto file = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    const auto workspace = storage::loadWorkspace(file->db());
    LatencySamples samples;
    std::size_t findings = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = LatencySamples::Clock::now();
        findings += alignment::GapRegistry::builtIn().findings(workspace).size();
        samples.add(LatencySamples::secondsSince(start));
    }
    if (findings == 0)
        samples.clear(); // the rules found nothing on a workspace full of gaps: not a real run
    return samples;
}

} // namespace ts::bench
