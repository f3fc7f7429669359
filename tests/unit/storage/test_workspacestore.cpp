#include "fixture.h"
#include "interchange/demo.h"
#include "storage/workspacestore.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

TEST_CASE("the demo workspace stores and loads back identical, ids included", "[storage][store]")
{
    const auto demo = interchange::demoWorkspace();
    test::TempDir dir;
    auto file = WorkspaceFile::create(dir.file("demo.cxw"),
                                      [&](Database &db) { storeWorkspace(db, demo); });
    const auto loaded = loadWorkspace(file->db());
    CHECK(loaded.maps == demo.maps);
    CHECK(loaded.stages == demo.stages);
    CHECK(loaded.lanes == demo.lanes);
    CHECK(loaded.cards == demo.cards);
    CHECK(loaded.cardLinks == demo.cardLinks);
    CHECK(loaded.departmentGoals == demo.departmentGoals);
    CHECK(loaded.initiatives == demo.initiatives);
    CHECK(loaded.responses.size() == demo.responses.size());
    CHECK(loaded == demo);
    CHECK(file->check().empty());
}

TEST_CASE("the demo workspace is the rich example a newcomer should see", "[storage][store]")
{
    test::TempDir dir;
    auto file = WorkspaceFile::create(dir.file("demo.cxw"), [](Database &db) {
        storeWorkspace(db, interchange::demoWorkspace());
    });
    const auto counts = countWorkspace(file->db());
    CHECK(counts.maps >= 3);
    CHECK(counts.cards >= 60);
    CHECK(counts.personas >= 2);
    CHECK(counts.departments >= 4);
    CHECK(counts.initiatives >= 12);
    CHECK(counts.responses >= 2000);
    const auto w = loadWorkspace(file->db());
    for (auto kind : allOf<CardKind>()) {
        if (kind == CardKind::Note)
            continue;
        CHECK(std::any_of(w.cards.begin(), w.cards.end(),
                          [&](const Card &c) { return c.kind == kind; }));
    }
    for (auto dimension : allOf<Dimension>())
        CHECK(std::any_of(w.initiatives.begin(), w.initiatives.end(),
                          [&](const Initiative &i) { return i.dimension == dimension; }));
    CHECK(std::any_of(w.departmentGoals.begin(), w.departmentGoals.end(),
                      [](const DepartmentGoal &g) { return g.supports.empty(); }));
}
