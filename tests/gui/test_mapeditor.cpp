#include "app/mapeditor/figurebadgeitem.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapitems.h"
#include "app/mapeditor/mapscene.h"
#include "app/mapeditor/mapview.h"
#include "app/workspacedocument.h"
#include "core/surveyscope.h"
#include "guiapp.h"
#include "interchange/demo.h"
#include "storage/cardrepository.h"
#include "storage/maprepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QRegularExpression>
#include <QUndoStack>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

struct EditorFixture
{
    test::TempDir dir;
    std::string path = dir.file("workshop.cxw");
    JourneyMap map;
    std::unique_ptr<WorkspaceDocument> doc;
    std::unique_ptr<MapEditor> editor;

    EditorFixture()
    {
        test::guiApplication();
        storage::WorkspaceFile::create(path, [this](storage::Database &db) {
            map = storage::MapRepository(db).createDefault("Service visit");
        }).reset();
        doc = std::make_unique<WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
        editor = std::make_unique<MapEditor>(*doc, map.id);
        editor->resize(1600, 1000);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
        editor->view()->setFocus();
    }

    // What the file holds now, read through a second connection as another process would.
    Workspace fileState() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        return storage::loadWorkspace(reader->db());
    }
    std::vector<std::string> titlesIn(const Workspace &w, const std::string &stage,
                                      LaneKind lane) const
    {
        std::vector<std::string> out;
        for (const auto &c : w.cards) {
            const auto *s = findById(w.stages, c.stageId);
            const auto *l = findById(w.lanes, c.laneId);
            if (s && l && s->name == stage && l->kind == lane)
                out.push_back(c.title);
        }
        return out;
    }
    Id laneOf(LaneKind kind) const
    {
        for (const auto &l : doc->workspace().lanes)
            if (l.mapId == map.id && l.kind == kind)
                return l.id;
        return 0;
    }
    Id stageNamed(const std::string &name) const
    {
        for (const auto &s : doc->workspace().stages)
            if (s.mapId == map.id && s.name == name)
                return s.id;
        return 0;
    }
    QPoint viewPoint(QPointF scenePoint) const { return editor->view()->mapFromScene(scenePoint); }
    void type(const QString &text) { QTest::keyClicks(editor->view(), text); }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(editor->view(), k, m);
    }
};

} // namespace

