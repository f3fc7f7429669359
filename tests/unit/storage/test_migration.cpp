#include "storage/database.h"
#include "storage/schema.h"
#include "storage/surveyrepository.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

namespace {

// A workspace as version 1 of Touchstone wrote it: schema 1, with some content.
std::string makeVersion1File(const test::TempDir &dir)
{
    const auto path = dir.file("v1.cxw");
    Database db(path, Database::Mode::Create);
    db.execute("PRAGMA journal_mode = WAL");
    migrate(db, 1);
    db.execute("INSERT INTO maps (uid, name, description, position) VALUES "
               "('6f1c1e52-8d7e-4c55-9a35-2b1f0c7e1a01', 'Service visit', '', 0)");
    db.execute("INSERT INTO survey_responses (uid, customer_id, date, nps, stage, touchpoint, "
               "segment, comment) VALUES ('6f1c1e52-8d7e-4c55-9a35-2b1f0c7e1a02', 'C1', "
               "'2026-01-02', 9, 'Purchase', '', '', '')");
    return path;
}

} // namespace

TEST_CASE("schema versions are numbered without gaps and end at the current one",
          "[storage][migration]")
{
    int expected = 1;
    for (const auto &migration : migrations())
        CHECK(migration.version == expected++);
    CHECK(currentSchemaVersion() == expected - 1);
}

TEST_CASE("opening a version 1 workspace for writing migrates it and keeps its content",
          "[storage][migration]")
{
    test::TempDir dir;
    const auto path = makeVersion1File(dir);
    {
        Database raw(path, Database::Mode::ReadOnly);
        REQUIRE(raw.queryInt("PRAGMA user_version") == 1);
        REQUIRE(raw.queryInt("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'metric_targets'")
                == 0);
    }
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadWrite);
    CHECK(file->schemaVersion() == currentSchemaVersion());
    CHECK(file->db().queryInt("SELECT COUNT(*) FROM maps") == 1);
    SurveyRepository survey(file->db());
    CHECK(survey.responseCount() == 1);
    MetricTarget target {0, {}, "nps", "", 40, 35};
    survey.add(target); // the table version 2 added
    CHECK(survey.targets().size() == 1);
    CHECK(file->check().empty());
}

TEST_CASE("reading a version 1 workspace upgrades a copy in memory and leaves the file as it was",
          "[storage][migration]")
{
    test::TempDir dir;
    const auto path = makeVersion1File(dir);
    {
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        CHECK(file->schemaVersion() == currentSchemaVersion());
        CHECK(SurveyRepository(file->db()).targets().empty());
        CHECK(SurveyRepository(file->db()).responseCount() == 1);
    }
    Database raw(path, Database::Mode::ReadOnly);
    CHECK(raw.queryInt("PRAGMA user_version") == 1);
}

TEST_CASE("a failing migration rolls back to the version before it", "[storage][migration]")
{
    test::TempDir dir;
    const auto path = dir.file("clash.cxw");
    Database db(path, Database::Mode::Create);
    migrate(db, 1);
    db.execute("CREATE TABLE metric_targets (clash INTEGER)"); // version 2 will collide
    CHECK_THROWS(migrate(db));
    CHECK(db.queryInt("PRAGMA user_version") == 1);
}
