#include "fixture.h"
#include "storage/cardrepository.h"
#include "storage/departmentrepository.h"
#include "storage/maprepository.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

namespace {

struct Grid : test::WorkspaceFixture
{
    MapRepository maps {db};
    CardRepository cards {db};
    JourneyMap map = maps.createDefault("Purchase");
    std::vector<Stage> stages = maps.stages(map.id);
    std::vector<Lane> lanes = maps.lanes(map.id);

    Card add(const std::string &title, int stage = 0, int lane = 0,
             CardKind kind = CardKind::Action)
    {
        Card c;
        c.mapId = map.id;
        c.stageId = stages[std::size_t(stage)].id;
        c.laneId = lanes[std::size_t(lane)].id;
        c.kind = kind;
        c.title = title;
        c.position = int(cards.cell(c.stageId, c.laneId).size());
        cards.add(c);
        return c;
    }
    std::vector<std::string> titles(int stage, int lane)
    {
        std::vector<std::string> out;
        for (Id id : cards.cell(stages[std::size_t(stage)].id, lanes[std::size_t(lane)].id))
            out.push_back(cards.card(id)->title);
        return out;
    }
};

} // namespace

TEST_CASE_METHOD(Grid, "a card round-trips every field of every kind", "[storage][cards]")
{
    Department sales {0, {}, "Sales", "Ana", "sells", 0};
    DepartmentRepository(db).add(sales);
    Card c = add("Test drive booking", 1, 1, CardKind::Touchpoint);
    c.notes = "weekend slots";
    c.channel = "web";
    c.online = true;
    c.departmentId = sales.id;
    c.currentScore = 6.5;
    c.targetScore = 8.0;
    c.severity = Severity::High;
    c.frequency = Frequency::Frequent;
    c.evidence = "\"I waited 20 minutes\"\n\"Nobody called back\"";
    c.dimension = Dimension::Technology;
    cards.update(c);
    CHECK(cards.card(c.id) == c);
    DepartmentRepository(db).remove(sales.id); // ON DELETE SET NULL
    CHECK(cards.card(c.id)->departmentId == 0);
}

TEST_CASE_METHOD(Grid, "moving a card within its cell reorders it", "[storage][cards]")
{
    add("a"), add("b"), add("c");
    const Id c = cards.cell(stages[0].id, lanes[0].id)[2];
    cards.move(c, stages[0].id, lanes[0].id, 0);
    CHECK(titles(0, 0) == std::vector<std::string> {"c", "a", "b"});
}

TEST_CASE_METHOD(Grid, "moving a card to another cell renumbers both cells", "[storage][cards]")
{
    add("a"), add("b"), add("c");
    add("x", 2, 0);
    const Id b = cards.cell(stages[0].id, lanes[0].id)[1];
    cards.move(b, stages[2].id, lanes[0].id, 1);
    CHECK(titles(0, 0) == std::vector<std::string> {"a", "c"});
    CHECK(titles(2, 0) == std::vector<std::string> {"x", "b"});
    const auto moved = cards.card(b);
    CHECK(moved->stageId == stages[2].id);
    CHECK(moved->position == 1);
    CHECK(cards.card(cards.cell(stages[0].id, lanes[0].id)[1])->position == 1);
    CHECK_THROWS(cards.move(9999, stages[0].id, lanes[0].id, 0));
}

TEST_CASE_METHOD(Grid, "cards list in display order: stage, lane, position", "[storage][cards]")
{
    add("late stage", 4, 0);
    add("first", 0, 1);
    add("second", 0, 1);
    add("top lane", 0, 0);
    std::vector<std::string> order;
    for (const auto &c : cards.cards(map.id))
        order.push_back(c.title);
    CHECK(order == std::vector<std::string> {"top lane", "first", "second", "late stage"});
}

TEST_CASE_METHOD(Grid, "links join cards, refuse self-links and go with their cards",
                 "[storage][cards]")
{
    const auto pain = add("Long wait", 2, 5, CardKind::PainPoint);
    const auto idea = add("Online check-in", 2, 6, CardKind::Opportunity);
    CardLink link {0, {}, pain.id, idea.id, LinkKind::Addresses};
    cards.add(link);
    CHECK(cards.links(map.id) == std::vector<CardLink> {link});
    CardLink self {0, {}, pain.id, pain.id, LinkKind::Relates};
    CHECK_THROWS(cards.add(self));
    CardLink twice {0, {}, pain.id, idea.id, LinkKind::Relates};
    CHECK_THROWS(cards.add(twice));
    cards.remove(idea.id);
    CHECK(cards.links().empty());
}

TEST_CASE_METHOD(Grid, "an invalid card is refused before it reaches the file", "[storage][cards]")
{
    Card c;
    c.mapId = map.id;
    c.stageId = stages[0].id;
    c.laneId = lanes[0].id;
    CHECK_THROWS_WITH(cards.add(c), Catch::Contains("a card needs a title"));
    c.title = "ok";
    c.stageId = 4242; // foreign key
    CHECK_THROWS(cards.add(c));
    CHECK(cards.cards().empty());
}
