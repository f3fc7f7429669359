#include "interchange/demo.h"
#include "storage/departmentrepository.h"
#include "storage/maprepository.h"
#include "storage/positions.h"
#include "storage/rowsnapshot.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

namespace {

struct DemoFile
{
    test::TempDir dir;
    std::unique_ptr<WorkspaceFile> file
        = WorkspaceFile::create(dir.file("demo.cxw"), [](Database &db) {
              storeWorkspace(db, interchange::demoWorkspace());
          });
    Database &db = file->db();

    // Deletes the row, restores it from its snapshot, and checks the file is as before.
    void deleteAndRestore(const std::string &table, Id id, const std::string &what)
    {
        const auto before = dumpDatabase(db);
        const auto snapshot = RowSnapshot::capture(db, table, id);
        removeRow(db, table, id, what);
        CHECK(dumpDatabase(db) != before);
        snapshot.restore(db);
        CHECK(dumpDatabase(db) == before);
        CHECK(db.queryInt("SELECT COUNT(*) FROM pragma_foreign_key_check") == 0);
    }
};

} // namespace

TEST_CASE_METHOD(DemoFile, "a removed stage comes back with its cards, links and initiative links",
                 "[storage][snapshot]")
{
    const auto stage = MapRepository(db).stages(MapRepository(db).maps().front().id)[2];
    const auto snapshot = RowSnapshot::capture(db, "stages", stage.id);
    CHECK(snapshot.rowCount() > 5);
    deleteAndRestore("stages", stage.id, "stage");
}

TEST_CASE_METHOD(DemoFile,
                 "a removed department comes back and owns its cards and initiatives again",
                 "[storage][snapshot]")
{
    const auto department = DepartmentRepository(db).departments().front();
    REQUIRE(db.queryInt("SELECT COUNT(*) FROM cards WHERE department_id = "
                        + std::to_string(department.id))
            > 0);
    deleteAndRestore("departments", department.id, "department");
}

TEST_CASE_METHOD(DemoFile, "a whole map comes back exactly", "[storage][snapshot]")
{
    deleteAndRestore("maps", MapRepository(db).maps().back().id, "map");
}

TEST_CASE_METHOD(DemoFile, "capturing a missing row is an error", "[storage][snapshot]")
{
    CHECK_THROWS_WITH(RowSnapshot::capture(db, "cards", 987654), Catch::Contains("no cards row"));
}
