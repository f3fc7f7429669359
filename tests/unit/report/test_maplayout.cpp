#include "guiapp.h"
#include "interchange/demo.h"
#include "report/maplayout.h"
#include "samplemap.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::report;

namespace {

MapLayout layoutOf(const Workspace &w, const MapStyle &style = MapStyle::screen())
{
    test::ensureGuiApp();
    return MapLayout::compute(w, 1, style);
}

Lane &laneOfKind(Workspace &w, LaneKind kind)
{
    return *std::find_if(w.lanes.begin(), w.lanes.end(),
                         [&](const Lane &l) { return l.kind == kind; });
}

} // namespace

TEST_CASE("layout: every card sits inside its cell and no two overlap", "[report][layout]")
{
    const auto w = test::sampleWorkspace();
    const auto layout = layoutOf(w);
    REQUIRE(layout.cards().size() == w.cards.size());
    REQUIRE(layout.stages().size() == 5);
    REQUIRE(layout.lanes().size() == 9);
    for (const auto &box : layout.cards()) {
        INFO("card " << box.cardId);
        const QRectF cell = layout.cellRect(box.stageId, box.laneId);
        CHECK(cell.contains(box.rect));
        CHECK(layout.bounds().contains(box.rect));
        CHECK(layout.card(box.cardId) == &box);
        const auto *card = findById(w.cards, box.cardId);
        CHECK(card->stageId == box.stageId);
        CHECK(card->laneId == box.laneId);
        CHECK(card->position == box.index);
    }
    for (std::size_t i = 0; i < layout.cards().size(); ++i)
        for (std::size_t j = i + 1; j < layout.cards().size(); ++j)
            CHECK_FALSE(layout.cards()[i].rect.intersects(layout.cards()[j].rect));
    for (const auto &stage : layout.stages())
        CHECK(layout.bounds().contains(stage.header.united(stage.column)));
}

TEST_CASE("layout: stages and lanes follow their positions", "[report][layout]")
{
    auto w = test::sampleWorkspace();
    for (auto &s : w.stages)
        s.position = 10 - s.position;
    std::reverse(w.lanes.begin(), w.lanes.end()); // storage order must not matter
    const auto layout = layoutOf(w);
    std::vector<std::string> names;
    for (const auto &column : layout.stages())
        names.push_back(findById(w.stages, column.stageId)->name);
    CHECK(names
          == std::vector<std::string> {"Advocacy", "Retention", "Purchase", "Consideration",
                                       "Awareness"});
    for (std::size_t i = 1; i < layout.stages().size(); ++i)
        CHECK(layout.stages()[i].column.left() >= layout.stages()[i - 1].column.right() - 0.001);
    for (std::size_t i = 0; i < layout.lanes().size(); ++i)
        CHECK(layout.lanes()[i].kind == LaneKind(i));
}

TEST_CASE("layout: rows grow so a card's wrapped title fits", "[report][layout]")
{
    auto w = test::sampleWorkspace();
    const auto before = layoutOf(w);
    Card &card = w.cards.front(); // a customer action in Awareness
    const double cardBefore = before.card(card.id)->rect.height();
    const double rowBefore = before.lane(card.laneId)->row.height();
    card.title = std::string(12, ' ')
        + "A very long customer action that keeps going and going, far "
          "beyond what fits on one line of a sticky note, so that the note must grow "
          "taller and the lane with it: Supercalifragilisticexpialidocious-and-then-some.";
    const auto after = layoutOf(w);
    CHECK(after.card(card.id)->rect.height() > cardBefore + 40);
    CHECK(after.lane(card.laneId)->row.height() > rowBefore + 40);
    CHECK(after.cellRect(card.stageId, card.laneId).contains(after.card(card.id)->rect));
    // Only that row grew.
    for (const auto &lane : after.lanes())
        if (lane.laneId != card.laneId)
            CHECK(lane.row.height() == Approx(before.lane(lane.laneId)->row.height()));
}

TEST_CASE("layout: hidden lanes are left out", "[report][layout]")
{
    auto w = test::sampleWorkspace();
    Lane &hidden = laneOfKind(w, LaneKind::Channels);
    hidden.visible = false;
    const auto layout = layoutOf(w);
    CHECK(layout.lanes().size() == 8);
    CHECK(layout.lane(hidden.id) == nullptr);
    CHECK(layout.cellRect(w.stages[0].id, hidden.id).isNull());
    CHECK(layout.cardsIn(w.stages[0].id, hidden.id).empty());
    for (const auto &c : w.cards)
        CHECK((layout.card(c.id) == nullptr) == (c.laneId == hidden.id));
    for (std::size_t i = 1; i < layout.lanes().size(); ++i)
        CHECK(layout.lanes()[i].row.top() == Approx(layout.lanes()[i - 1].row.bottom()));
}

