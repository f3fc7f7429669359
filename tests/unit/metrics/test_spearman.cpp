// Tests for Spearman's rank correlation with tied ranks, on hand-worked examples.
#include "metrics/spearman.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

using namespace ts::metrics;

TEST_CASE("spearman averages the ranks of ties", "[spearman]")
{
    // x = 1 2 2 3 4 -> ranks 1 2.5 2.5 4 5
    // y = 2 1 3 3 5 -> ranks 2 1 3.5 3.5 5
    // deviations from the mean rank 3: dx = -2 -.5 -.5 1 2, dy = -1 -2 .5 .5 2
    // sum dx*dy = 2 + 1 - .25 + .5 + 4 = 7.25; sum dx^2 = 9.5; sum dy^2 = 9.5
    // rho = 7.25 / 9.5 = 0.7631579
    const std::vector<double> x = {1, 2, 2, 3, 4};
    const std::vector<double> y = {2, 1, 3, 3, 5};
    const auto rho = spearman(x, y);
    REQUIRE(rho);
    CHECK(rho->rho == Approx(0.7631579).margin(1e-7));
    CHECK(rho->n == 5);
}

TEST_CASE("spearman skips incomplete pairs and refuses constant data", "[spearman]")
{
    const std::vector<double> x = {1, NAN, 2, 3};
    const std::vector<double> y = {3, 1, 2, NAN};
    const auto rho = spearman(x, y); // pairs (1,3) and (2,2): perfectly reversed
    REQUIRE(rho);
    CHECK(rho->n == 2);
    CHECK(rho->rho == Approx(-1.0));
    CHECK_FALSE(spearman(std::vector<double> {1, 2, 3}, std::vector<double> {4, 4, 4}));
    CHECK_FALSE(spearman(std::vector<double> {1}, std::vector<double> {2}));
}

TEST_CASE("spearman from a score tally equals the rank formula", "[spearman]")
{
    // (score, retained): (0,0) (0,0) (5,0) (5,1) (9,1) (9,1) (10,1), plus a row without outcome.
    // score ranks: 0 -> 1.5, 5 -> 3.5, 9 -> 5.5, 10 -> 7; outcome ranks: churned (3) -> 2,
    // retained (4) -> 3 + 2.5 = 5.5; mean rank 4.
    // sum dx*dy = 2*(-2.5)(-2) + (-.5)(-2) + (-.5)(1.5) + 2*(1.5)(1.5) + 3*1.5 = 19.25
    // sum dx^2 = 2*6.25 + 2*.25 + 2*2.25 + 9 = 26.5; sum dy^2 = 3*4 + 4*2.25 = 21
    // rho = 19.25 / sqrt(26.5 * 21) = 0.8160150
    const std::vector<std::int8_t> scores = {0, 0, 5, 5, 9, 9, 10, 8};
    const std::vector<std::int8_t> retained = {0, 0, 0, 1, 1, 1, 1, -1};
    ScoreTally tally = ScoreTally::forField(Field::Nps);
    tally.addAll(scores, retained);
    const auto fromCounts = spearman(tally);
    REQUIRE(fromCounts);
    CHECK(fromCounts->n == 7);
    CHECK(fromCounts->rho == Approx(0.8160150).margin(1e-7));

    const auto fromRanks = spearman(std::vector<double> {0, 0, 5, 5, 9, 9, 10},
                                    std::vector<double> {0, 0, 0, 1, 1, 1, 1});
    CHECK(fromRanks->rho == Approx(fromCounts->rho).epsilon(1e-12));
    // t = rho * sqrt(5 / (1 - rho^2)) = 3.156692 on 5 degrees of freedom; the two-sided tail,
    // integrated numerically from Student's t density (not with Boost): p = 0.0251886.
    CHECK(fromCounts->p == Approx(0.0251886).margin(1e-6));
    CHECK(fromRanks->p == Approx(fromCounts->p).epsilon(1e-9));
}

TEST_CASE("correlateWithRetention refuses fewer than 10 pairs and keeps n and p from 10 on",
          "[spearman]")
{
    ScoreTally tally = ScoreTally::forField(Field::Nps);
    // Nine pairs: scores 0..8, the lower four churned.
    tally.addAll(std::vector<std::int8_t> {0, 1, 2, 3, 4, 5, 6, 7, 8},
                 std::vector<std::int8_t> {0, 0, 0, 0, 1, 1, 1, 1, 1});
    const SpearmanResult nine = correlateWithRetention(tally);
    CHECK_FALSE(nine.fit);
    CHECK(nine.n == 9);
    CHECK_THAT(nine.refusal, Catch::StartsWith("only 9 responses"));
    // The tenth pair (score 9, retained) makes ten: the figure is computed.
    tally.addAll(std::vector<std::int8_t> {9}, std::vector<std::int8_t> {1});
    const SpearmanResult ten = correlateWithRetention(tally);
    REQUIRE(ten.fit);
    CHECK(ten.n == 10);
    CHECK(ten.fit->n == 10);
    CHECK(ten.fit->rho
          == Approx(spearman(std::vector<double> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                             std::vector<double> {0, 0, 0, 0, 1, 1, 1, 1, 1, 1})
                        ->rho)
                 .epsilon(1e-12));
    CHECK(ten.fit->p < 0.05);
    CHECK(ten.refusal.empty());
}

TEST_CASE("correlateWithRetention says why when the outcome does not vary", "[spearman]")
{
    ScoreTally tally = ScoreTally::forField(Field::Nps);
    tally.addAll(std::vector<std::int8_t> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                 std::vector<std::int8_t> {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    const SpearmanResult same = correlateWithRetention(tally);
    CHECK_FALSE(same.fit);
    CHECK(same.n == 11);
    CHECK_THAT(same.refusal, Catch::Contains("same for every response"));
}

TEST_CASE("spearman from a tally is absent when the outcome does not vary", "[spearman]")
{
    ScoreTally tally = ScoreTally::forField(Field::Nps);
    tally.addAll(std::vector<std::int8_t> {1, 5, 9}, std::vector<std::int8_t> {1, 1, 1});
    CHECK_FALSE(spearman(tally));
}
