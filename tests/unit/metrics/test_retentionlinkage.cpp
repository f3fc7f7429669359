// Tests for retention linkage: retention by NPS segment, churn by CSAT and CES band, by hand.
#include "metrics/retentionlinkage.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace ts::metrics;

namespace {

// Ten responses (nps, csat, ces, retained); -1 is missing.
//  1: 10 5 7  1     6: 3 1 1  0
//  2:  9 4 6  1     7: 6 3 3  1
//  3:  9 2 4  0     8: 0 2 2  0
//  4:  8 4 5  1     9: - 5 -  1
//  5:  7 3 4  0    10: 10 4 6 -
const std::vector<std::int8_t> kNps = {10, 9, 9, 8, 7, 3, 6, 0, -1, 10};
const std::vector<std::int8_t> kCsat = {5, 4, 2, 4, 3, 1, 3, 2, 5, 4};
const std::vector<std::int8_t> kCes = {7, 6, 4, 5, 4, 1, 3, 2, -1, 6};
const std::vector<std::int8_t> kRetained = {1, 1, 0, 1, 0, 0, 1, 0, 1, -1};

RetentionLinkage link()
{
    ScoreTally nps = ScoreTally::forField(Field::Nps);
    ScoreTally csat = ScoreTally::forField(Field::Csat);
    ScoreTally ces = ScoreTally::forField(Field::Ces);
    nps.addAll(kNps, kRetained);
    csat.addAll(kCsat, kRetained);
    ces.addAll(kCes, kRetained);
    // Retained: rows 1 2 4 7 9 = 5; churned: rows 3 5 6 8 = 4 (row 10 has no outcome).
    return linkRetention(5, 4, nps, csat, ces);
}

} // namespace

TEST_CASE("linkRetention gives retention and churn with Wilson intervals", "[retentionlinkage]")
{
    const RetentionLinkage linkage = link();
    // 5 of 9 retained = 55.556 %; Wilson 5/9: centre 0.5389364, half 0.2722851
    // -> [26.66513, 81.12215] %; churn is the mirror: 44.444 % [18.87785, 73.33487] %.
    REQUIRE(linkage.retention);
    CHECK(linkage.retention->value == Approx(55.55556).margin(1e-4));
    CHECK(linkage.retention->low == Approx(26.66513).margin(1e-4));
    CHECK(linkage.retention->high == Approx(81.12215).margin(1e-4));
    REQUIRE(linkage.churn);
    CHECK(linkage.churn->value == Approx(44.44444).margin(1e-4));
    CHECK(linkage.churn->low == Approx(18.87785).margin(1e-4));
    CHECK(linkage.churn->n == 9);
}

TEST_CASE("linkRetention splits retention by NPS segment", "[retentionlinkage]")
{
    const RetentionLinkage linkage = link();
    // Promoters with an outcome: rows 1 2 3 -> 2 of 3 = 66.667 %, Wilson [20.76596, 93.85081]
    CHECK(linkage.promoterRetention->n == 3);
    CHECK(linkage.promoterRetention->value == Approx(66.66667).margin(1e-4));
    CHECK(linkage.promoterRetention->low == Approx(20.76596).margin(1e-4));
    CHECK(linkage.promoterRetention->high == Approx(93.85081).margin(1e-4));
    // Passives: rows 4 5 -> 1 of 2 = 50 %, Wilson [9.45312, 90.54688]
    CHECK(linkage.passiveRetention->value == Approx(50.0));
    CHECK(linkage.passiveRetention->low == Approx(9.45312).margin(1e-4));
    // Detractors: rows 6 7 8 -> 1 of 3 = 33.333 %, Wilson [6.14919, 79.23404]
    CHECK(linkage.detractorRetention->value == Approx(33.33333).margin(1e-4));
    CHECK(linkage.detractorRetention->high == Approx(79.23404).margin(1e-4));
}

TEST_CASE("linkRetention gives churn by CSAT and CES band", "[retentionlinkage]")
{
    const RetentionLinkage linkage = link();
    // CSAT 1-2: rows 3 6 8 all churned -> 3/3 = 100 %; 3: rows 5 (churned), 7 -> 1/2 = 50 %;
    // 4-5: rows 1 2 4 9 all retained -> 0/4 = 0 % (row 10 has no outcome).
    CHECK(linkage.churnByCsat[0].label == "1-2");
    CHECK(linkage.churnByCsat[0].rate->value == Approx(100.0));
    CHECK(linkage.churnByCsat[0].rate->n == 3);
    CHECK(linkage.churnByCsat[1].rate->value == Approx(50.0));
    CHECK(linkage.churnByCsat[2].rate->value == Approx(0.0));
    CHECK(linkage.churnByCsat[2].rate->n == 4);
    // CES 1-3: rows 6 (churned) 7 8 (churned) -> 2/3 = 66.667 %; 4: rows 3 5 -> 2/2 = 100 %;
    // 5-7: rows 1 2 4 -> 0/3 = 0 %.
    CHECK(linkage.churnByCes[0].label == "1-3");
    CHECK(linkage.churnByCes[0].rate->value == Approx(66.66667).margin(1e-4));
    CHECK(linkage.churnByCes[1].rate->value == Approx(100.0));
    CHECK(linkage.churnByCes[2].rate->n == 3);
}

TEST_CASE("linkRetention refuses the regression and the correlation on too few rows",
          "[retentionlinkage]")
{
    const RetentionLinkage linkage = link();
    CHECK_FALSE(linkage.nps.churnLogit.fit);
    CHECK_THAT(linkage.nps.churnLogit.refusal, Catch::StartsWith("too few responses"));
    // 8 responses with both a score and an outcome: under the 10 a rank correlation needs.
    CHECK_FALSE(linkage.nps.spearman.fit);
    CHECK(linkage.nps.spearman.n == 8);
    CHECK(linkage.nps.spearman.refusal
          == "only 8 responses have both the score and an outcome; a rank correlation needs at "
             "least 10");
}

TEST_CASE("linkRetention leaves figures absent without outcomes", "[retentionlinkage]")
{
    const ScoreTally empty = ScoreTally::forField(Field::Nps);
    const RetentionLinkage linkage = linkRetention(0, 0, empty, ScoreTally::forField(Field::Csat),
                                                   ScoreTally::forField(Field::Ces));
    CHECK_FALSE(linkage.retention);
    CHECK_FALSE(linkage.churn);
    CHECK_FALSE(linkage.promoterRetention);
    CHECK_FALSE(linkage.churnByCsat[0].rate);
    CHECK_FALSE(linkage.nps.spearman.fit);
    CHECK(linkage.nps.spearman.n == 0);
    CHECK_FALSE(linkage.nps.churnLogit.refusal.empty());
}
