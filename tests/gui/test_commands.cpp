#include "app/commands/cardcommands.h"
#include "app/commands/mapcommands.h"
#include "app/workspacedocument.h"
#include "storage/cardrepository.h"
#include "storage/maprepository.h"
#include "storage/roadmaprepository.h"
#include "storage/rowsnapshot.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <QUndoStack>
#include <catch2/catch.hpp>
#include <functional>

using namespace ts;
using namespace ts::app;

namespace {

// A small workspace: one default map with a few cards, a link and an initiative on a card.
struct DocumentFixture
{
    test::TempDir dir;
    std::string path = dir.file("w.cxw");
    std::unique_ptr<WorkspaceDocument> doc;
    JourneyMap map;
    std::vector<Stage> stages;
    std::vector<Lane> lanes;

    DocumentFixture()
    {
        storage::WorkspaceFile::create(path, [this](storage::Database &db) {
            storage::MapRepository maps(db);
            map = maps.createDefault("Service visit");
            stages = maps.stages(map.id);
            lanes = maps.lanes(map.id);
            storage::CardRepository cards(db);
            Card pain = card("Long wait at reception", 1, 5, CardKind::PainPoint);
            cards.add(pain);
            Card idea = card("Online check-in", 1, 6, CardKind::Opportunity);
            cards.add(idea);
            Card a = card("Books a service", 0, 0, CardKind::Action);
            cards.add(a);
            CardLink link {0, {}, pain.id, idea.id, LinkKind::Addresses};
            cards.add(link);
            Initiative i;
            i.title = "Express reception";
            i.links = {{InitiativeTarget::Card, pain.id}, {InitiativeTarget::Stage, stages[1].id}};
            storage::RoadmapRepository(db).add(i);
        }).reset();
        doc = std::make_unique<WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    }

    Card card(const std::string &title, int stage, int lane, CardKind kind) const
    {
        Card c;
        c.mapId = map.id;
        c.stageId = stages[std::size_t(stage)].id;
        c.laneId = lanes[std::size_t(lane)].id;
        c.kind = kind;
        c.title = title;
        return c;
    }

    std::string state() { return storage::dumpDatabase(doc->db()); }

    // Runs the command; then checks undo restores the file exactly and redo the changed state.
    void checkDoUndoRedo(DocumentCommand *command)
    {
        const auto before = state();
        REQUIRE(doc->execute(command));
        const auto after = state();
        CHECK(after != before);
        doc->undoStack()->undo();
        CHECK(state() == before);
        doc->undoStack()->redo();
        CHECK(state() == after);
        doc->undoStack()->undo();
        CHECK(state() == before);
        doc->undoStack()->redo();
        CHECK(state() == after);
    }

    const Card &cardTitled(const std::string &title) const
    {
        const auto &cards = doc->workspace().cards;
        return *std::find_if(cards.begin(), cards.end(),
                             [&](const Card &c) { return c.title == title; });
    }
};

} // namespace

TEST_CASE_METHOD(DocumentFixture, "add card: do, undo and redo restore the file exactly",
                 "[commands]")
{
    auto c = card("Gets a reminder", 0, 0, CardKind::Action); // before "Books a service"
    c.position = 0;
    checkDoUndoRedo(new AddCardCommand(*doc, c));
    CHECK(doc->workspace().cards.size() == 4);
}

TEST_CASE_METHOD(DocumentFixture, "edit card: do, undo and redo restore the file exactly",
                 "[commands]")
{
    auto before = cardTitled("Online check-in");
    auto after = before;
    after.title = "Online check-in with video walk-round";
    after.dimension = Dimension::Technology;
    checkDoUndoRedo(new EditCardCommand(*doc, before, after));
}

TEST_CASE_METHOD(DocumentFixture, "remove cards brings back links and initiative links on undo",
                 "[commands]")
{
    const auto pain = cardTitled("Long wait at reception");
    const auto idea = cardTitled("Online check-in");
    checkDoUndoRedo(new RemoveCardsCommand(*doc, map.id, {pain.id, idea.id}));
    CHECK(doc->workspace().cardLinks.empty());
    doc->undoStack()->undo();
    CHECK(doc->workspace().cardLinks.size() == 1);
    CHECK(doc->workspace().initiatives.front().links.size() == 2);
}

