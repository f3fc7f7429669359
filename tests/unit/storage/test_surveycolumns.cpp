// The columnar copy of survey imports (schema 3): it must always give the rows survey_responses
// holds, and a damaged copy must never be trusted or read out of bounds.
#include "fixture.h"
#include "interchange/demo.h"
#include "interchange/workspacejson.h"
#include "metrics/groupedfigures.h"
#include "storage/database.h"
#include "storage/maprepository.h"
#include "storage/rowsnapshot.h"
#include "storage/schema.h"
#include "storage/surveycolumns.h"
#include "storage/surveyrepository.h"
#include "storage/surveytablestore.h"
#include "storage/workspacestore.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>

using namespace ts;
using namespace ts::storage;

namespace {

// Random responses with every kind of missing value, empty and repeated texts, and quotes.
metrics::SurveyTable randomTable(std::uint32_t seed, std::size_t rows)
{
    std::mt19937 random(seed);
    auto maybe = [&](int low, int high) {
        return random() % 6 == 0
            ? std::optional<int>()
            : std::optional<int>(low + int(random() % std::uint32_t(high - low + 1)));
    };
    auto flag = [&]() {
        return random() % 4 == 0 ? std::optional<bool>() : (random() % 2 == 0);
    };
    const char *stages[] = {"Awareness", "Purchase", "Retention", "", "Unknown stage"};
    const char *touchpoints[] = {"App", "Shop \"north\"", ""};
    metrics::SurveyTable table;
    std::vector<std::string> ids(rows), comments(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        ids[i] = random() % 9 == 0 ? "" : "C" + std::to_string(random() % 500);
        comments[i] = random() % 3 == 0 ? "" : "said \"ok\", row " + std::to_string(i);
        metrics::SurveyRecord r;
        r.customerId = ids[i];
        if (random() % 8)
            r.date = 19000 + int(random() % 700);
        r.nps = maybe(0, 10);
        r.csat = maybe(1, 5);
        r.ces = maybe(1, 7);
        r.stage = stages[random() % 5];
        r.touchpoint = touchpoints[random() % 3];
        r.segment = random() % 2 ? "SMB" : "";
        r.retained = flag();
        r.expansion = flag();
        r.referral = flag();
        r.comment = comments[i];
        table.append(r);
    }
    return table;
}

void requireSameRows(const metrics::SurveyTable &a, const metrics::SurveyTable &b)
{
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("row " << i);
        const auto x = a.record(i), y = b.record(i);
        REQUIRE(x.customerId == y.customerId);
        REQUIRE(x.date == y.date);
        REQUIRE(x.nps == y.nps);
        REQUIRE(x.csat == y.csat);
        REQUIRE(x.ces == y.ces);
        REQUIRE(x.stage == y.stage);
        REQUIRE(x.touchpoint == y.touchpoint);
        REQUIRE(x.segment == y.segment);
        REQUIRE(x.retained == y.retained);
        REQUIRE(x.expansion == y.expansion);
        REQUIRE(x.referral == y.referral);
        REQUIRE(x.comment == y.comment);
    }
}

std::map<std::string, std::vector<unsigned char>> encoded(const metrics::SurveyTable &table)
{
    std::map<std::string, std::vector<unsigned char>> blobs;
    encodeSurveyColumns(table, [&](std::string_view name, const Blob &bytes) {
        blobs[std::string(name)].assign(bytes.begin(), bytes.end());
    });
    return blobs;
}

metrics::SurveyTable decoded(const std::map<std::string, std::vector<unsigned char>> &blobs)
{
    return decodeSurveyColumns([&](std::string_view name) {
        const auto it = blobs.find(std::string(name));
        return it == blobs.end() ? Blob() : Blob(it->second);
    });
}

SurveyImport importRecord(const std::string &name, int rows)
{
    return SurveyImport {0, {}, name, "2026-01-01T00:00:00Z", rows, 0};
}

void setColumn(Database &db, Id importId, const std::string &name, const std::string &bytes)
{
    db.prepare("UPDATE survey_columns SET data = ? WHERE import_id = ? AND name = ?")
        .bindBlob(1, bytes)
        .bind(2, std::int64_t(importId))
        .bind(3, name)
        .run();
    REQUIRE(db.changes() == 1);
}

std::string column(Database &db, Id importId, const std::string &name)
{
    auto s = db.prepare("SELECT data FROM survey_columns WHERE import_id = ? AND name = ?");
    s.bind(1, std::int64_t(importId)).bind(2, name);
    REQUIRE(s.step());
    return s.blob(0);
}

} // namespace

