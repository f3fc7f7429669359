#include "core/validation.h"

#include <catch2/catch.hpp>

using namespace ts;

TEST_CASE("a stage needs a name, a #RRGGBB colour and emotions within -3..3", "[core][validation]")
{
    Stage stage;
    stage.uid = newUid();
    stage.name = "Awareness";
    stage.mapId = 1;
    CHECK(problemWith(stage).empty());
    stage.name = "  ";
    CHECK(problemWith(stage) == "a stage needs a name");
    stage.name = "Purchase";
    stage.color = "red";
    CHECK_THAT(problemWith(stage), Catch::Contains("#RRGGBB"));
    stage.color = "#A0b1C2";
    stage.emotionAsIs = 4;
    CHECK_THAT(problemWith(stage), Catch::Contains("-3 and +3"));
    stage.emotionAsIs = -3;
    CHECK(problemWith(stage).empty());
}

TEST_CASE("survey answers must be on their scales", "[core][validation]")
{
    SurveyResponse r;
    r.uid = newUid();
    CHECK(problemWith(r).empty());
    r.nps = 11;
    CHECK_THAT(problemWith(r), Catch::Contains("NPS answer 11"));
    r.nps = 0;
    r.csat = 0;
    CHECK_THAT(problemWith(r), Catch::Contains("CSAT"));
    r.csat = 5;
    r.ces = 8;
    CHECK_THAT(problemWith(r), Catch::Contains("CES"));
    r.ces = 7;
    r.date = "2026-02-30";
    CHECK_THAT(problemWith(r), Catch::Contains("not a date"));
    r.date = "2024-02-29";
    CHECK(problemWith(r).empty());
}

TEST_CASE("initiative quarters are well-formed and in order", "[core][validation]")
{
    Initiative i;
    i.uid = newUid();
    i.title = "Train service advisors";
    i.startQuarter = "2026-Q5";
    CHECK_THAT(problemWith(i), Catch::Contains("not a quarter"));
    i.startQuarter = "2026-Q3";
    i.endQuarter = "2026-Q1";
    CHECK_THAT(problemWith(i), Catch::Contains("cannot end"));
    i.endQuarter = "2027-Q1";
    CHECK(problemWith(i).empty());
    i.cost = -5;
    CHECK_THAT(problemWith(i), Catch::Contains("positive"));
}

TEST_CASE("cards need a title, a cell, a known channel and scores within 0..10",
          "[core][validation]")
{
    Card c;
    c.uid = newUid();
    c.title = "Book a test drive";
    c.stageId = 1;
    c.laneId = 2;
    CHECK(problemWith(c).empty());
    c.channel = "carrier pigeon";
    CHECK_THAT(problemWith(c), Catch::Contains("not a known channel"));
    c.channel = "web";
    c.currentScore = 10.5;
    CHECK_THAT(problemWith(c), Catch::Contains("between 0 and 10"));
    c.currentScore = 7.5;
    c.stageId = 0;
    CHECK_THAT(problemWith(c), Catch::Contains("stage and a lane"));
}

TEST_CASE("every entity needs a valid uid", "[core][validation]")
{
    Department d;
    d.name = "Sales";
    d.uid = "not-a-uid";
    CHECK_THAT(problemWith(d), Catch::Contains("not a valid uid"));
    d.uid = newUid();
    CHECK(problemWith(d).empty());
    CHECK(isUid(d.uid));
    CHECK(newUid() != newUid());
}

TEST_CASE("requireValid throws a BadInput error naming the object", "[core][validation]")
{
    JourneyMap map;
    map.uid = newUid();
    try {
        requireValid(map, "demo.cxw: journey map");
        FAIL("no exception");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::BadInput);
        CHECK(std::string(e.what()) == "demo.cxw: journey map: a journey map needs a name");
    }
}