TEST_CASE_METHOD(DocumentFixture, "move card to another cell and back", "[commands]")
{
    const auto action = cardTitled("Books a service");
    checkDoUndoRedo(new MoveCardCommand(*doc, action, stages[2].id, lanes[0].id, 0));
    CHECK(cardTitled("Books a service").stageId == stages[2].id);
}

TEST_CASE_METHOD(DocumentFixture, "link cards", "[commands]")
{
    const auto action = cardTitled("Books a service");
    const auto idea = cardTitled("Online check-in");
    checkDoUndoRedo(new LinkCardsCommand(*doc, map.id,
                                         CardLink {0, {}, action.id, idea.id, LinkKind::Relates}));
}

TEST_CASE_METHOD(DocumentFixture, "rename, recolour and set emotions of a stage", "[commands]")
{
    auto after = stages[2];
    after.name = "Buy";
    after.color = "#123456";
    after.emotionAsIs = -2;
    checkDoUndoRedo(new EditStageCommand(*doc, stages[2], after, "Rename stage"));
}

TEST_CASE_METHOD(DocumentFixture, "add, reorder and remove stages", "[commands]")
{
    Stage s;
    s.mapId = map.id;
    s.name = "Onboarding";
    s.position = 3;
    checkDoUndoRedo(new AddStageCommand(*doc, s));
    checkDoUndoRedo(new ReorderStagesCommand(
        *doc, map.id, {stages[4].id, stages[0].id, stages[1].id, stages[2].id, stages[3].id}));
    checkDoUndoRedo(
        new RemoveStageCommand(*doc, stages[1])); // with its cards, link and initiative link
}

TEST_CASE_METHOD(DocumentFixture, "hide and reorder lanes", "[commands]")
{
    auto after = lanes[2];
    after.visible = false;
    checkDoUndoRedo(new EditLaneCommand(*doc, lanes[2], after, "Hide lane"));
    std::vector<Id> order;
    for (auto it = lanes.rbegin(); it != lanes.rend(); ++it)
        order.push_back(it->id);
    checkDoUndoRedo(new ReorderLanesCommand(*doc, map.id, order));
}

TEST_CASE_METHOD(DocumentFixture, "new map from every template, and remove a map", "[commands]")
{
    for (const char *id : {"blank", "b2c-retail", "subscription-software", "car-dealership"}) {
        INFO(id);
        checkDoUndoRedo(new AddMapCommand(*doc, std::string("From ") + id, id, 0));
    }
    checkDoUndoRedo(new RemoveMapCommand(*doc, map));
}

TEST_CASE_METHOD(DocumentFixture, "personas: add, edit, remove", "[commands]")
{
    Persona p {0,           {},        "Fleet manager",     "Fleet", {}, "uptime",
               "loan cars", "waiting", "Just tell me when", 0};
    checkDoUndoRedo(new AddPersonaCommand(*doc, p));
    const auto stored = doc->workspace().personas.front();
    auto edited = stored;
    edited.quote = "Call me before you start work";
    checkDoUndoRedo(new EditPersonaCommand(*doc, stored, edited));
    checkDoUndoRedo(new RemovePersonaCommand(*doc, edited));
}

TEST_CASE_METHOD(DocumentFixture,
                 "a failing edit is reported, not pushed, and leaves the file as it was",
                 "[commands]")
{
    QString reported;
    QObject::connect(doc.get(), &WorkspaceDocument::errorOccurred,
                     [&](const QString &m) { reported = m; });
    const auto before = state();
    auto bad = card("", 0, 0, CardKind::Action); // a card needs a title
    CHECK_FALSE(doc->execute(new AddCardCommand(*doc, bad, "Add card")));
    CHECK(reported.contains(QStringLiteral("a card needs a title")));
    CHECK(doc->undoStack()->count() == 0);
    CHECK(state() == before);
}

TEST_CASE_METHOD(DocumentFixture, "every edit is in the file when the command returns",
                 "[commands]")
{
    auto c = card("Durable", 4, 0, CardKind::Action);
    REQUIRE(doc->execute(new AddCardCommand(*doc, c)));
    // Another connection (as after a crash) sees it at once.
    auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
    CHECK(reader->db().queryInt("SELECT COUNT(*) FROM cards WHERE title = 'Durable'") == 1);
}