TEST_CASE("layout: cellAt, cardAt and insertionIndex agree with the geometry", "[report][layout]")
{
    const auto w = test::sampleWorkspace();
    const auto layout = layoutOf(w);
    for (const auto &column : layout.stages())
        for (const auto &lane : layout.lanes()) {
            const QRectF cell = layout.cellRect(column.stageId, lane.laneId);
            const auto at = layout.cellAt(cell.center());
            REQUIRE(at);
            CHECK(at->first == column.stageId);
            CHECK(at->second == lane.laneId);
            const auto boxes = layout.cardsIn(column.stageId, lane.laneId);
            CHECK(layout.insertionIndex(column.stageId, lane.laneId,
                                        QPointF(cell.center().x(), cell.bottom() - 1))
                  == int(boxes.size()));
            CHECK(layout.insertionIndex(column.stageId, lane.laneId,
                                        QPointF(cell.center().x(), cell.top()))
                  == 0);
            const QRectF next = layout.newCardRect(column.stageId, lane.laneId);
            for (const auto &box : boxes) {
                CHECK(layout.cardAt(box.rect.center()) == &box);
                CHECK(layout.insertionIndex(column.stageId, lane.laneId,
                                            box.rect.center() - QPointF(0, 1))
                      == box.index);
                CHECK(layout.insertionIndex(column.stageId, lane.laneId,
                                            box.rect.center() + QPointF(0, 1))
                      == box.index + 1);
                CHECK_FALSE(next.intersects(box.rect));
            }
        }
    CHECK_FALSE(layout.cellAt(layout.stages()[0].header.center()));
    CHECK_FALSE(layout.cellAt(layout.lanes()[0].header.center()));
    CHECK_FALSE(layout.cellAt(layout.bounds().bottomRight() + QPointF(5, 5)));
    CHECK(layout.stageHeaderAt(layout.stages()[2].header.center()) == layout.stages()[2].stageId);
    CHECK(layout.laneHeaderAt(layout.lanes()[3].header.center()) == layout.lanes()[3].laneId);
    CHECK(layout.cardAt(layout.lanes()[0].header.center()) == nullptr);
}

TEST_CASE("layout: emotion points and values round-trip", "[report][layout]")
{
    auto w = test::sampleWorkspace();
    const auto layout = layoutOf(w);
    const auto *emotion = layout.emotionLane();
    REQUIRE(emotion);
    for (const auto &column : layout.stages()) {
        double previousY = 1e9;
        for (int v = -3; v <= 3; ++v) {
            const QPointF p = layout.emotionPoint(column.stageId, v);
            CHECK(emotion->row.contains(p));
            CHECK(column.column.contains(p));
            CHECK(p.y() < previousY); // better feelings are higher
            previousY = p.y();
            CHECK(layout.emotionValueAt(column.stageId, p.y()) == v);
            CHECK(layout.emotionValueAt(column.stageId, p.y() + 2) == v);
        }
        CHECK(layout.emotionValueAt(column.stageId, emotion->row.top() - 500) == 3);
        CHECK(layout.emotionValueAt(column.stageId, emotion->row.bottom() + 500) == -3);
        CHECK(layout.emotionPoint(column.stageId, 9) == layout.emotionPoint(column.stageId, 3));
    }
    laneOfKind(w, LaneKind::Emotion).visible = false;
    const auto without = layoutOf(w);
    CHECK(without.emotionLane() == nullptr);
    CHECK(without.emotionPoint(w.stages[0].id, 1).isNull());
}

TEST_CASE("layout: workshop mode is larger, an unknown map is empty", "[report][layout]")
{
    const auto w = test::sampleWorkspace();
    const auto screen = layoutOf(w);
    const auto workshop = layoutOf(w, MapStyle::workshopMode());
    CHECK(workshop.bounds().width() > screen.bounds().width() * 1.2);
    CHECK(workshop.bounds().height() > screen.bounds().height() * 1.2);
    const auto none = MapLayout::compute(w, 99, MapStyle::screen());
    CHECK(none.cards().empty());
    CHECK(none.stages().empty());
    CHECK_FALSE(none.cellAt(QPointF(10, 10)));
}

TEST_CASE("layout: a long lane title makes its row tall enough", "[report][layout]")
{
    auto w = test::sampleWorkspace();
    Lane &metrics = laneOfKind(w, LaneKind::Thoughts);
    const double before = layoutOf(w).lane(metrics.id)->row.height();
    metrics.title
        = "What customers think and feel at this point of the journey, in their own words, "
          "as heard in the interviews and read in the survey comments";
    const auto after = layoutOf(w);
    CHECK(after.lane(metrics.id)->row.height() > before + 20);
    CHECK(after.lane(metrics.id)->header.height() == after.lane(metrics.id)->row.height());
}

TEST_CASE("layout: every map of the demo workspace keeps its cards apart and in their cells",
          "[report][layout]")
{
    test::ensureGuiApp();
    const auto w = interchange::demoWorkspace();
    for (const auto &map : w.maps) {
        INFO(map.name);
        const auto layout = MapLayout::compute(w, map.id, MapStyle::workshopMode());
        CHECK_FALSE(layout.cards().empty());
        for (const auto &box : layout.cards()) {
            CHECK(layout.cellRect(box.stageId, box.laneId).contains(box.rect));
            for (const auto &other : layout.cardsIn(box.stageId, box.laneId))
                CHECK((&other == &box || !other.rect.intersects(box.rect)));
        }
    }
}
