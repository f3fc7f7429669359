#include "app/roadmap/roadmapeditor.h"
#include "app/roadmap/roadmapscene.h"
#include "app/workspacedocument.h"
#include "demodocument.h"
#include "interchange/demo.h"
#include "report/roadmaplayout.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QDir>
#include <QGraphicsView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

using RoadmapFixture = test::DemoDocument;

} // namespace

TEST_CASE_METHOD(RoadmapFixture,
                 "dragging a bar a quarter later reschedules the initiative, undoably",
                 "[gui][roadmap]")
{
    RoadmapEditor editor(*doc);
    editor.resize(1600, 1000);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    const auto &layout = editor.scene()->layout();
    const report::RoadmapBar *bar = nullptr;
    for (const auto &b : layout.bars())
        if (b.scheduled) {
            bar = &b;
            break;
        }
    REQUIRE(bar);
    const Id id = bar->initiativeId;
    const auto before = *findById(doc->workspace().initiatives, id);
    auto *view = editor.view();
    view->ensureVisible(bar->rect);
    const QPoint from = view->mapFromScene(bar->rect.center());
    const QPoint to
        = view->mapFromScene(bar->rect.center() + QPointF(layout.geometry().quarterWidth, 0));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(view->viewport(), from + (to - from) * i / 8);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    const auto after = *findById(fileState().initiatives, id);
    CHECK(Quarter::parse(after.startQuarter)->index()
          == Quarter::parse(before.startQuarter)->index() + 1);
    CHECK(Quarter::parse(after.endQuarter)->index()
          == Quarter::parse(before.endQuarter)->index() + 1);
    doc->undoStack()->undo();
    CHECK(findById(fileState().initiatives, id)->startQuarter == before.startQuarter);

    // The screenshot in the README: an initiative with links of every kind in the details panel.
    for (const auto &i : doc->workspace().initiatives)
        if (i.title == "Real-time test-drive booking")
            editor.selectInitiative(i.id);
    QTest::qWait(50); // let the table lay out its cell widgets before the grab
    QDir().mkpath(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots"));
    editor.grab().save(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots/roadmap.png"));
}

TEST_CASE_METHOD(RoadmapFixture, "the initiative table edits fields and refuses a bad quarter",
                 "[gui][roadmap]")
{
    QString error;
    QObject::connect(doc.get(), &WorkspaceDocument::errorOccurred,
                     [&](const QString &m) { error = m; });
    RoadmapEditor editor(*doc);
    auto *table = editor.table();
    REQUIRE(table->rowCount() == int(doc->workspace().initiatives.size()));
    table->item(0, 3)->setText(QStringLiteral("Marta Lind"));
    CHECK(fileState().initiatives[0].owner == "Marta Lind");
    table->item(0, 5)->setText(QStringLiteral("spring"));
    CHECK(error.contains(QStringLiteral("not a quarter")));
    CHECK(table->item(0, 5)->text()
          == QString::fromStdString(fileState().initiatives[0].startQuarter));
    editor.addInitiative(QStringLiteral("Service advisor coaching"));
    CHECK(fileState().initiatives.back().title == "Service advisor coaching");
}

TEST_CASE("portfolio balance counts initiatives that are not dropped", "[gui][roadmap]")
{
    Workspace w;
    for (auto [d, s] : {std::pair {Dimension::People, InitiativeStatus::Planned},
                        {Dimension::Technology, InitiativeStatus::Planned},
                        {Dimension::Technology, InitiativeStatus::Done},
                        {Dimension::Process, InitiativeStatus::Dropped}}) {
        Initiative i;
        i.dimension = d;
        i.status = s;
        w.initiatives.push_back(i);
    }
    const auto b = report::portfolioBalance(w);
    CHECK(b.total == 3);
    CHECK(b.share(Dimension::Technology) == Approx(66.67).epsilon(0.01));
    CHECK(b.share(Dimension::Process) == 0);
}
