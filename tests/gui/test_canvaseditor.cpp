#include "app/canvas/canvasblock.h"
#include "app/canvas/canvaseditor.h"
#include "app/canvas/communicationplan.h"
#include "app/canvas/departmentseditor.h"
#include "app/canvas/goalmatrix.h"
#include "app/commands/canvascommands.h"
#include "app/workspacedocument.h"
#include "guiapp.h"
#include "storage/canvasrepository.h"
#include "storage/departmentrepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

struct CanvasFixture
{
    test::TempDir dir;
    std::string path = dir.file("canvas.cxw");
    std::unique_ptr<WorkspaceDocument> doc;
    Id growth = 0, sales = 0, salesGoal = 0;

    CanvasFixture()
    {
        test::guiApplication();
        storage::WorkspaceFile::create(path, [this](storage::Database &db) {
            OrgGoal g {0, {}, GoalKind::Organisational, "Grow service revenue", "", 0};
            storage::CanvasRepository(db).add(g);
            growth = g.id;
            Department d {0, {}, "Sales", "Ana", "First impressions", 0};
            storage::DepartmentRepository(db).add(d);
            sales = d.id;
            DepartmentGoal dg {0, {}, d.id, "Faster quotes", "", 0, {}};
            storage::DepartmentRepository(db).add(dg);
            salesGoal = dg.id;
        }).reset();
        doc = std::make_unique<WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    }
    Workspace fileState() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        return storage::loadWorkspace(reader->db());
    }
};

} // namespace

TEST_CASE_METHOD(CanvasFixture,
                 "typing in a canvas block is one undoable edit, in the file at once",
                 "[gui][canvas]")
{
    CanvasEditor editor(*doc);
    editor.show();
    auto *purpose = editor.block(QStringLiteral("purpose"));
    REQUIRE(purpose);
    CHECK(purpose->isMissing());
    purpose->editor()->setFocus();
    QTest::keyClicks(purpose->editor(), QStringLiteral("Keep families moving"));
    editor.block(QStringLiteral("cx_vision"))->editor()->setFocus(); // leaving the block commits
    purpose->editor()->clearFocus();
    QTest::qWait(900);
    CHECK(fileState().canvas.businessPurpose == "Keep families moving");
    CHECK_FALSE(purpose->isMissing());
    doc->undoStack()->undo();
    CHECK(fileState().canvas.businessPurpose.empty());
    CHECK(purpose->text().isEmpty());

    editor.tiedToBrand()->setChecked(true);
    CHECK(fileState().canvas.visionTiedToBrand);
}

TEST_CASE_METHOD(CanvasFixture, "principles are one per line", "[gui][canvas]")
{
    CanvasEditor editor(*doc);
    auto *principles = editor.block(QStringLiteral("cx_principles"));
    principles->editor()->setPlainText(QStringLiteral("Be straight with people\n\nTime is theirs"));
    principles->editor()->setFocus();
    principles->editor()->clearFocus();
    QTest::qWait(900);
    CHECK(fileState().canvas.cxPrinciples
          == std::vector<std::string> {"Be straight with people", "Time is theirs"});
}

TEST_CASE_METHOD(CanvasFixture, "ticking the matrix links a department goal, and undo unlinks it",
                 "[gui][canvas]")
{
    DepartmentsEditor editor(*doc);
    auto *matrix = editor.matrix();
    REQUIRE(matrix->rowCount() == 1);
    REQUIRE(matrix->columnCount() == 1);
    CHECK(matrix->verticalHeaderItem(0)->foreground().color() == QColor(0xC0, 0x39, 0x2B)); // a gap
    matrix->item(0, 0)->setCheckState(Qt::Checked);
    CHECK(fileState().departmentGoals.front().supports == std::vector<Id> {growth});
    CHECK(matrix->verticalHeaderItem(0)->foreground().color() != QColor(0xC0, 0x39, 0x2B));
    doc->undoStack()->undo();
    CHECK(fileState().departmentGoals.front().supports.empty());
    editor.linkGoal(salesGoal, growth); // what a drop onto the goal list does
    CHECK(fileState().departmentGoals.front().supports == std::vector<Id> {growth});
}

TEST_CASE_METHOD(CanvasFixture, "departments and goals are added and renamed in place",
                 "[gui][canvas]")
{
    DepartmentsEditor editor(*doc);
    editor.addDepartment(QStringLiteral("Service"));
    auto state = fileState();
    REQUIRE(state.departments.size() == 2);
    editor.addGoal(state.departments.back().id, QStringLiteral("Same-day callbacks"));
    CHECK(fileState().departmentGoals.size() == 2);
    auto *item = editor.tree()->topLevelItem(0);
    item->setText(1, QStringLiteral("Bruno"));
    CHECK(fileState().departments.front().leader == "Bruno");
}

TEST_CASE_METHOD(CanvasFixture, "the communication plan refuses a bad date with a message",
                 "[gui][canvas]")
{
    QString error;
    QObject::connect(doc.get(), &WorkspaceDocument::errorOccurred,
                     [&](const QString &m) { error = m; });
    CommunicationPlanEditor editor(*doc);
    CommunicationItem item;
    item.audience = "Service advisors";
    REQUIRE(doc->execute(new AddCommunicationCommand(*doc, item)));
    REQUIRE(editor.table()->rowCount() == 1);
    editor.table()->item(0, 3)->setText(QStringLiteral("next tuesday"));
    CHECK(error.contains(QStringLiteral("not a date")));
    CHECK(fileState().communicationPlan.front().date.empty());
    CHECK(editor.table()->item(0, 3)->text().isEmpty());
    editor.table()->item(0, 3)->setText(QStringLiteral("2026-03-02"));
    CHECK(fileState().communicationPlan.front().date == "2026-03-02");
}
