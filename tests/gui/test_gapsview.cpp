#include "app/commands/canvascommands.h"
#include "app/gaps/gapsview.h"
#include "app/gaps/reviewerprofile.h"
#include "app/workspacedocument.h"
#include "guiapp.h"
#include "storage/canvasrepository.h"
#include "storage/departmentrepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"
#include "windowfixture.h"

#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

struct GapsFixture
{
    test::IsolatedSettings
        settings; // the reviewer's name lives in QSettings: no sharing between tests
    test::TempDir dir;
    std::string path = dir.file("gaps.cxw");
    std::unique_ptr<WorkspaceDocument> doc;
    std::string lonelyUid;

    GapsFixture()
    {
        storage::WorkspaceFile::create(path, [this](storage::Database &db) {
            OrgGoal g {0, {}, GoalKind::Organisational, "Grow service revenue", "", 0};
            storage::CanvasRepository(db).add(g);
            Department d {0, {}, "Service", "Marta", "", 0};
            storage::DepartmentRepository(db).add(d);
            DepartmentGoal supported {0, {}, d.id, "Upsell care plans", "", 0, {g.id}};
            DepartmentGoal lonely {0, {}, d.id, "Tidy workshop", "", 1, {}};
            storage::DepartmentRepository(db).add(supported);
            storage::DepartmentRepository(db).add(lonely);
            lonelyUid = lonely.uid;
        }).reset();
        doc = std::make_unique<WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    }
    int entryFor(const GapsView &view, const std::string &rule, const std::string &uid) const
    {
        for (int i = 0; i < int(view.entries().size()); ++i)
            if (view.entries()[std::size_t(i)].finding.ruleId == rule
                && view.entries()[std::size_t(i)].finding.objectUid == uid)
                return i;
        return -1;
    }
    Workspace fileState() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        return storage::loadWorkspace(reader->db());
    }
};

} // namespace

TEST_CASE_METHOD(GapsFixture,
                 "a gap reviewed under two names keeps who did what, and shows who fixed it",
                 "[gui][gaps]")
{
    GapsView view(*doc);
    const int index = entryFor(view, "dept-goal-unlinked", lonelyUid);
    REQUIRE(index >= 0);
    view.selectEntry(index);

    ReviewerProfile::instance().setName(QStringLiteral("Ana"));
    REQUIRE(view.setStatus(ReviewStatus::Accepted, QStringLiteral("A real gap: nobody owns it")));
    ReviewerProfile::instance().setName(QStringLiteral("Ben"));
    view.selectEntry(entryFor(view, "dept-goal-unlinked", lonelyUid));
    REQUIRE(view.assignTo(QStringLiteral("Ben")));
    REQUIRE(view.addComment(QStringLiteral("I'll link it to the revenue goal")));
    REQUIRE(view.setStatus(ReviewStatus::InProgress, QStringLiteral("Talking to Marta")));

    auto state = fileState();
    REQUIRE(state.reviews.size() == 1);
    CHECK(state.reviews.front().status == ReviewStatus::InProgress);
    REQUIRE(state.events.size() == 3);
    auto nameOf = [&](Id id) {
        return findById(state.authors, id)->name;
    };
    CHECK(nameOf(state.events[0].authorId) == "Ana");
    CHECK(state.events[0].to == ReviewStatus::Accepted);
    CHECK(nameOf(state.events[2].authorId) == "Ben");
    CHECK(nameOf(state.comments.front().authorId) == "Ben");
    CHECK(nameOf(state.reviews.front().assigneeId) == "Ben");

    const auto csv = view.historyCsv();
    CHECK(csv.count(QLatin1Char('\n')) == 4);
    CHECK(csv.contains(QStringLiteral(
        "Ana,dept-goal-unlinked,Tidy workshop,open,accepted,A real gap: nobody owns it")));
    CHECK(view.exportHistory(QString::fromStdString(dir.file("history.csv"))));

    // Ben fixes the gap: the finding shows as fixed, by Ben.
    const auto goal = *std::find_if(doc->workspace().departmentGoals.begin(),
                                    doc->workspace().departmentGoals.end(),
                                    [&](const DepartmentGoal &g) { return g.uid == lonelyUid; });
    auto linked = goal;
    linked.supports = {doc->workspace().orgGoals.front().id};
    REQUIRE(doc->execute(new EditDepartmentGoalCommand(*doc, goal, linked, "Link")));
    QCoreApplication::processEvents();
    const int fixed = entryFor(view, "dept-goal-unlinked", lonelyUid);
    REQUIRE(fixed >= 0);
    CHECK(view.entries()[std::size_t(fixed)].fixed);
    state = fileState();
    CHECK(nameOf(state.reviews.front().fixedById) == "Ben");

    // The review survives a restart.
    doc.reset();
    doc = std::make_unique<WorkspaceDocument>(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    GapsView again(*doc);
    CHECK(again.entries()[std::size_t(entryFor(again, "dept-goal-unlinked", lonelyUid))]
              .review->status
          == ReviewStatus::InProgress);
}

TEST_CASE_METHOD(GapsFixture, "review actions are undoable", "[gui][gaps]")
{
    GapsView view(*doc);
    ReviewerProfile::instance().setName(QStringLiteral("Ana"));
    view.selectEntry(entryFor(view, "dept-goal-unlinked", lonelyUid));
    REQUIRE(view.setStatus(ReviewStatus::WontFix, QStringLiteral("Not customer-facing")));
    CHECK(fileState().reviews.size() == 1);
    doc->undoStack()->undo();
    CHECK(fileState().reviews.empty());
    CHECK(fileState().events.empty());
    doc->undoStack()->redo();
    CHECK(fileState().reviews.front().status == ReviewStatus::WontFix);
}