TEST_CASE_METHOD(EditorFixture, "a workshop by keyboard and mouse, then undo all of it",
                 "[gui][mapeditor]")
{
    auto *scene = editor->scene();
    const auto initial = fileState();

    // Five cards by keyboard alone: type, Enter, next card; Tab to the next lane.
    scene->setCurrentCell({stageNamed("Awareness"), laneOf(LaneKind::Actions)});
    type(QStringLiteral("Sees an ad"));
    key(Qt::Key_Return);
    type(QStringLiteral("Asks a friend"));
    key(Qt::Key_Return);
    key(Qt::Key_Escape);
    CHECK(titlesIn(fileState(), "Awareness", LaneKind::Actions)
          == std::vector<std::string> {"Sees an ad", "Asks a friend"});
    key(Qt::Key_Right);
    for (int i = 0; i < 5; ++i) // Consideration, down to the pain points lane
        key(Qt::Key_Tab);
    type(QStringLiteral("Prices are unclear"));
    key(Qt::Key_Return);
    key(Qt::Key_Escape);
    key(Qt::Key_Tab);
    type(QStringLiteral("Publish all-in prices"));
    key(Qt::Key_Return);
    key(Qt::Key_Escape);
    key(Qt::Key_Right);
    type(QStringLiteral("Price calculator"));
    key(Qt::Key_Return);
    key(Qt::Key_Escape);
    auto state = fileState();
    REQUIRE(state.cards.size() == 5);
    CHECK(titlesIn(state, "Consideration", LaneKind::PainPoints)
          == std::vector<std::string> {"Prices are unclear"});
    CHECK(titlesIn(state, "Purchase", LaneKind::Opportunities)
          == std::vector<std::string> {"Price calculator"});
    for (const auto &c : state.cards)
        if (c.title == "Prices are unclear")
            CHECK(c.kind == CardKind::PainPoint);

    // Move one by drag: "Price calculator" to Consideration's opportunities, above the other.
    editor->view()->resetZoom();
    const auto &layout = scene->layout();
    auto findCard = [&](const std::string &title) {
        for (const auto &c : doc->workspace().cards)
            if (c.title == title)
                return c;
        FAIL("no card " << title);
        return Card {};
    };
    const auto calculator = findCard("Price calculator");
    const auto target
        = layout.cellRect(stageNamed("Consideration"), laneOf(LaneKind::Opportunities));
    editor->view()->ensureVisible(target);
    const QPoint from = viewPoint(layout.card(calculator.id)->rect.center());
    const QPoint to = viewPoint(QPointF(target.center().x(), target.top() + 4));
    QTest::mousePress(editor->view()->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(editor->view()->viewport(), from + (to - from) * i / 10);
    QTest::mouseRelease(editor->view()->viewport(), Qt::LeftButton, {}, to);
    CHECK(titlesIn(fileState(), "Consideration", LaneKind::Opportunities)
          == std::vector<std::string> {"Price calculator", "Publish all-in prices"});

    // Link the pain point to the opportunity that addresses it.
    scene->startLink(findCard("Prices are unclear").id);
    const auto publish = findCard("Publish all-in prices");
    QTest::mouseClick(editor->view()->viewport(), Qt::LeftButton, {},
                      viewPoint(scene->layout().card(publish.id)->rect.center()));
    state = fileState();
    REQUIRE(state.cardLinks.size() == 1);
    CHECK(state.cardLinks.front().kind == LinkKind::Addresses);

    // Create an initiative from the pain point: it is linked to the card and its stage.
    const auto pain = findCard("Prices are unclear");
    scene->createInitiativeFrom(pain.id);
    state = fileState();
    REQUIRE(state.initiatives.size() == 1);
    CHECK(state.initiatives.front().title == "Fix: Prices are unclear");
    CHECK(state.initiatives.front().links
          == std::vector<InitiativeLink> {{InitiativeTarget::Card, pain.id},
                                          {InitiativeTarget::Stage, pain.stageId}});

    // Rename a stage (double-click its header) and reorder stages (drag a header).
    const auto *header = scene->layout().stage(stageNamed("Retention"));
    QTest::mouseClick(editor->view()->viewport(), Qt::LeftButton, {},
                      viewPoint(header->header.center()));
    QTest::mouseDClick(editor->view()->viewport(), Qt::LeftButton, {},
                       viewPoint(header->header.center()));
    REQUIRE(scene->isTyping());
    QTest::keyClick(editor->view(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Ownership"));
    key(Qt::Key_Return);
    REQUIRE(stageNamed("Ownership") > 0);
    CHECK(fileState().stages[3].name == "Ownership");
    const auto ownership = scene->layout().stage(stageNamed("Ownership"))->header;
    const auto awareness = scene->layout().stage(stageNamed("Awareness"))->header;
    const QPoint hFrom = viewPoint(ownership.center());
    const QPoint hTo = viewPoint(QPointF(awareness.left() + 4, awareness.center().y()));
    QTest::mousePress(editor->view()->viewport(), Qt::LeftButton, {}, hFrom);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(editor->view()->viewport(), hFrom + (hTo - hFrom) * i / 10);
    QTest::mouseRelease(editor->view()->viewport(), Qt::LeftButton, {}, hTo);
    state = fileState();
    std::vector<std::string> order;
    for (const auto &s : state.stages)
        order.push_back(s.name);
    CHECK(order
          == std::vector<std::string> {"Ownership", "Awareness", "Consideration", "Purchase",
                                       "Advocacy"});

    // Undo all of it: the file is as it started.
    CHECK(doc->undoStack()->count()
          == 10); // 5 cards, a move, a link, an initiative, a rename, a reorder
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    const auto end = fileState();
    CHECK(end.cards.empty());
    CHECK(end.cardLinks.empty());
    CHECK(end.initiatives.empty());
    CHECK(end.stages == initial.stages);

    // Reopen the file and find the same map.
    doc.reset();
    editor.reset();
    CHECK(fileState().maps == initial.maps);
}

namespace {

// The demo workspace with one touchpoint (card and responses) renamed to markup, and one card
// renamed to a touchpoint no response names.
std::unique_ptr<WorkspaceDocument> demoWithMarkup(const test::TempDir &dir)
{
    auto w = interchange::demoWorkspace();
    const std::string markup = "<b>Owner app</b>";
    for (auto &c : w.cards)
        if (c.title == "Owner app")
            c.title = markup;
        else if (c.title == "Configurator")
            c.title = "Configurator (next year)";
    for (auto &r : w.responses)
        if (r.touchpoint == "Owner app")
            r.touchpoint = markup;
    // Linked as an import of these names would be (a renamed card keeps its figures otherwise).
    std::vector<std::string> stages, touchpoints;
    for (const auto &r : w.responses) {
        stages.push_back(r.stage);
        touchpoints.push_back(r.touchpoint);
    }
    for (auto &import : w.surveyImports)
        linkSurveyImport(import, w, import.mapIds, stages, touchpoints);
    const auto path = dir.file("demo.cxw");
    storage::WorkspaceFile::create(path, [&](storage::Database &db) {
        storage::storeWorkspace(db, w);
    }).reset();
    return std::make_unique<WorkspaceDocument>(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
}

} // namespace

TEST_CASE("the demo map's touchpoint cards carry a survey figures badge with the full figures",
          "[gui][mapeditor]")
{
    test::guiApplication();
    test::TempDir dir;
    auto doc = demoWithMarkup(dir);
    MapEditor editor(*doc, doc->workspace().maps.front().id);
    auto *scene = editor.scene();
    const auto &figures = scene->figures();
    CHECK(figures.cards.size() >= 10);
    int badges = 0, touchpoints = 0;
    for (const auto &box : scene->layout().cards()) {
        auto *card = scene->cardItem(box.cardId);
        REQUIRE(card);
        if (card->card().kind != CardKind::Touchpoint)
            continue;
        ++touchpoints;
        const bool rated = figures.cards.count(card->card().id) > 0;
        FigureBadgeItem *badge = nullptr;
        for (auto *child : card->childItems())
            if (child->type() == FigureBadgeItem::Type)
                badge = static_cast<FigureBadgeItem *>(child);
        // A badge exactly where the touchpoint has responses, under its card.
        CHECK((badge != nullptr) == rated);
        if (!badge)
            continue;
        ++badges;
        CHECK(badge->sceneBoundingRect().top() >= card->sceneBoundingRect().bottom() - 3);
        CHECK(badge->label().text.contains(
            QRegularExpression(QStringLiteral("(^small sample, | · )n \\d"))));
        const QString tip = badge->toolTip();
        CHECK(tip.contains(QStringLiteral("95% CI")));
        CHECK(tip.contains(QStringLiteral("NPS target ")));
        if (card->card().title == "<b>Owner app</b>") {
            // The title is shown as typed, never read as markup.
            CHECK(tip.contains(QStringLiteral("&lt;b&gt;Owner app&lt;/b&gt;")));
            CHECK_FALSE(tip.contains(QStringLiteral("<b>Owner")));
        }
    }
    CHECK(badges == int(figures.cards.size()));
    CHECK(badges == touchpoints - 1); // every one but the configurator
}
