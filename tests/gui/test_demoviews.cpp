// The demo workspace in each editor: what a newcomer sees, checked and saved as screenshots
// (build/screenshots/, copied to docs/images/ for the README).
#include "app/canvas/canvasblock.h"
#include "app/canvas/canvaseditor.h"
#include "app/canvas/departmentseditor.h"
#include "app/canvas/goalmatrix.h"
#include "app/gaps/gapsview.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapscene.h"
#include "app/mapeditor/mapview.h"
#include "app/workspacedocument.h"
#include "demodocument.h"
#include "interchange/demo.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QDir>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

using DemoFixture = test::DemoDocument;

void show(QWidget &widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(30);
}

// Saves the widget and checks the picture is not blank: most of a real screen is not one colour.
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QImage image = widget.grab().toImage();
    REQUIRE(!image.isNull());
    const QRgb corner = image.pixel(image.width() / 2, image.height() / 2);
    int different = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            different += image.pixel(x, y) != corner;
    CHECK(different > (image.width() / 7) * (image.height() / 7) / 20);
    QDir().mkpath(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots"));
    CHECK(image.save(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots/") + name));
}

} // namespace

TEST_CASE_METHOD(DemoFixture, "the demo's purpose canvas is filled in and tied to the brand",
                 "[gui][demo]")
{
    CanvasEditor editor(*doc);
    show(editor, 1400, 1100);
    for (const auto *key :
         {"purpose", "business_strategy", "customer_strategy", "cx_vision", "brand_promise",
          "cx_principles", "employee_behaviours", "employee_experience"})
        CHECK_FALSE(editor.block(QString::fromLatin1(key))->isMissing());
    saveScreenshot(editor, QStringLiteral("purpose-canvas.png"));
}

TEST_CASE_METHOD(DemoFixture,
                 "the demo's coverage matrix shows the deliberately unlinked goals in red",
                 "[gui][demo]")
{
    DepartmentsEditor editor(*doc);
    editor.findChild<QTabWidget *>()->setCurrentIndex(1);
    show(editor, 1500, 800);
    auto *matrix = editor.matrix();
    int red = 0, unlinked = 0;
    for (int row = 0; row < matrix->rowCount(); ++row)
        red += matrix->verticalHeaderItem(row)->foreground().color() == QColor(0xC0, 0x39, 0x2B);
    for (const auto &g : doc->workspace().departmentGoals)
        unlinked += g.supports.empty();
    CHECK(unlinked >= 2);
    CHECK(red == unlinked);
    saveScreenshot(editor, QStringLiteral("goal-matrix.png"));
}

TEST_CASE_METHOD(DemoFixture, "the demo's gap review lists the unlinked department goals",
                 "[gui][demo]")
{
    GapsView view(*doc);
    show(view, 1500, 900);
    int unlinkedFindings = 0;
    for (const auto &e : view.entries())
        unlinkedFindings += e.finding.ruleId == "dept-goal-unlinked";
    int unlinked = 0;
    for (const auto &g : doc->workspace().departmentGoals)
        unlinked += g.supports.empty();
    CHECK(unlinkedFindings == unlinked);
    view.selectEntry(0);
    saveScreenshot(view, QStringLiteral("gaps-view.png"));
}

TEST_CASE_METHOD(DemoFixture, "the demo's first map in the editor, and in workshop mode",
                 "[gui][demo]")
{
    MapEditor editor(*doc, doc->workspace().maps.front().id);
    show(editor, 1600, 1000);
    CHECK(editor.scene()->layout().cards().size() > 60);
    // The survey figures of each stage sit in the metrics lane.
    const auto &figures = editor.scene()->figures().stages;
    CHECK(figures.size() == 5);
    for (const auto &[stage, label] : figures)
        CHECK((label.text.startsWith(QStringLiteral("NPS "))
               && label.text.contains(QStringLiteral(" · n "))));
    saveScreenshot(editor, QStringLiteral("map-editor.png"));
    editor.view()->ensureVisible(editor.scene()->layout().lanes().back().row, 0, 0);
    QTest::qWait(20);
    saveScreenshot(editor, QStringLiteral("map-editor-metrics-lane.png"));
    editor.setWorkshopMode(true);
    show(editor, 1920, 1080);
    CHECK(editor.scene()->style().workshop);
    saveScreenshot(editor, QStringLiteral("map-workshop.png"));
}
