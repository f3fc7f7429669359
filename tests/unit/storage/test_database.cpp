#include "storage/database.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

TEST_CASE("a transaction that is not committed leaves nothing behind", "[storage][database]")
{
    test::TempDir dir;
    Database db(dir.file("t.db"), Database::Mode::Create);
    db.execute("CREATE TABLE t (x INTEGER)");
    try {
        Transaction transaction(db);
        db.execute("INSERT INTO t VALUES (1)");
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error &) { }
    CHECK(db.queryInt("SELECT COUNT(*) FROM t") == 0);
    {
        Transaction transaction(db);
        db.execute("INSERT INTO t VALUES (2)");
        transaction.commit();
    }
    CHECK(db.queryInt("SELECT COUNT(*) FROM t") == 1);
}

TEST_CASE("nested transactions are savepoints that roll back alone", "[storage][database]")
{
    test::TempDir dir;
    Database db(dir.file("t.db"), Database::Mode::Create);
    db.execute("CREATE TABLE t (x INTEGER)");
    Transaction outer(db);
    db.execute("INSERT INTO t VALUES (1)");
    {
        Transaction inner(db);
        db.execute("INSERT INTO t VALUES (2)");
    } // rolled back
    {
        Transaction inner(db);
        db.execute("INSERT INTO t VALUES (3)");
        inner.commit();
    }
    outer.commit();
    auto s = db.prepare("SELECT group_concat(x, ',') FROM t");
    REQUIRE(s.step());
    CHECK(s.text(0) == "1,3");
}

TEST_CASE("SQL errors become project errors that name the file", "[storage][database]")
{
    test::TempDir dir;
    Database db(dir.file("t.db"), Database::Mode::Create);
    try {
        db.execute("SELECT * FROM missing_table");
        FAIL("no exception");
    } catch (const Error &e) {
        CHECK_THAT(e.what(), Catch::StartsWith(dir.file("t.db")));
        CHECK_THAT(e.what(), Catch::Contains("no such table"));
    }
}

TEST_CASE("statements bind and read every column type, NULL included", "[storage][database]")
{
    test::TempDir dir;
    Database db(dir.file("t.db"), Database::Mode::Create);
    db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n INTEGER)");
    std::string bytes("\0\1\2", 3);
    db.prepare("INSERT INTO t VALUES (?,?,?,?,?)")
        .bind(1, std::int64_t(1) << 40)
        .bind(2, 2.5)
        .bind(3, "héllo")
        .bindBlob(4, bytes)
        .bind(5, std::optional<int>())
        .run();
    auto s = db.prepare("SELECT i, r, s, b, n FROM t");
    REQUIRE(s.step());
    CHECK(s.integer(0) == (std::int64_t(1) << 40));
    CHECK(s.real(1) == 2.5);
    CHECK(s.text(2) == "héllo");
    CHECK(s.blob(3) == bytes);
    CHECK(s.isNull(4));
    CHECK_FALSE(s.optInteger(4));
}
