// Tests for the IRLS logistic regression: a published worked example and every refusal.
#include "metrics/logisticregression.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace ts::metrics;

TEST_CASE("fitLogistic reproduces the hours-studied example", "[logisticregression]")
{
    // Wikipedia, "Logistic regression", the probability of passing an exam versus hours of
    // study (20 students). Published: intercept -4.0777 (SE 1.7610, z -2.316, p 0.0206),
    // hours 1.5046 (SE 0.6287, z 2.393, p 0.0167).
    const std::vector<double> hours = {0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 1.75, 2.00, 2.25, 2.50,
                                       2.75, 3.00, 3.25, 3.50, 4.00, 4.25, 4.50, 4.75, 5.00, 5.50};
    const std::vector<int> pass = {0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1};
    const LogisticResult result = fitLogistic(hours, pass);
    REQUIRE(result.fit);
    const LogisticFit &fit = *result.fit;
    CHECK(fit.n == 20);
    CHECK(fit.intercept.estimate == Approx(-4.0777).margin(1e-4));
    CHECK(fit.intercept.se == Approx(1.7610).margin(1e-4));
    CHECK(fit.intercept.z == Approx(-2.316).margin(1e-3));
    CHECK(fit.intercept.p == Approx(0.0206).margin(1e-4));
    CHECK(fit.slope.estimate == Approx(1.5046).margin(1e-4));
    CHECK(fit.slope.se == Approx(0.6287).margin(1e-4));
    CHECK(fit.slope.z == Approx(2.393).margin(1e-3));
    CHECK(fit.slope.p == Approx(0.0167).margin(1e-4));
    // Odds ratio per hour exp(1.5046) = 4.5026; Wald 95 %: exp(1.5046 -+ 1.959964 * 0.6287)
    // = exp(0.2724) .. exp(2.7368) = 1.3131 .. 15.439
    CHECK(fit.oddsRatio == Approx(4.5026).margin(1e-3));
    CHECK(fit.oddsRatioLow == Approx(1.3131).margin(1e-3));
    CHECK(fit.oddsRatioHigh == Approx(15.439).margin(1e-2));
    CHECK(fit.iterations > 0);
    CHECK(fit.iterations < 15);
}

TEST_CASE("fitLogistic gives the same answer from grouped counts", "[logisticregression]")
{
    // The two students at 1.75 hours (one passed) as one group of two trials.
    const std::vector<BinomialGroup> groups
        = {{0.50, 1, 0}, {0.75, 1, 0}, {1.00, 1, 0}, {1.25, 1, 0}, {1.50, 1, 0},
           {1.75, 2, 1}, {2.00, 1, 0}, {2.25, 1, 1}, {2.50, 1, 0}, {2.75, 1, 1},
           {3.00, 1, 0}, {3.25, 1, 1}, {3.50, 1, 0}, {4.00, 1, 1}, {4.25, 1, 1},
           {4.50, 1, 1}, {4.75, 1, 1}, {5.00, 1, 1}, {5.50, 1, 1}};
    const LogisticResult result = fitLogistic(groups);
    REQUIRE(result.fit);
    CHECK(result.fit->slope.estimate == Approx(1.5046).margin(1e-4));
}

TEST_CASE("fitLogistic refuses too few rows", "[logisticregression]")
{
    const std::vector<double> x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    const std::vector<int> y = {0, 1, 0, 1, 0, 1, 0, 1, 0};
    const LogisticResult result = fitLogistic(x, y);
    CHECK_FALSE(result.fit);
    CHECK(result.n == 9);
    CHECK(result.refusal == "too few observations (n = 9; at least 10 are needed)");
}

TEST_CASE("fitLogistic refuses a single outcome class", "[logisticregression]")
{
    const std::vector<double> x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const std::vector<int> y(10, 1);
    CHECK(fitLogistic(x, y).refusal == "only one outcome occurs (all 10 are 1)");
}

TEST_CASE("fitLogistic refuses a predictor without variance", "[logisticregression]")
{
    const std::vector<double> x(12, 7.0);
    const std::vector<int> y = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1};
    CHECK(fitLogistic(x, y).refusal == "the predictor does not vary (every value is 7)");
}

TEST_CASE("fitLogistic refuses complete and quasi-complete separation", "[logisticregression]")
{
    const std::vector<double> x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const std::vector<int> complete = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
    const LogisticResult a = fitLogistic(x, complete);
    CHECK_FALSE(a.fit);
    CHECK(a.refusal
          == "the predictor separates the outcomes: every 0 is at or below 5 and every 1 at or "
             "above it, so no finite odds ratio exists");

    // Both outcomes at x = 5, but every 0 at or below it and every 1 at or above it.
    const std::vector<double> xq = {1, 2, 3, 4, 5, 5, 6, 7, 8, 9};
    const std::vector<int> quasi = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
    const LogisticResult b = fitLogistic(xq, quasi);
    CHECK_FALSE(b.fit);
    CHECK_THAT(b.refusal, Catch::Contains("separates the outcomes: every 1 is at or below 5"));

    // One overlapping pair more and the fit exists.
    const std::vector<int> overlap = {0, 0, 0, 0, 1, 0, 1, 1, 1, 1};
    CHECK(fitLogistic(x, overlap).fit);
}

TEST_CASE("fitChurnOnScore models churn on a score in the customer's words", "[logisticregression]")
{
    // Churn falls with the score: 4 of 5 churn at 2, 3 of 5 at 5, 1 of 5 at 9.
    ScoreTally tally = ScoreTally::forField(Field::Nps);
    for (int i = 0; i < 5; ++i) {
        tally.add(2, i < 4 ? 0 : 1);
        tally.add(5, i < 3 ? 0 : 1);
        tally.add(9, i < 1 ? 0 : 1);
    }
    const LogisticResult result = fitChurnOnScore(tally);
    REQUIRE(result.fit);
    CHECK(result.fit->n == 15);
    CHECK(result.fit->oddsRatio < 1.0); // each point more lowers the odds of churn

    ScoreTally allStay = ScoreTally::forField(Field::Csat);
    for (int i = 0; i < 12; ++i)
        allStay.add(std::int8_t(1 + i % 5), 1);
    CHECK(fitChurnOnScore(allStay).refusal == "only one outcome occurs (all 12 are retained)");
    ScoreTally few = ScoreTally::forField(Field::Ces);
    few.add(3, 0);
    CHECK(fitChurnOnScore(few).refusal
          == "too few responses with both a score and an outcome (n = 1; at least 10 are needed)");
}
