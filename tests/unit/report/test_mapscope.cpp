// Survey scores stay on the journey map an import describes (issue 13, item 10): a new map shows
// none of another map's figures, a renamed stage keeps its figures, "all maps" links by name.
#include "core/ids.h"
#include "core/surveyscope.h"
#include "guiapp.h"
#include "report/mapfigures.h"
#include "report/mapresponses.h"
#include "report/reportmetrics.h"
#include "samplemap.h"
#include "surveysample.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::report;

namespace {

Id stageNamed(const Workspace &w, Id mapId, const std::string &name)
{
    for (const auto &s : w.stages)
        if (s.mapId == mapId && s.name == name)
            return s.id;
    FAIL("no stage " << name << " in map " << mapId);
    return 0;
}

Id cardTitled(const Workspace &w, Id mapId, const std::string &title)
{
    for (const auto &c : w.cards)
        if (c.mapId == mapId && c.title == title)
            return c.id;
    FAIL("no card " << title << " in map " << mapId);
    return 0;
}

// A second map, "Retail store", whose stage "Consideration" and touchpoint "Online configurator"
// are named as the sample map's, plus a stage "In store" of its own.
Id addRetailMap(Workspace &w)
{
    const Id mapId = Id(w.maps.size() + 1);
    w.maps.push_back({mapId, newUid(), "Retail store", 0, {}, int(mapId)});
    auto stage = [&](const std::string &name, int position) {
        Stage s;
        s.id = Id(w.stages.size() + 1);
        s.uid = newUid();
        s.mapId = mapId;
        s.name = name;
        s.position = position;
        w.stages.push_back(s);
        return s.id;
    };
    const Id consideration = stage("Consideration", 0);
    stage("In store", 1);
    Lane lane;
    lane.id = Id(w.lanes.size() + 1);
    lane.uid = newUid();
    lane.mapId = mapId;
    lane.kind = LaneKind::Touchpoints;
    lane.title = "Touchpoints";
    w.lanes.push_back(lane);
    Card card;
    card.id = Id(w.cards.size() + 1);
    card.uid = newUid();
    card.mapId = mapId;
    card.stageId = consideration;
    card.laneId = lane.id;
    card.kind = CardKind::Touchpoint;
    card.title = "Online configurator";
    w.cards.push_back(card);
    return mapId;
}

std::vector<std::string> stagesOf(const Workspace &w)
{
    std::vector<std::string> names;
    for (const auto &r : w.responses)
        names.push_back(r.stage);
    return names;
}

std::vector<std::string> touchpointsOf(const Workspace &w)
{
    std::vector<std::string> names;
    for (const auto &r : w.responses)
        names.push_back(r.touchpoint);
    return names;
}

void scope(Workspace &w, std::vector<Id> maps)
{
    linkSurveyImport(w.surveyImports.front(), w, std::move(maps), stagesOf(w), touchpointsOf(w));
}

} // namespace

TEST_CASE("map scope: an import scoped to one map shows on that map only", "[report][scope]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    const Id retail = addRetailMap(w);
    test::addResponses(w, "Consideration", "Online configurator");
    scope(w, {1});
    const auto table = surveyTableOf(w.responses);

    const auto own = mapFigures(w, 1, table);
    CHECK(own.stages.count(stageNamed(w, 1, "Consideration")) == 1);
    CHECK(own.cards.count(cardTitled(w, 1, "Online configurator")) == 1);
    // The retail map has a stage and a touchpoint of the same names, and shows nothing.
    CHECK(mapFigures(w, retail, table).empty());
    CHECK(responsesOfMap(table, w, retail).size() == 0);
    CHECK(responsesOfMap(table, w, 1).size() == 40);
}

