// The metrics panel on the demo workspace: its figures, targets, filters, copying, and the
// screenshots of the panel and the import dialog (build/screenshots/, then docs/images/).
#include "app/commands/surveycommands.h"
#include "app/metrics/figurestable.h"
#include "app/metrics/importsurveydialog.h"
#include "app/metrics/linkagetable.h"
#include "app/metrics/metricspanel.h"
#include "app/metrics/targetseditor.h"
#include "app/workspacedocument.h"
#include "core/surveyscope.h"
#include "demodocument.h"
#include "interchange/demo.h"
#include "storage/maprepository.h"
#include "storage/surveyrepository.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

struct DemoMetricsFixture : test::DemoDocument
{
    std::vector<MetricTarget> fileTargets() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        return storage::SurveyRepository(reader->db()).targets();
    }
};

int rowOf(const QTableWidget *table, const QString &group)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, FiguresTable::Group)->text() == group)
            return row;
    return -1;
}

QColor background(const QTableWidget *table, int row, int column)
{
    return table->item(row, column)->background().color();
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QImage image = widget.grab().toImage();
    REQUIRE(!image.isNull());
    QDir().mkpath(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots"));
    CHECK(image.save(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots/") + name));
}

} // namespace

TEST_CASE_METHOD(DemoMetricsFixture, "the panel shows the demo's NPS of +25 over 2400 responses",
                 "[gui][metrics][demo]")
{
    MetricsPanel panel(*doc);
    const auto *table = panel.figuresTable();
    REQUIRE(table->rowCount() == 6); // all responses and the five stages, in the map's order
    const int all = rowOf(table, QStringLiteral("All responses"));
    REQUIRE(all == 0);
    CHECK(table->item(all, FiguresTable::Nps)->text() == QStringLiteral("+25.3"));
    CHECK(table->item(all, FiguresTable::NpsN)->data(Qt::UserRole).toDouble() == 2400);
    CHECK(table->item(all, FiguresTable::Responses)->data(Qt::UserRole).toDouble() == 2400);
    // Adjusted Wald over 1147 / 712 / 541: n' = 2403, NPS' = 0.252185, se = 0.016313.
    CHECK(table->item(all, FiguresTable::NpsInterval)->text() == QStringLiteral("+22.0 to +28.4"));
    CHECK(table->item(1, FiguresTable::Group)->text() == QStringLiteral("Awareness"));
    CHECK(table->item(5, FiguresTable::Group)->text() == QStringLiteral("Advocacy"));
    CHECK(panel.shownResponses() == 2400);
    for (int i = 0; i < MetricsPanel::ChartCount; ++i)
        CHECK(panel.chartView(MetricsPanel::Chart(i))
                  ->chart()
                  ->title()
                  .contains(QStringLiteral("n = ")));
    CHECK(panel.chartView(MetricsPanel::NpsSplit)
              ->chart()
              ->title()
              .contains(QStringLiteral("+25.3")));
    CHECK(panel.linkageTable()->item(0, 3)->text() != QStringLiteral("—"));
}

TEST_CASE_METHOD(DemoMetricsFixture, "targets colour the cells red, amber or green",
                 "[gui][metrics][demo]")
{
    MetricsPanel panel(*doc);
    panel.show(); // a hidden panel recomputes when it is shown again
    const auto *table = panel.figuresTable();
    const QColor red = FiguresTable::ragColor(Rag::Red), amber = FiguresTable::ragColor(Rag::Amber),
                 green = FiguresTable::ragColor(Rag::Green);
    // Overall NPS +25.3 against a target of 40 and a benchmark of 35.
    CHECK(background(table, 0, FiguresTable::Nps) == red);
    CHECK(background(table, rowOf(table, QStringLiteral("Advocacy")), FiguresTable::Nps) == green);
    CHECK(background(table, rowOf(table, QStringLiteral("Purchase")), FiguresTable::Nps) == amber);
    // The Retention stage has a target of its own (25); +8.1 is below it.
    CHECK(background(table, rowOf(table, QStringLiteral("Retention")), FiguresTable::Nps) == red);
    CHECK(table->item(rowOf(table, QStringLiteral("Retention")), FiguresTable::Nps)
              ->toolTip()
              .contains(QStringLiteral("Retention")));

    // Lowering the overall target to 20 turns the overall cell green: one edit, in the file.
    REQUIRE(panel.targetsEditor()->setTarget("nps", "", 20, 15));
    CHECK(background(table, 0, FiguresTable::Nps) == green);
    bool found = false;
    for (const auto &t : fileTargets())
        if (t.metric == "nps" && t.scope.empty()) {
            found = true;
            CHECK(t.target == 20);
            CHECK(t.benchmark == 15);
        }
    CHECK(found);
    doc->undoStack()->undo();
    CHECK(background(table, 0, FiguresTable::Nps) == red);

    // A new per-stage target, set through the editor's form, and removed again.
    auto *editor = panel.targetsEditor();
    editor->metricBox()->setCurrentIndex(editor->metricBox()->findData(QStringLiteral("csat")));
    editor->scopeBox()->setCurrentIndex(editor->scopeBox()->findData(QStringLiteral("Purchase")));
    editor->targetBox()->setValue(50);
    editor->benchmarkBox()->setValue(editor->benchmarkBox()->minimum()); // "none"
    editor->setButton()->click();
    const auto targets = fileTargets();
    REQUIRE(targets.size() == 6);
    CHECK(targets.back().scope == "Purchase");
    CHECK_FALSE(targets.back().benchmark);
    CHECK(background(table, rowOf(table, QStringLiteral("Purchase")), FiguresTable::Csat) == green);
    REQUIRE(editor->removeTarget(targets.back().id));
    CHECK(fileTargets().size() == 5);
}

TEST_CASE_METHOD(DemoMetricsFixture, "filters, groupings, sorting and copying",
                 "[gui][metrics][demo]")
{
    MetricsPanel panel(*doc);
    panel.show();
    auto *table = panel.figuresTable();
    panel.segmentFilter()->setCurrentIndex(
        panel.segmentFilter()->findData(QStringLiteral("Fleet")));
    CHECK(panel.shownResponses() == 367);
    panel.segmentFilter()->setCurrentIndex(0);
    panel.fromFilter()->setCurrentIndex(panel.fromFilter()->findText(QStringLiteral("2026-01")));
    panel.toFilter()->setCurrentIndex(panel.toFilter()->findText(QStringLiteral("2026-03")));
    CHECK(panel.shownResponses() == 118 + 119 + 121);
    panel.fromFilter()->setCurrentIndex(0);
    panel.toFilter()->setCurrentIndex(panel.toFilter()->count() - 1);
    const int service
        = panel.mapFilter()->findText(QStringLiteral("Service visit"), Qt::MatchStartsWith);
    REQUIRE(service > 0);
    panel.mapFilter()->setCurrentIndex(service);
    CHECK(panel.shownResponses() > 0);
    CHECK(panel.shownResponses() < 2400);
    panel.mapFilter()->setCurrentIndex(0);

    panel.groupBox()->setCurrentIndex(panel.groupBox()->findData(MetricsPanel::ByPeriod));
    panel.periodBox()->setCurrentIndex(panel.periodBox()->findData(int(metrics::GroupBy::Quarter)));
    CHECK(table->rowCount() == 1 + 7); // 2025-Q1 .. 2026-Q3
    CHECK(table->item(1, FiguresTable::Group)->text() == QStringLiteral("2025-Q1"));
    panel.groupBox()->setCurrentIndex(panel.groupBox()->findData(MetricsPanel::BySegment));
    CHECK(table->rowCount() == 4);

    table->sortByColumn(FiguresTable::Nps, Qt::DescendingOrder);
    CHECK(table->item(0, FiguresTable::Group)->text() == QStringLiteral("Private"));
    table->sortByColumn(FiguresTable::Nps, Qt::AscendingOrder);
    CHECK(table->item(0, FiguresTable::Group)->text() == QStringLiteral("Fleet"));

    table->clearSelection();
    table->setCurrentCell(0, FiguresTable::Group);
    table->setRangeSelected(
        QTableWidgetSelectionRange(0, FiguresTable::Group, 1, FiguresTable::Nps), true);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("Group\tResponses\tNPS"));
    CHECK(lines[1].startsWith(QStringLiteral("Fleet\t")));
    CHECK(lines[1].endsWith(QStringLiteral("\t+17.2")));
}

TEST_CASE_METHOD(DemoMetricsFixture, "the metrics panel and the import dialog, captured",
                 "[gui][metrics][demo][screenshot]")
{
    MetricsPanel panel(*doc);
    panel.resize(1600, 1050);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(50);
    saveScreenshot(panel, QStringLiteral("metrics-panel.png"));
    panel.tabs()->setCurrentIndex(1);
    QTest::qWait(20);
    saveScreenshot(panel, QStringLiteral("metrics-linkage.png"));
    panel.tabs()->setCurrentIndex(3);
    QTest::qWait(20);
    saveScreenshot(panel, QStringLiteral("metrics-targets.png"));

    std::unique_ptr<ImportSurveyDialog> dialog(panel.newImportDialog());
    dialog->dateOrderBox()->setCurrentIndex(
        dialog->dateOrderBox()->findData(QStringLiteral("mdy"))); // its dates are ambiguous
    dialog->setFilePath(QStringLiteral(TOUCHSTONE_TEST_DATA "/survey/generic_bad.csv"));
    // Three maps: nothing is proposed, the user says which one the survey describes.
    CHECK_FALSE(dialog->importButton()->isEnabled());
    dialog->journeyBox()->setCurrentIndex(
        dialog->journeyBox()->findData(qlonglong(doc->workspace().maps.front().id)));
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(50);
    saveScreenshot(*dialog, QStringLiteral("import-dialog.png"));
    dialog->agreeBox()->setChecked(true);
    dialog->accept();
    CHECK(panel.shownResponses() == 2404);
    panel.tabs()->setCurrentIndex(2);
    QTest::qWait(20);
    saveScreenshot(panel, QStringLiteral("metrics-imports.png"));
}

TEST_CASE("a small survey is marked small, and undated responses are counted off the trend",
          "[gui][metrics][smallsample]")
{
    test::guiApplication();
    test::TempDir dir;
    const auto path = dir.file("small.cxw");
    storage::WorkspaceFile::create(path, [](storage::Database &db) {
        storage::MapRepository(db).createDefault("Car purchase");
    }).reset();
    WorkspaceDocument doc(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    // Five answers, two of them without a date.
    const std::string csv = "date,nps,stage\n2026-01-05,10,Purchase\n2026-01-06,9,Purchase\n"
                            "2026-02-02,3,Purchase\n,10,Advocacy\n,8,Advocacy\n";
    auto result = metrics::SurveyImporter().importText(csv, "small.csv");
    SurveyImport record;
    record.fileName = "small.csv";
    record.importedAt = "2026-12-06T10:00:00Z";
    record.rows = int(result.table.size());
    linkSurveyImport(record, doc.workspace(), allMapIds(doc.workspace()),
                     result.table.stages.values(), result.table.touchpoints.values());
    REQUIRE(doc.execute(new ImportSurveyCommand(doc, record, std::move(result.table))));

    MetricsPanel panel(doc);
    panel.show();
    const auto *table = panel.figuresTable();
    REQUIRE(rowOf(table, QStringLiteral("All responses")) == 0);
    CHECK(table->item(0, FiguresTable::NpsN)->text() == QStringLiteral("5 (small)"));
    CHECK(table->item(0, FiguresTable::NpsN)->toolTip().contains(QStringLiteral("Small sample")));
    CHECK(table->item(0, FiguresTable::NpsN)->data(Qt::UserRole).toDouble() == 5); // sorts as 5
    const QString trend = panel.chartView(MetricsPanel::Trend)->chart()->title();
    CHECK(trend.contains(QStringLiteral("n = 3")));
    CHECK(trend.contains(QStringLiteral("2 undated responses not shown")));
}
