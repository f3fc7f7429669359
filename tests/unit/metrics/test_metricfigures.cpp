// Tests for computeFigures over a whole table: every figure with its n, absent when unknown.
#include "metrics/metricfigures.h"

#include <catch2/catch.hpp>

using namespace ts::metrics;

namespace {

void add(SurveyTable &table, std::optional<int> nps, std::optional<int> csat,
         std::optional<int> ces, std::optional<bool> retained)
{
    SurveyRecord record;
    record.nps = nps;
    record.csat = csat;
    record.ces = ces;
    record.retained = retained;
    table.append(record);
}

} // namespace

TEST_CASE("computeFigures gives every figure with its own n", "[metricfigures]")
{
    SurveyTable table;
    add(table, 10, 5, 7, true);
    add(table, 9, 4, 6, true);
    add(table, 6, 2, 2, false);
    add(table, 7, std::nullopt, std::nullopt, std::nullopt);
    add(table, std::nullopt, 3, 4, false);
    const MetricFigures figures = computeFigures(table);
    CHECK(figures.responses == 5);
    // NPS: 10 9 6 7 -> 2 promoters, 1 passive, 1 detractor: (2 - 1) / 4 = 25
    REQUIRE(figures.nps);
    CHECK(figures.nps->n == 4);
    CHECK(figures.nps->value == Approx(25.0));
    // CSAT: 5 4 2 3 -> 2 of 4 = 50 %
    CHECK(figures.csat->n == 4);
    CHECK(figures.csat->value == Approx(50.0));
    // CES: 7 6 2 4 -> mean 4.75, easy 2 of 4
    CHECK(figures.ces->mean == Approx(4.75));
    CHECK(figures.ces->easy.value == Approx(50.0));
    // Retention: 2 of 4 with an outcome
    CHECK(figures.retention.retention->n == 4);
    CHECK(figures.retention.retention->value == Approx(50.0));
    CHECK(figures.retention.promoterRetention->value == Approx(100.0));
    CHECK(figures.retention.detractorRetention->value == Approx(0.0));
    CHECK_FALSE(figures.retention.passiveRetention); // the passive has no outcome
}

TEST_CASE("computeFigures leaves every figure absent on an empty table", "[metricfigures]")
{
    const MetricFigures figures = computeFigures(SurveyTable {});
    CHECK(figures.responses == 0);
    CHECK_FALSE(figures.nps);
    CHECK_FALSE(figures.csat);
    CHECK_FALSE(figures.ces);
    CHECK_FALSE(figures.retention.retention);
    CHECK_FALSE(figures.retention.ces.spearman.fit);
}

TEST_CASE("FigureTally agrees with the span-based summaries", "[metricfigures]")
{
    SurveyTable table;
    for (int i = 0; i < 200; ++i)
        add(table, (i * 7) % 11, 1 + (i * 3) % 5, 1 + (i * 5) % 7, (i * 13) % 10 < 7);
    const MetricFigures figures = computeFigures(table);
    const auto nps = summarizeNps(table.nps);
    CHECK(figures.nps->value == Approx(nps->value));
    CHECK(figures.nps->low == Approx(nps->low));
    CHECK(figures.ces->mean == Approx(summarizeCes(table.ces)->mean));
    CHECK(figures.retention.nps.churnLogit.fit); // 200 rows, both outcomes at every score
}
