// Property test: the figures and grouped figures agree with the same aggregates in SQLite's SQL.
#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <sqlite3.h>
#include <string>

using namespace ts::metrics;

namespace {

// What SQL gives for one set of rows: the counts every figure is built from.
struct Aggregates
{
    long long responses = 0, npsN = 0, promoters = 0, passives = 0, detractors = 0;
    long long csatN = 0, satisfied = 0, cesN = 0, easy = 0, outcomes = 0, retained = 0;
    double cesMean = 0;
};

class Database
{
public:
    Database() { sqlite3_open(":memory:", &m_db); }
    ~Database() { sqlite3_close(m_db); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const std::string &sql)
    {
        REQUIRE(sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }

    // key -> aggregates, for `SELECT key, <aggregates> ... GROUP BY key`.
    std::map<std::string, Aggregates> aggregate(const std::string &keyExpression)
    {
        const std::string sql = "SELECT " + keyExpression
            + ", count(*), count(nps), sum(nps >= 9), sum(nps BETWEEN 7 AND 8), sum(nps <= 6),"
              " count(csat), sum(csat >= 4), count(ces), sum(ces >= 5), avg(ces),"
              " count(retained), sum(retained) FROM responses GROUP BY 1";
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        std::map<std::string, Aggregates> result;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            Aggregates &a = result[key ? key : ""];
            long long *fields[]
                = {&a.responses, &a.npsN, &a.promoters, &a.passives, &a.detractors, &a.csatN,
                   &a.satisfied, &a.cesN, &a.easy,      nullptr,     &a.outcomes,   &a.retained};
            for (int i = 0; i < 12; ++i) {
                if (fields[i])
                    *fields[i] = sqlite3_column_int64(statement, i + 1);
            }
            a.cesMean = sqlite3_column_double(statement, 10);
        }
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
};

std::string sqlValue(int value)
{
    return value < 0 ? "NULL" : std::to_string(value);
}

void checkAgainst(const MetricFigures &figures, const Aggregates &sql)
{
    CHECK(figures.responses == std::size_t(sql.responses));
    CHECK(figures.nps.has_value() == (sql.npsN > 0));
    if (figures.nps) {
        CHECK(figures.nps->n == std::size_t(sql.npsN));
        CHECK(figures.nps->promoters == std::size_t(sql.promoters));
        CHECK(figures.nps->passives == std::size_t(sql.passives));
        CHECK(figures.nps->detractors == std::size_t(sql.detractors));
    }
    CHECK(figures.csat.has_value() == (sql.csatN > 0));
    if (figures.csat)
        CHECK(figures.csat->value == Approx(100.0 * double(sql.satisfied) / double(sql.csatN)));
    CHECK(figures.ces.has_value() == (sql.cesN > 0));
    if (figures.ces) {
        CHECK(figures.ces->mean == Approx(sql.cesMean));
        CHECK(figures.ces->easy.count == std::size_t(sql.easy));
    }
    CHECK(figures.retention.retention.has_value() == (sql.outcomes > 0));
    if (figures.retention.retention) {
        CHECK(figures.retention.retention->n == std::size_t(sql.outcomes));
        CHECK(figures.retention.retention->count == std::size_t(sql.retained));
    }
}

} // namespace

TEST_CASE("Figures agree with SQL aggregates on random data", "[figuresvssql]")
{
    std::mt19937 random(20240301);
    auto draw = [&](int low, int high, int missingPercent) {
        if (std::uniform_int_distribution<int>(0, 99)(random) < missingPercent)
            return -1;
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const std::vector<std::string> stages = {"", "Awareness", "Purchase", "Retention", "Advocacy"};
    SurveyTable table;
    Database db;
    db.exec("CREATE TABLE responses (stage TEXT, month TEXT, nps INT, csat INT, ces INT, retained "
            "INT)");
    db.exec("BEGIN");
    for (int i = 0; i < 3000; ++i) {
        SurveyRecord record;
        const int nps = draw(0, 10, 10), csat = draw(1, 5, 30), ces = draw(1, 7, 40);
        const int retained = draw(0, 1, 20), stage = draw(0, 4, 0), month = draw(1, 12, 10);
        record.stage = stages[std::size_t(stage)];
        if (nps >= 0)
            record.nps = nps;
        if (csat >= 0)
            record.csat = csat;
        if (ces >= 0)
            record.ces = ces;
        if (retained >= 0)
            record.retained = retained == 1;
        std::string monthKey = "NULL";
        if (month >= 0) {
            record.date = CivilDate {2023, month, 1 + i % 28}.toDays();
            monthKey = "'" + monthKeyToString(CivilDate {2023, month, 1}.monthKey()) + "'";
        }
        table.append(record);
        db.exec("INSERT INTO responses VALUES ("
                + (stage ? "'" + stages[std::size_t(stage)] + "'" : "NULL") + ", " + monthKey + ", "
                + sqlValue(nps) + ", " + sqlValue(csat) + ", " + sqlValue(ces) + ", "
                + sqlValue(retained) + ")");
    }
    db.exec("COMMIT");

    SECTION("overall")
    {
        const auto sql = db.aggregate("'all'");
        checkAgainst(computeFigures(table), sql.at("all"));
    }
    SECTION("by stage")
    {
        const auto sql = db.aggregate("stage");
        const GroupedFigures grouped = computeGroups(table, GroupBy::Stage);
        CHECK(grouped.withoutKey == std::size_t(sql.at("").responses));
        CHECK(grouped.groups.size() == sql.size() - 1);
        for (const GroupFigures &group : grouped.groups) {
            INFO(group.key);
            checkAgainst(group.figures, sql.at(group.key));
        }
    }
    SECTION("by month")
    {
        const auto sql = db.aggregate("month");
        const GroupedFigures grouped = computeGroups(table, GroupBy::Month);
        CHECK(grouped.withoutKey == std::size_t(sql.at("").responses));
        for (const GroupFigures &group : grouped.groups) {
            INFO(group.key);
            checkAgainst(group.figures, sql.at(group.key));
        }
    }
}
