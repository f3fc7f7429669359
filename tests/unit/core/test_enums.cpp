#include "core/enums.h"

#include <catch2/catch.hpp>

using namespace ts;

TEST_CASE("every vocabulary round-trips through its stable names", "[core][enums]")
{
    for (auto kind : allOf<CardKind>())
        CHECK(fromString<CardKind>(toString(kind)) == kind);
    for (auto kind : allOf<LaneKind>())
        CHECK(fromString<LaneKind>(toString(kind)) == kind);
    CHECK(toString(Severity::Critical) == "critical");
    CHECK(fromString<Severity>("low") == Severity::Low);
    CHECK(int(*fromString<Severity>("high")) == 3);
    CHECK(toString(ReviewStatus::WontFix) == "wont_fix");
    CHECK_FALSE(fromString<Dimension>("Technology")); // names are case-sensitive
    CHECK(allOf<LaneKind>().size() == 9);
}

TEST_CASE("each card kind has its lane and each lane but the emotion curve a card kind",
          "[core][enums]")
{
    CHECK(defaultLaneFor(CardKind::PainPoint) == LaneKind::PainPoints);
    CHECK(defaultCardKindFor(LaneKind::Opportunities) == CardKind::Opportunity);
    CHECK_FALSE(defaultCardKindFor(LaneKind::Emotion));
    CHECK(defaultLaneTitle(LaneKind::Backstage) == "Backstage / owner");
    CHECK(isKnownChannel("in_person"));
    CHECK_FALSE(isKnownChannel("fax"));
}