TEST_CASE("survey columns encode and decode every value, missing ones included",
          "[storage][survey][columns]")
{
    for (const std::size_t rows : {std::size_t(0), std::size_t(1), std::size_t(2000)}) {
        const auto table = randomTable(std::uint32_t(rows) + 1, rows);
        const auto blobs = encoded(table);
        CHECK(blobs.size() == 15);
        requireSameRows(decoded(blobs), table);
    }
}

TEST_CASE("a damaged survey column is refused with the column and the problem named",
          "[storage][survey][columns]")
{
    const auto good = encoded(randomTable(5, 300));
    auto damaged = [&](const std::string &name, auto change) {
        auto blobs = good;
        change(blobs[name]);
        return decoded(blobs);
    };
    using Bytes = std::vector<unsigned char>;
    CHECK_THROWS_WITH(damaged("nps", [](Bytes &b) { b.resize(10); }),
                      "survey column \"nps\": shorter than its header (10 bytes)");
    CHECK_THROWS_WITH(damaged("nps", [](Bytes &b) { b.pop_back(); }),
                      "survey column \"nps\": 299 bytes for 300 rows");
    CHECK_THROWS_WITH(damaged("csat", [](Bytes &b) { b[0] = 2; }),
                      "survey column \"csat\": format version 2, expected 1");
    CHECK_THROWS_WITH(damaged("ces", [](Bytes &b) { b[4] = 3; }),
                      "survey column \"ces\": not the kind of column expected");
    CHECK_THROWS_WITH(damaged("nps", [](Bytes &b) { b[16] = 12; }),
                      "survey column \"nps\": value 12 outside 0-10");
    CHECK_THROWS_WITH(damaged("stage", [](Bytes &b) { b[16] = 99; }),
                      Catch::StartsWith("survey column \"stage\": code 99 with"));
    CHECK_THROWS_WITH(damaged("date", [](Bytes &b) { b[19] = 0x7f; }),
                      Catch::Contains("outside the years 0-9999"));
    CHECK_THROWS_WITH(damaged("comment", [](Bytes &b) { b[16] = 0xff, b[17] = 0xff; }),
                      "survey column \"comment\": a text offset outside the column");
    CHECK_THROWS_WITH(damaged("retained", [](Bytes &b) { b[8] = 0xff, b[15] = 0x7f; }),
                      Catch::Contains("rows where the other columns have 300"));
    CHECK_THROWS_WITH(damaged("segment", [](Bytes &b) { b.clear(); }),
                      "survey column \"segment\": missing");
    CHECK_THROWS_WITH(damaged("comment", [](Bytes &b) { b.push_back('x'); }),
                      "survey column \"comment\": 1 bytes after the last text");
}

