#include "interchange/demo.h"
#include "interchange/workspacejson.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::interchange;

TEST_CASE("the demo workspace tells a coherent story", "[interchange][demo]")
{
    const auto w = demoWorkspace();
    CHECK_FALSE(w.canvas.organisation.empty());
    CHECK_FALSE(w.canvas.cxVision.empty());
    REQUIRE(w.maps.size() >= 3);
    for (const auto &map : w.maps) {
        std::vector<std::string> names;
        for (const auto &s : w.stages)
            if (s.mapId == map.id)
                names.push_back(s.name);
        CHECK(names
              == std::vector<std::string> {"Awareness", "Consideration", "Purchase", "Retention",
                                           "Advocacy"});
    }
    // Promoters retain better than detractors: the story the metrics panel will tell.
    int promoters = 0, promotersKept = 0, detractors = 0, detractorsKept = 0;
    for (const auto &r : w.responses) {
        if (!r.nps || !r.retained)
            continue;
        if (*r.nps >= 9)
            ++promoters, promotersKept += *r.retained;
        else if (*r.nps <= 6)
            ++detractors, detractorsKept += *r.retained;
    }
    REQUIRE(promoters > 100);
    REQUIRE(detractors > 100);
    CHECK(double(promotersKept) / promoters > double(detractorsKept) / detractors + 0.15);
}

TEST_CASE("every map template is a readable template", "[interchange][demo]")
{
    const auto templates = mapTemplates();
    CHECK(templates.size() >= 4);
    for (const auto &t : templates) {
        INFO(t.id);
        CHECK_FALSE(t.name.empty());
        const auto json = Json::parse(mapTemplateJson(t.id));
        CHECK(json["format"] == "touchstone-map-template");
        CHECK(json["stages"].size() >= 5);
    }
    CHECK(mapTemplateJson("no-such-template").empty());
}
