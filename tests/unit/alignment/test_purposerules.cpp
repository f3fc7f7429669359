#include "workspacebuilder.h"

#include <catch2/catch.hpp>

using namespace ts;
using ts::test::findingsOf;
using ts::test::WorkspaceBuilder;

TEST_CASE("strategy-missing: fires for each missing strategy, critical", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("strategy-missing", b.w).empty());

    b.w.canvas.customerStrategy = "  \n";
    auto found = findingsOf("strategy-missing", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == "canvas:customer_strategy");
    CHECK(found[0].objectKind == "canvas");
    CHECK(found[0].severity == alignment::GapSeverity::Critical);
    CHECK(found[0].area == "Purpose & strategy");
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"strategy-missing"});

    b.w.canvas.businessStrategy.clear();
    found = findingsOf("strategy-missing", b.w);
    REQUIRE(found.size() == 2);
    CHECK(found[0].objectUid == "canvas:business_strategy");
    CHECK(found[1].objectUid == "canvas:customer_strategy");
}

TEST_CASE("cx-vision-untied: empty vision, no brand promise, or not tied", "[alignment]")
{
    auto b = WorkspaceBuilder::aligned();
    CHECK(findingsOf("cx-vision-untied", b.w).empty());

    SECTION("not tied")
    {
        b.w.canvas.visionTiedToBrand = false;
    }
    SECTION("no brand promise")
    {
        b.w.canvas.brandPromise.clear();
    }
    SECTION("empty vision, even when marked as tied")
    {
        b.w.canvas.cxVision = " ";
    }
    const auto found = findingsOf("cx-vision-untied", b.w);
    REQUIRE(found.size() == 1);
    CHECK(found[0].objectUid == "canvas:cx_vision");
    CHECK(found[0].severity == alignment::GapSeverity::Major);
    CHECK_FALSE(found[0].detail.empty());
    CHECK(test::firingRules(b.w) == std::vector<std::string> {"cx-vision-untied"});
}