// Random bytes flipped and blobs cut anywhere: decoding either refuses or gives values in range;
// it never reads outside a blob (build with -fsanitize=address to check that part too).
TEST_CASE("randomly damaged survey columns never decode to values out of range",
          "[storage][survey][columns]")
{
    const auto good = encoded(randomTable(6, 64));
    std::mt19937 random(42);
    int refused = 0, accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        auto blobs = good;
        auto it = std::next(blobs.begin(), long(random() % blobs.size()));
        auto &bytes = it->second;
        if (round % 3 == 0)
            bytes.resize(random() % (bytes.size() + 1));
        else
            for (int k = 0; k < 1 + int(random() % 3) && !bytes.empty(); ++k)
                bytes[random() % bytes.size()] = static_cast<unsigned char>(random());
        try {
            const auto t = decoded(blobs);
            ++accepted;
            for (std::size_t i = 0; i < t.size(); ++i) {
                const auto r = t.record(i);
                REQUIRE((!r.nps || (*r.nps >= 0 && *r.nps <= 10)));
                REQUIRE((!r.csat || (*r.csat >= 1 && *r.csat <= 5)));
                REQUIRE((!r.ces || (*r.ces >= 1 && *r.ces <= 7)));
                REQUIRE(t.stage[i] <= t.stages.size());
            }
        } catch (const std::runtime_error &e) {
            ++refused;
            REQUIRE_THAT(e.what(), Catch::StartsWith("survey column \""));
        }
    }
    CHECK(refused > 1000);
    CHECK(accepted > 0); // a flipped comment character is still a valid column
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "stored survey columns give the same rows as survey_responses",
                 "[storage][survey][columns]")
{
    auto first = importRecord("a.csv", 700), second = importRecord("b.csv", 500);
    storeSurveyTable(db, first, randomTable(11, 700));
    storeSurveyTable(db, second, randomTable(12, 500));
    CHECK(db.queryInt("SELECT COUNT(*) FROM survey_columns") == 30);
    requireSameRows(loadSurveyTable(db), loadSurveyRows(db));
    requireSameRows(loadSurveyTable(db, second.id), loadSurveyRows(db, second.id));

    // Responses by hand (no import) and added to an existing import: both still counted.
    std::vector<SurveyResponse> extra {
        {0, {}, 0, "H1", "2026-02-03", 10, {}, {}, "Purchase", "", "", true, {}, {}, "by hand"},
        {0, {}, first.id, "H2", "", 3, 2, 7, "Awareness", "App", "", false, {}, true, ""}};
    SurveyRepository(db).addResponses(extra);
    const auto all = loadSurveyTable(db);
    CHECK(all.size() == 1202);
    requireSameRows(loadSurveyTable(db, first.id), loadSurveyRows(db, first.id));
    const auto grouped = metrics::computeGroups(all, metrics::GroupBy::Stage);
    const auto fromRows = metrics::computeGroups(loadSurveyRows(db), metrics::GroupBy::Stage);
    REQUIRE(grouped.groups.size() == fromRows.groups.size());
    for (std::size_t i = 0; i < grouped.groups.size(); ++i) {
        CHECK(grouped.groups[i].key == fromRows.groups[i].key);
        CHECK(grouped.groups[i].figures.responses == fromRows.groups[i].figures.responses);
    }
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "a damaged or stale survey column copy is read from the rows instead",
                 "[storage][survey][columns]")
{
    auto record = importRecord("a.csv", 400);
    storeSurveyTable(db, record, randomTable(21, 400));
    CHECK(file->check().empty());
    const auto rows = loadSurveyRows(db);
    const std::string copy
        = "survey import " + std::to_string(record.id) + " (a.csv): its columnar copy ";
    std::string reported; // what `touchstone-cli check` says (WorkspaceFile::check)
    SECTION("a short blob")
    {
        setColumn(db, record.id, "ces", "\x01\x00");
        reported = copy + "cannot be read: survey column \"ces\"";
    }
    SECTION("a value out of range")
    {
        auto nps = column(db, record.id, "nps");
        nps[20] = 50;
        setColumn(db, record.id, "nps", nps);
        reported = copy + "cannot be read: survey column \"nps\": value 50 outside 0-10";
    }
    SECTION("a missing column")
    {
        db.execute("DELETE FROM survey_columns WHERE name = 'comment'");
        reported = copy + "cannot be read: survey column \"comment\": missing";
    }
    SECTION("responses deleted behind the copy's back")
    {
        db.execute("DELETE FROM survey_responses WHERE id % 3 = 0");
        requireSameRows(loadSurveyTable(db), loadSurveyRows(db));
        const auto problems = file->check();
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0],
                   Catch::StartsWith(copy + "disagrees with its responses: 400 rows in the copy, "
                                     + std::to_string(rows.size() - rows.size() / 3)
                                     + " responses"));
        return;
    }
    requireSameRows(loadSurveyTable(db), rows);
    requireSameRows(loadSurveyTable(db, record.id), rows);
    const auto problems = file->check();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0],
               Catch::StartsWith(reported)
                   && Catch::EndsWith("; figures are read from its responses instead (slower)"));
}

// A copy that decodes but holds another value than its responses reads without complaint (its
// values are in range, its row count right): only the full comparison of `check` finds it.
TEST_CASE_METHOD(test::WorkspaceFixture,
                 "check finds a column copy whose values differ from the responses",
                 "[storage][survey][columns]")
{
    auto record = importRecord("a.csv", 300);
    storeSurveyTable(db, record, randomTable(31, 300));
    auto nps = column(db, record.id, "nps");
    const std::size_t row = 41, at = 16 + row; // past the 16-byte header
    nps[at] = char(nps[at] == 3 ? 4 : 3);
    setColumn(db, record.id, "nps", nps);
    const auto problems = file->check();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0],
               Catch::Contains("disagrees with its responses: response 42 of the import differs "
                               "in nps"));
}

// Responses carry their stage and touchpoint as text, not ids (docs/CLI.md: "kept as given"), and
// so does the copy: renaming or deleting a stage changes neither, and both keep agreeing.
TEST_CASE_METHOD(test::WorkspaceFixture, "renaming or deleting a stage leaves survey columns alone",
                 "[storage][survey][columns]")
{
    MapRepository maps(db);
    const auto map = maps.createDefault("Journey");
    auto stages = maps.stages(map.id);
    auto record = importRecord("a.csv", 300);
    storeSurveyTable(db, record, randomTable(31, 300));
    const auto before = loadSurveyTable(db);
    auto purchase = std::find_if(stages.begin(), stages.end(),
                                 [](const Stage &s) { return s.name == "Purchase"; });
    REQUIRE(purchase != stages.end());
    purchase->name = "Buying";
    maps.update(*purchase);
    maps.removeStage(stages.front().id);
    requireSameRows(loadSurveyTable(db), before);
    requireSameRows(loadSurveyTable(db), loadSurveyRows(db));
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "undoing and redoing an import through its row snapshot keeps the columns",
                 "[storage][survey][columns]")
{
    auto record = importRecord("a.csv", 500);
    storeSurveyTable(db, record, randomTable(41, 500));
    const auto stored = loadSurveyTable(db);
    const auto dump = dumpDatabase(db);
    const auto snapshot = RowSnapshot::capture(db, "survey_imports", record.id);
    SurveyRepository(db).removeImport(record.id);
    CHECK(db.queryInt("SELECT COUNT(*) FROM survey_columns") == 0);
    CHECK(loadSurveyTable(db).size() == 0);
    snapshot.restore(db);
    CHECK(dumpDatabase(db) == dump);
    requireSameRows(loadSurveyTable(db), stored);
}

