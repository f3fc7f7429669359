#include "fixture.h"
#include "storage/cardrepository.h"
#include "storage/maprepository.h"
#include "storage/personarepository.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

TEST_CASE_METHOD(test::WorkspaceFixture, "a default map has the five stages and nine lanes",
                 "[storage][maps]")
{
    MapRepository maps(db);
    const auto map = maps.createDefault("New car purchase");
    const auto stages = maps.stages(map.id);
    REQUIRE(stages.size() == 5);
    CHECK(stages.front().name == "Awareness");
    CHECK(stages.back().name == "Advocacy");
    const auto lanes = maps.lanes(map.id);
    REQUIRE(lanes.size() == 9);
    CHECK(lanes[4].kind == LaneKind::Emotion);
    CHECK(lanes[5].title == "Pain points");
}

TEST_CASE_METHOD(test::WorkspaceFixture, "maps round-trip and reorder", "[storage][maps]")
{
    MapRepository maps(db);
    Persona persona {0, {}, "Family buyer", "Private", {}, "", "", "", "", 0};
    PersonaRepository(db).add(persona);
    JourneyMap a {0, {}, "Purchase", persona.id, "first car", 0};
    JourneyMap b {0, {}, "Service", 0, "", 1};
    maps.add(a);
    maps.add(b);
    CHECK(maps.map(a.id) == a);
    a.name = "New car purchase";
    maps.update(a);
    CHECK(maps.map(a.id)->name == "New car purchase");
    maps.reorder({b.id, a.id});
    const auto all = maps.maps();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == b.id);
    CHECK_THROWS_WITH(maps.update(JourneyMap {999, newUid(), "x", 0, "", 0}),
                      Catch::Contains("no journey map with id 999"));
    PersonaRepository(db).remove(persona.id); // ON DELETE SET NULL
    CHECK(maps.map(a.id)->personaId == 0);
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "stages round-trip with emotions, reorder and cascade to cards", "[storage][maps]")
{
    MapRepository maps(db);
    const auto map = maps.createDefault("Purchase");
    auto stages = maps.stages(map.id);
    auto stage = stages[2];
    stage.name = "Buy";
    stage.color = "#112233";
    stage.emotionAsIs = -2;
    stage.emotionToBe = 2;
    stage.feeling = "anxious";
    maps.update(stage);
    CHECK(maps.stage(stage.id) == stage);
    maps.reorderStages({stages[4].id, stages[3].id, stages[2].id, stages[1].id, stages[0].id});
    CHECK(maps.stages(map.id).front().id == stages[4].id);

    const auto lane = maps.lanes(map.id)[0];
    Card card;
    card.mapId = map.id;
    card.stageId = stage.id;
    card.laneId = lane.id;
    card.kind = CardKind::Action;
    card.title = "Signs the contract";
    CardRepository(db).add(card);
    maps.removeStage(stage.id);
    CHECK_FALSE(CardRepository(db).card(card.id));
    CHECK(maps.stages(map.id).size() == 4);
}

TEST_CASE_METHOD(test::WorkspaceFixture, "lanes can be hidden, renamed and reordered",
                 "[storage][maps]")
{
    MapRepository maps(db);
    const auto map = maps.createDefault("Purchase");
    auto lanes = maps.lanes(map.id);
    lanes[3].visible = false;
    lanes[3].title = "What they think";
    maps.update(lanes[3]);
    CHECK(maps.lane(lanes[3].id) == lanes[3]);
    std::vector<Id> order;
    for (auto it = lanes.rbegin(); it != lanes.rend(); ++it)
        order.push_back(it->id);
    maps.reorderLanes(order);
    CHECK(maps.lanes(map.id).front().kind == LaneKind::Metrics);
    maps.removeLane(lanes[0].id);
    CHECK(maps.lanes(map.id).size() == 8);
}

TEST_CASE_METHOD(test::WorkspaceFixture, "removing a map removes its stages, lanes and cards",
                 "[storage][maps]")
{
    MapRepository maps(db);
    const auto map = maps.createDefault("Purchase");
    maps.remove(map.id);
    CHECK(maps.maps().empty());
    CHECK(db.queryInt("SELECT COUNT(*) FROM stages") == 0);
    CHECK(db.queryInt("SELECT COUNT(*) FROM lanes") == 0);
    CHECK_THROWS(maps.remove(map.id));
}
