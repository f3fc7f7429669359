// The stored scope of survey imports (schema 5): written and read back, kept by undo, dropped
// with its stage, and given by the migration to imports made before scopes existed.
#include "core/earlierimport.h"
#include "core/surveyscope.h"
#include "fixture.h"
#include "storage/database.h"
#include "storage/positions.h"
#include "storage/rowsnapshot.h"
#include "storage/schema.h"
#include "storage/surveyrepository.h"
#include "storage/surveytablestore.h"
#include "storage/workspacestore.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

namespace {

// Two maps as SQL, the way the rows are before any repository of a later version exists:
// "Car purchase" (1: Awareness, 2: Test drive; touchpoint card 1 "Website") and "Service visit"
// (3: Booking, 4: Test drive).
void addTwoMaps(Database &db)
{
    db.execute(R"SQL(
INSERT INTO maps (id, uid, name, description, position) VALUES
  (1, 'a0000000-0000-4000-8000-000000000001', 'Car purchase', '', 0),
  (2, 'a0000000-0000-4000-8000-000000000002', 'Service visit', '', 1);
INSERT INTO stages (id, uid, map_id, name, color, feeling, position) VALUES
  (1, 'b0000000-0000-4000-8000-000000000001', 1, 'Awareness', '#4E79A7', '', 0),
  (2, 'b0000000-0000-4000-8000-000000000002', 1, 'Test drive', '#4E79A7', '', 1),
  (3, 'b0000000-0000-4000-8000-000000000003', 2, 'Booking', '#4E79A7', '', 0),
  (4, 'b0000000-0000-4000-8000-000000000004', 2, 'Test drive', '#4E79A7', '', 1);
INSERT INTO lanes (id, uid, map_id, kind, title, visible, position) VALUES
  (1, 'c0000000-0000-4000-8000-000000000001', 1, 'touchpoints', 'Touchpoints', 1, 0);
INSERT INTO cards (id, uid, map_id, stage_id, lane_id, position, kind, title, notes, evidence)
  VALUES (1, 'd0000000-0000-4000-8000-000000000001', 1, 1, 1, 0, 'touchpoint', 'Website', '', '');
)SQL");
}

void addImport(Database &db, Id id, const std::vector<std::pair<const char *, const char *>> &rows)
{
    db.prepare("INSERT INTO survey_imports (id, uid, file_name, imported_at, rows, rejected) "
               "VALUES (?, ?, 'survey.csv', '2026-01-01T00:00:00Z', ?, 0)")
        .bind(1, std::int64_t(id))
        .bind(2, "e0000000-0000-4000-8000-00000000000" + std::to_string(id))
        .bind(3, int(rows.size()))
        .run();
    int n = 0;
    for (const auto &[stage, touchpoint] : rows)
        db.prepare("INSERT INTO survey_responses (uid, import_id, customer_id, date, nps, stage, "
                   "touchpoint, segment, comment) VALUES (?, ?, 'C', '2026-01-02', 9, ?, ?, '', "
                   "'')")
            .bind(1,
                  "f000000" + std::to_string(id) + "-0000-4000-8000-00000000000"
                      + std::to_string(n++))
            .bind(2, std::int64_t(id))
            .bind(3, std::string(stage))
            .bind(4, std::string(touchpoint))
            .run();
}

} // namespace

TEST_CASE("the migration to schema 5 scopes each import to the maps its names match",
          "[storage][scope][migration]")
{
    test::TempDir dir;
    Database db(dir.file("v4.cxw"), Database::Mode::Create);
    migrate(db, 4);
    addTwoMaps(db);
    addImport(db, 1, {{"Awareness", ""}, {"awareness ", "website"}, {"Delivery", ""}});
    addImport(db, 2, {{"Test drive", ""}, {"Booking", ""}});
    addImport(db, 3, {{"Unknown", "Phone"}});
    buildMissingSurveyColumns(db);
    migrate(db);
    REQUIRE(db.queryInt("PRAGMA user_version") == 5);
    const auto imports = SurveyRepository(db).imports();
    REQUIRE(imports.size() == 3);
    CHECK(imports[0].mapIds == std::vector<Id> {1});
    CHECK(imports[0].stageLinks == std::vector<SurveyLink> {{"awareness", 1}});
    CHECK(imports[0].touchpointLinks == std::vector<SurveyLink> {{"website", 1}});
    CHECK(imports[1].mapIds == std::vector<Id> {1, 2}); // "all maps" its names match
    CHECK(imports[1].stageLinks
          == std::vector<SurveyLink> {{"test drive", 2}, {"booking", 3}, {"test drive", 4}});
    CHECK(imports[2].mapIds.empty()); // names no map has: on no map
    CHECK(imports[2].stageLinks.empty());
    CHECK(db.queryInt("SELECT COUNT(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("an import's scope, content hash and response-id sample are stored with it",
          "[storage][scope]")
{
    test::WorkspaceFixture f;
    addTwoMaps(f.db);
    SurveyImport record;
    record.fileName = "nps.csv";
    record.importedAt = "2026-12-06T10:00:00Z";
    record.mapIds = {2};
    record.stageLinks = {{"booking", 3}, {"test drive", 4}};
    record.contentHash = "0123456789abcdef";
    record.responseIds = sampleResponseIds({42, 7, 0xffffffffffffffffull});
    metrics::SurveyTable table;
    metrics::SurveyRecord row;
    row.nps = 9;
    row.stage = "Booking";
    table.append(row);
    record.rows = 1;
    storeSurveyTable(f.db, record, table);
    const auto stored = SurveyRepository(f.db).imports();
    REQUIRE(stored.size() == 1);
    CHECK(stored.front() == record);
    // The loaded table says which import its rows came from.
    const auto loaded = loadSurveyTable(f.db);
    REQUIRE(loaded.imports.size() == 1);
    CHECK(loaded.imports.front().importId == record.id);
    CHECK(loaded.imports.front().rows == 1);
}

TEST_CASE("deleting a stage drops its survey links, and undoing it brings them back",
          "[storage][scope]")
{
    test::WorkspaceFixture f;
    addTwoMaps(f.db);
    SurveyImport record;
    record.fileName = "nps.csv";
    record.importedAt = "2026-12-06T10:00:00Z";
    record.mapIds = {1, 2};
    record.stageLinks = {{"test drive", 2}, {"test drive", 4}};
    record.touchpointLinks = {{"website", 1}};
    storeSurveyTable(f.db, record, {});
    const auto snapshot = RowSnapshot::capture(f.db, "stages", 1); // with its card
    removeRow(f.db, "stages", 1, "stage");
    CHECK(SurveyRepository(f.db).imports().front().touchpointLinks.empty());
    removeRow(f.db, "maps", 2, "map");
    const auto left = SurveyRepository(f.db).imports().front();
    CHECK(left.mapIds == std::vector<Id> {1});
    CHECK(left.stageLinks == std::vector<SurveyLink> {{"test drive", 2}});
    snapshot.restore(f.db);
    CHECK(SurveyRepository(f.db).imports().front().touchpointLinks.size() == 1);
}
