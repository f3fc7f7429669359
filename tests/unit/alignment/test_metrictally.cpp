#include "alignment/metrictally.h"

#include <catch2/catch.hpp>

using namespace ts;
using alignment::MetricTally;

TEST_CASE("MetricTally: NPS, CSAT, CES and retention in target units", "[alignment]")
{
    MetricTally tally;
    CHECK_FALSE(tally.value("nps"));
    for (int score : {10, 9, 8, 7, 6, 0}) {
        SurveyResponse r;
        r.nps = score;
        tally.add(r);
    }
    for (int score : {5, 4, 3, 1}) {
        SurveyResponse r;
        r.csat = score;
        r.ces = score + 2;
        r.retained = score >= 4;
        tally.add(r);
    }
    CHECK(*tally.value("nps") == Approx(0.0)); // 2 promoters, 2 detractors of 6
    CHECK(tally.sampleSize("nps") == 6);
    CHECK(*tally.value("csat") == Approx(50.0));
    CHECK(*tally.value("ces") == Approx(5.25));
    CHECK(*tally.value("retention") == Approx(50.0));
    CHECK(tally.sampleSize("retention") == 4);
    CHECK_FALSE(tally.value("conversion"));
    CHECK(tally.sampleSize("conversion") == 0);
}