TEST_CASE("map scope: a renamed stage or touchpoint keeps its figures", "[report][scope]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    test::addResponses(w, "Consideration", "Online configurator");
    scope(w, {1});
    const Id stageId = stageNamed(w, 1, "Consideration");
    const Id cardId = cardTitled(w, 1, "Online configurator");
    for (auto &s : w.stages)
        if (s.id == stageId)
            s.name = "Compare models";
    for (auto &c : w.cards)
        if (c.id == cardId)
            c.title = "Configurator (web)";
    const auto table = surveyTableOf(w.responses);
    const auto figures = mapFigures(w, 1, table);
    REQUIRE(figures.stages.count(stageId) == 1);
    CHECK(figures.stages.at(stageId).text == QStringLiteral("NPS +25 · n 40"));
    CHECK(figures.stages.at(stageId).details.contains(QStringLiteral("Stage Compare models")));
    REQUIRE(figures.cards.count(cardId) == 1);
    // The map's own names now: what the panel groups and charts by.
    const auto scoped = responsesOfMap(table, w, 1);
    REQUIRE(scoped.stages.values() == std::vector<std::string> {"Compare models"});
    CHECK(scoped.touchpoints.values() == std::vector<std::string> {"Configurator (web)"});
    // A new stage that takes the old name is another stage: it gets nothing.
    Stage again = w.stages.front();
    again.id = Id(w.stages.size() + 1);
    again.uid = newUid();
    again.name = "Consideration";
    w.stages.push_back(again);
    CHECK(mapFigures(w, 1, table).stages.count(again.id) == 0);
}

TEST_CASE("map scope: an import of all maps counts each response on the maps its names link to",
          "[report][scope]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    const Id retail = addRetailMap(w);
    test::addResponses(w, "Consideration", "Online configurator"); // a card of both maps
    test::addResponses(w, "In store", ""); // the retail map's stage only
    test::addResponses(w, "Awareness", ""); // the EV map's stage only
    // A stage both maps have, at a touchpoint only the EV map has: the touchpoint decides.
    test::addResponses(w, "Consideration", "Test-drive booking by phone");
    // A touchpoint no map has: the stage decides, so both.
    test::addResponses(w, "Consideration", "Billboard");
    scope(w, allMapIds(w));
    const auto table = surveyTableOf(w.responses);
    CHECK(responsesOfMap(table, w, 1).size() == 160);
    CHECK(responsesOfMap(table, w, retail).size() == 120);
    const auto onRetail = mapFigures(w, retail, table);
    CHECK(onRetail.stages.count(stageNamed(w, retail, "In store")) == 1);
    CHECK(onRetail.stages.count(stageNamed(w, retail, "Consideration")) == 1);
    CHECK(onRetail.cards.count(cardTitled(w, retail, "Online configurator")) == 1);
    CHECK(mapFigures(w, 1, table).stages.count(stageNamed(w, 1, "Awareness")) == 1);
}

TEST_CASE("map scope: an import scoped to no map, and responses of no import, are on no map",
          "[report][scope]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    test::addResponses(w, "Consideration", "Online configurator");
    scope(w, {});
    auto table = surveyTableOf(w.responses);
    CHECK(mapFigures(w, 1, table).empty());
    for (auto &r : w.responses)
        r.importId = 0;
    table = surveyTableOf(w.responses);
    REQUIRE(table.imports.size() == 1);
    CHECK(table.imports.front().importId == 0);
    CHECK(mapFigures(w, 1, table).empty());
}

TEST_CASE("map scope: a figure on fewer than 30 responses is marked as a small sample",
          "[report][scope][smallsample]")
{
    test::ensureGuiApp();
    auto w = test::sampleWorkspace();
    test::addResponses(w, "Consideration", "Online configurator");
    w.responses.resize(17); // 17 promoters: NPS +100 on 17
    w.surveyImports.front().rows = 17;
    const auto figures = mapFigures(w, 1, surveyTableOf(w.responses));
    const auto &label = figures.stages.at(stageNamed(w, 1, "Consideration"));
    CHECK(label.text == QStringLiteral("small sample, n 17 · NPS +100"));
    CHECK(label.smallSample);
    CHECK(label.details.contains(QStringLiteral("Small sample: under 30 responses")));
}