TEST_CASE("the demo workspace from JSON gets a column copy of each survey import",
          "[storage][survey][columns]")
{
    test::TempDir dir;
    auto file = WorkspaceFile::create(dir.file("demo.cxw"), [](Database &db) {
        storeWorkspace(
            db,
            interchange::fromJson(interchange::toJson(interchange::demoWorkspace()), "demo.json"));
    });
    auto &db = file->db();
    REQUIRE(db.queryInt("SELECT COUNT(*) FROM survey_responses") > 0);
    CHECK(db.queryInt("SELECT COUNT(DISTINCT import_id) FROM survey_columns")
          == db.queryInt("SELECT COUNT(*) FROM survey_imports"));
    requireSameRows(loadSurveyTable(db), loadSurveyRows(db));
}

TEST_CASE("migrating a version 2 workspace builds the column copy of its survey imports",
          "[storage][survey][columns][migration]")
{
    test::TempDir dir;
    const auto path = dir.file("v2.cxw");
    metrics::SurveyTable rows;
    {
        Database db(path, Database::Mode::Create);
        db.execute("PRAGMA journal_mode = WAL");
        db.execute("PRAGMA foreign_keys = ON");
        migrate(db, 2);
        // What version 2 wrote: imports with their rows, and a response tied to no import.
        for (int i = 0; i < 2; ++i) {
            db.execute("INSERT INTO survey_imports (uid, file_name, imported_at, rows, rejected) "
                       "VALUES ('u"
                       + std::to_string(i) + "', 'f.csv', '2026-01-01T00:00:00Z', 3, 0)");
            const auto id = std::to_string(db.lastInsertId());
            db.execute("INSERT INTO survey_responses (uid, import_id, customer_id, date, nps, "
                       "csat, ces, stage, touchpoint, segment, retained, comment) VALUES "
                       "('r1', "
                       + id
                       + ", 'C1', '2025-03-04', 9, 5, NULL, 'Purchase', 'App', '', 1, 'x'), "
                         "('r2', "
                       + id + ", 'C2', '', NULL, 2, 6, 'Awareness', '', 'SMB', 0, ''), ('r3', " + id
                       + ", 'C3', '2025-13-01', 4, NULL, 1, '', '', '', NULL, 'y')");
        }
        db.execute(
            "INSERT INTO survey_responses (uid, customer_id, date, nps, stage, touchpoint, "
            "segment, comment) VALUES ('r9', 'C9', '2026-01-02', 7, 'Purchase', '', '', '')");
        rows = loadSurveyRows(db);
        REQUIRE(rows.size() == 7);
    }
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    CHECK(file->schemaVersion() == currentSchemaVersion());
    CHECK(file->db().queryInt("SELECT COUNT(*) FROM survey_columns") == 30);
    // Schema 4: only the responses of no import keep an index.
    const auto indexes = [&](const std::string &name) {
        return file->db().queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND "
                                   "name = '"
                                   + name + "'");
    };
    CHECK(indexes("survey_responses_by_import") == 0);
    CHECK(indexes("survey_responses_unattached") == 1);
    auto plan = file->db().prepare(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM survey_responses WHERE import_id IS NULL");
    REQUIRE(plan.step());
    CHECK_THAT(plan.text(3), Catch::Contains("survey_responses_unattached"));
    CHECK(file->check().empty());
    const auto table = loadSurveyTable(file->db());
    requireSameRows(table, loadSurveyRows(file->db()));
    const auto groups = metrics::computeGroups(table, metrics::GroupBy::Stage);
    const auto fromRows = metrics::computeGroups(rows, metrics::GroupBy::Stage);
    REQUIRE(groups.groups.size() == fromRows.groups.size());
    for (std::size_t i = 0; i < groups.groups.size(); ++i)
        CHECK(groups.groups[i].figures.responses == fromRows.groups[i].figures.responses);
}
