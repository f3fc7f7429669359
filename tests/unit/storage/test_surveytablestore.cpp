#include "fixture.h"
#include "metrics/metricfigures.h"
#include "storage/database.h"
#include "storage/rowsnapshot.h"
#include "storage/surveyrepository.h"
#include "storage/surveytablestore.h"

#include <catch2/catch.hpp>
#include <random>

using namespace ts;
using namespace ts::storage;

namespace {

metrics::SurveyTable randomTable(std::uint32_t seed, std::size_t rows)
{
    std::mt19937 random(seed);
    auto maybe = [&](int low, int high) {
        return random() % 7 == 0
            ? std::optional<int>()
            : std::optional<int>(low + int(random() % std::uint32_t(high - low + 1)));
    };
    const char *stages[] = {"Awareness", "Purchase", "Retention", ""};
    metrics::SurveyTable table;
    std::vector<std::string> ids(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        ids[i] = "C" + std::to_string(i);
        metrics::SurveyRecord r;
        r.customerId = ids[i];
        r.date = 19000 + int(random() % 700);
        r.nps = maybe(0, 10);
        r.csat = maybe(1, 5);
        r.ces = maybe(1, 7);
        r.stage = stages[random() % 4];
        if (random() % 5)
            r.retained = random() % 3 != 0;
        table.append(r);
    }
    return table;
}

} // namespace

// The aggregates the metrics layer computes must equal the same aggregates written in SQL over
// the stored rows, for random data.
TEST_CASE_METHOD(test::WorkspaceFixture, "stored survey aggregates agree with SQL on random data",
                 "[storage][survey]")
{
    for (std::uint32_t seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        SurveyImport record {0, {}, "random.csv", "2026-01-01T00:00:00Z", 3000, 0};
        storeSurveyTable(db, record, randomTable(seed, 3000));
        const auto stored = loadSurveyTable(db, record.id);
        REQUIRE(stored.size() == 3000);
        const auto f = metrics::computeFigures(stored);
        const std::string scope
            = " FROM survey_responses WHERE import_id = " + std::to_string(record.id);
        auto sql = [&](const std::string &expression) {
            auto s = db.prepare("SELECT " + expression + scope);
            REQUIRE(s.step());
            return s.real(0);
        };
        REQUIRE(f.nps);
        CHECK(f.nps->n == std::size_t(sql("COUNT(nps)")));
        CHECK(f.nps->value == Approx(sql("100.0 * (SUM(nps >= 9) - SUM(nps <= 6)) / COUNT(nps)")));
        CHECK(f.nps->promoters == std::size_t(sql("SUM(nps >= 9)")));
        REQUIRE(f.csat);
        CHECK(f.csat->value == Approx(sql("100.0 * SUM(csat >= 4) / COUNT(csat)")));
        REQUIRE(f.ces);
        CHECK(f.ces->mean == Approx(sql("AVG(ces)")));
        CHECK(f.ces->easy.value == Approx(sql("100.0 * SUM(ces >= 5) / COUNT(ces)")));
        REQUIRE(f.retention.retention);
        CHECK(f.retention.retention->value
              == Approx(sql("100.0 * SUM(retained = 1) / COUNT(retained)")));
        REQUIRE(f.retention.promoterRetention);
        CHECK(f.retention.promoterRetention->value
              == Approx(sql("100.0 * SUM(retained = 1 AND nps >= 9) / SUM(retained IS NOT NULL AND "
                            "nps >= 9)")));
    }
}

TEST_CASE_METHOD(test::WorkspaceFixture, "a survey table round-trips through the file",
                 "[storage][survey]")
{
    const auto table = randomTable(9, 200);
    SurveyImport record {0, {}, "r.csv", "2026-01-01T00:00:00Z", 200, 0};
    storeSurveyTable(db, record, table);
    const auto back = loadSurveyTable(db);
    REQUIRE(back.size() == table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto a = table.record(i), b = back.record(i);
        CHECK(a.customerId == b.customerId);
        CHECK(a.date == b.date);
        CHECK(a.nps == b.nps);
        CHECK(a.retained == b.retained);
        CHECK(a.stage == b.stage);
    }
}

// WorkspaceDocument re-reads survey figures only when SurveyState changes; removing one import
// or another of the same workspace must not look the same.
TEST_CASE_METHOD(test::WorkspaceFixture, "the survey state tells which import was removed",
                 "[storage][survey]")
{
    std::vector<Id> ids;
    for (std::uint32_t seed = 1; seed <= 3; ++seed) {
        SurveyImport record {0, {}, "s.csv", "2026-01-01T00:00:00Z", 50, 0};
        storeSurveyTable(db, record, randomTable(seed, 50));
        ids.push_back(record.id);
    }
    SurveyRepository surveys(db);
    const auto all = surveys.state();
    const auto withoutFirst = RowSnapshot::capture(db, "survey_imports", ids[0]);
    surveys.removeImport(ids[0]);
    const auto firstRemoved = surveys.state();
    withoutFirst.restore(db);
    CHECK(surveys.state() == all);
    surveys.removeImport(ids[1]);
    const auto secondRemoved = surveys.state();
    CHECK_FALSE(firstRemoved == all);
    CHECK_FALSE(secondRemoved == firstRemoved);
}
