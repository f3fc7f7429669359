// Which maps a survey describes and what its names link to (core/surveyscope.h).
#include "core/error.h"
#include "core/surveyscope.h"
#include "core/workspace.h"

#include <catch2/catch.hpp>

using namespace ts;

namespace {

// Two maps: "Car purchase" (Awareness, Test drive; touchpoint "Website") and "Service visit"
// (Booking, Test drive; touchpoint "website "), the second stage named alike on purpose.
Workspace twoMaps()
{
    Workspace w;
    w.maps = {{1, "m1", "Car purchase", 0, {}, 0}, {2, "m2", "Service visit", 0, {}, 1}};
    auto stage = [&](Id id, Id map, const char *name) {
        Stage s;
        s.id = id;
        s.uid = "s" + std::to_string(id);
        s.mapId = map;
        s.name = name;
        w.stages.push_back(s);
    };
    stage(1, 1, "Awareness");
    stage(2, 1, "Test drive");
    stage(3, 2, "Booking");
    stage(4, 2, "TEST DRIVE");
    auto card = [&](Id id, Id map, CardKind kind, const char *title) {
        Card c;
        c.id = id;
        c.uid = "c" + std::to_string(id);
        c.mapId = map;
        c.kind = kind;
        c.title = title;
        w.cards.push_back(c);
    };
    card(1, 1, CardKind::Touchpoint, "Website");
    card(2, 2, CardKind::Touchpoint, "website ");
    card(3, 2, CardKind::Note, "Booking"); // not a touchpoint: never linked
    return w;
}

std::string usageError(const Workspace &w, std::string_view choice)
{
    try {
        chooseJourneyMaps(w, choice);
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Usage);
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("survey names are compared trimmed and case-folded", "[core][scope]")
{
    CHECK(surveyNameKey("  Test Drive ") == surveyNameKey("test drive"));
    CHECK(surveyNameKey("ÉTAPE Été") == surveyNameKey("étape été")); // beyond ASCII
    CHECK(surveyNameKey("Test-drive") != surveyNameKey("Test drive"));
}

TEST_CASE("an import scoped to one map links its names to that map's stages and touchpoints",
          "[core][scope]")
{
    const auto w = twoMaps();
    SurveyImport import;
    linkSurveyImport(import, w, {1}, {"test drive", "Awareness", "Delivery"}, {"WEBSITE", ""});
    CHECK(import.mapIds == std::vector<Id> {1});
    CHECK(import.stageLinks
          == std::vector<SurveyLink> {{surveyNameKey("Awareness"), 1},
                                      {surveyNameKey("test drive"), 2}});
    CHECK(import.touchpointLinks == std::vector<SurveyLink> {{surveyNameKey("website"), 1}});
    CHECK(unlinkedStageNames(import, {"test drive", "Awareness", "Delivery"})
          == std::vector<std::string> {"Delivery"});
    CHECK(unlinkedTouchpointNames(import, {"WEBSITE", ""}).empty());
}

TEST_CASE("an import of all maps links a name to the stage of each map that has it",
          "[core][scope]")
{
    const auto w = twoMaps();
    SurveyImport import;
    linkSurveyImport(import, w, allMapIds(w), {"Test drive", "Booking"}, {"Website"});
    CHECK(import.mapIds == std::vector<Id> {1, 2});
    CHECK(import.stageLinks.size() == 3); // test drive -> 2 and 4, booking -> 3
    CHECK(import.touchpointLinks.size() == 2); // the note card "Booking" is not a touchpoint
    CHECK(mapsNamedBy(w, {"Booking"}, {}) == std::vector<Id> {2});
    CHECK(mapsNamedBy(w, {"Awareness"}, {"website"}) == std::vector<Id> {1, 2});
    CHECK(mapsNamedBy(w, {"Delivery"}, {"Phone"}).empty());
}

TEST_CASE("the journey choice is a map's name or all, and must be given among several maps",
          "[core][scope]")
{
    auto w = twoMaps();
    CHECK(chooseJourneyMaps(w, " service VISIT ") == std::vector<Id> {2});
    CHECK(chooseJourneyMaps(w, "all") == std::vector<Id> {1, 2});
    CHECK(chooseJourneyMaps(w, "ALL") == std::vector<Id> {1, 2});
    CHECK(usageError(w, "")
          == "the workspace has 2 journey maps (\"Car purchase\", \"Service visit\"); say which "
             "one the survey describes with --journey NAME, or --journey all");
    CHECK(usageError(w, "Retail")
          == "no journey map is named \"Retail\" (maps: \"Car purchase\", \"Service visit\")");
    w.maps[1].name = "car purchase";
    CHECK(usageError(w, "Car Purchase")
          == "2 journey maps are named \"Car Purchase\"; rename one so that the survey can say "
             "which it describes");
    w.maps.pop_back();
    CHECK(chooseJourneyMaps(w, "") == std::vector<Id> {1}); // the only map
    w.maps.clear();
    CHECK(chooseJourneyMaps(w, "").empty()); // no map yet: on no map
    CHECK(usageError(w, "Car purchase") == "no journey map is named \"Car purchase\" (maps: none)");
}
