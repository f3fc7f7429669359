// The survey import dialog driven as a user would (without ever blocking on it), the import
// history and undo: each checked against what is in the workspace file afterwards.
#include "app/commands/mapcommands.h"
#include "app/metrics/importhistory.h"
#include "app/metrics/importsurveydialog.h"
#include "app/workspacedocument.h"
#include "guiapp.h"
#include "storage/maprepository.h"
#include "storage/rowsnapshot.h"
#include "storage/surveyrepository.h"
#include "storage/surveytablestore.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TOUCHSTONE_TEST_DATA "/survey/") + QString::fromLatin1(name);
}

struct ImportFixture
{
    test::TempDir dir;
    std::string path = dir.file("survey.cxw");
    std::unique_ptr<WorkspaceDocument> doc;

    ImportFixture()
    {
        test::guiApplication();
        storage::WorkspaceFile::create(path, [](storage::Database &db) {
            storage::MapRepository(db).createDefault("Customer journey"); // the five usual stages
        }).reset();
        doc = std::make_unique<WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    }
    struct FileState
    {
        std::vector<SurveyImport> imports;
        std::vector<SurveyResponse> responses;
        std::string dump;
    };
    FileState fileState() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        storage::SurveyRepository survey(reader->db());
        return {survey.imports(), survey.responses(), storage::dumpDatabase(reader->db())};
    }
};

} // namespace

TEST_CASE_METHOD(ImportFixture,
                 "a Qualtrics export with a bad row is imported only after the user agrees",
                 "[gui][metrics][import]")
{
    ImportSurveyDialog dialog(*doc);
    dialog.setFilePath(fixture("qualtrics.csv"));
    REQUIRE(dialog.result());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("Qualtrics")));
    CHECK(dialog.fieldBox(9)->currentData().toString()
          == QStringLiteral("nps")); // Q1, by its question
    CHECK(dialog.fieldBox(10)->currentData().toString().isEmpty()); // Q1_NPS_GROUP
    CHECK(dialog.mappingTable()->columnCount() == ImportSurveyDialog::FirstPreview + 5);
    CHECK(dialog.mappingTable()->horizontalHeaderItem(ImportSurveyDialog::FirstPreview)->text()
          == QStringLiteral("Line 4"));
    CHECK(dialog.mappingTable()->item(9, ImportSurveyDialog::FirstPreview)->text()
          == QStringLiteral("10"));

    REQUIRE(dialog.badRowsTable()->rowCount() == 1);
    CHECK_FALSE(dialog.badRowsTable()->isHidden());
    CHECK(dialog.badRowsTable()->item(0, 0)->text() == QStringLiteral("8"));
    CHECK(dialog.badRowsTable()->item(0, 2)->text().contains(QStringLiteral("out of range")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.accept(); // refused: the user has not agreed to leave the bad row out
    CHECK(fileState().imports.empty());

    dialog.agreeBox()->setChecked(true);
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == std::nullopt);
    const auto state = fileState();
    REQUIRE(state.imports.size() == 1);
    CHECK(state.imports[0].fileName == "qualtrics.csv");
    CHECK(state.imports[0].rows == 4);
    CHECK(state.imports[0].rejected == 1);
    CHECK(state.imports[0].id == dialog.importedId());
    REQUIRE(state.responses.size() == 4);
    CHECK(state.responses[1].comment == "Too slow.\nWaited a week.");
    CHECK(state.responses[0].nps == 10);
    CHECK(doc->workspace().responses.size() == 4); // the mirror follows
}

TEST_CASE_METHOD(ImportFixture, "a SurveyMonkey export without bad rows imports at once",
                 "[gui][metrics][import]")
{
    ImportSurveyDialog dialog(*doc);
    dialog.setFilePath(fixture("surveymonkey.csv"));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("SurveyMonkey")));
    CHECK(dialog.badRowsTable()->rowCount() == 0);
    CHECK(dialog.badRowsTable()->isHidden()); // no empty list of problems
    CHECK(dialog.agreeBox()->isHidden());
    CHECK(
        dialog.unknownLabel()->text().contains(QStringLiteral("Which products do you own? - Pro")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.accept();
    const auto state = fileState();
    REQUIRE(state.responses.size() == 3);
    CHECK(state.responses[1].retained == false); // "Churned: Yes"
    CHECK(state.imports.at(0).rejected == 0);
}

TEST_CASE_METHOD(ImportFixture, "the mapping can be changed, and unknown stages are reported",
                 "[gui][metrics][import]")
{
    ImportSurveyDialog dialog(*doc);
    // Its dates could each be day or month first: without an order the file is refused.
    dialog.dateOrderBox()->setCurrentIndex(dialog.dateOrderBox()->findData(QStringLiteral("mdy")));
    dialog.setFilePath(fixture("generic_bad.csv"));
    REQUIRE(dialog.result());
    CHECK(dialog.result()->badRowCount == 4);
    CHECK(dialog.unknownLabel()->text().contains(QStringLiteral("\"Onboarding\"")));

    // Not importing the nps column takes its out-of-range row off the list of bad rows.
    dialog.fieldBox(2)->setCurrentIndex(0);
    REQUIRE(dialog.result());
    CHECK(dialog.result()->badRowCount == 3);
    CHECK(dialog.badRowsTable()->item(0, 0)->text() == QStringLiteral("4"));

    // Giving a field to a second column takes it from the first.
    dialog.fieldBox(2)->setCurrentIndex(dialog.fieldBox(2)->findData(QStringLiteral("csat")));
    CHECK(dialog.fieldBox(3)->currentData().toString().isEmpty());
    CHECK(dialog.result()->badRowCount > 3); // scores of 0-10 are no CSAT

    dialog.fieldBox(2)->setCurrentIndex(dialog.fieldBox(2)->findData(QStringLiteral("nps")));
    dialog.fieldBox(3)->setCurrentIndex(dialog.fieldBox(3)->findData(QStringLiteral("csat")));
    dialog.agreeBox()->setChecked(true);
    dialog.accept();
    const auto state = fileState();
    REQUIRE(state.responses.size() == 4);
    CHECK(state.imports.at(0).rejected == 4);
    CHECK(state.responses[0].csat == 5);
    bool onboarding = false;
    for (const auto &r : state.responses)
        onboarding = onboarding || r.stage == "Onboarding"; // kept as given
    CHECK(onboarding);
}

TEST_CASE_METHOD(ImportFixture, "a file that is not a survey is refused with its name",
                 "[gui][metrics][import]")
{
    ImportSurveyDialog dialog(*doc);
    const std::string bogus = dir.file("notes.csv");
    FILE *out = std::fopen(bogus.c_str(), "w");
    std::fputs("colour,size\nred,9\n", out);
    std::fclose(out);
    dialog.setFilePath(QString::fromStdString(bogus));
    CHECK_FALSE(dialog.result());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // Mapping columns by hand makes it importable, once one gives a score or an outcome: an
    // import whose every figure would be empty is refused.
    dialog.fieldBox(0)->setCurrentIndex(dialog.fieldBox(0)->findData(QStringLiteral("segment")));
    CHECK_FALSE(dialog.result());
    dialog.fieldBox(1)->setCurrentIndex(dialog.fieldBox(1)->findData(QStringLiteral("nps")));
    REQUIRE(dialog.result());
    CHECK(dialog.importButton()->isEnabled());
}

TEST_CASE_METHOD(ImportFixture,
                 "undoing an import removes its responses, redo puts the same rows back",
                 "[gui][metrics][import]")
{
    const std::string empty = fileState().dump;
    ImportSurveyDialog dialog(*doc);
    dialog.setFilePath(fixture("surveymonkey.csv"));
    dialog.accept();
    const auto imported = fileState();
    REQUIRE(imported.responses.size() == 3);

    // Figures are recomputed from the stored columnar copy, which follows undo and redo.
    const Id mapId = doc->workspace().maps.front().id;
    auto stageId = [&](const std::string &name) {
        for (const auto &s : doc->workspace().stages)
            if (s.name == name)
                return s.id;
        return Id(0);
    };
    const auto figures = doc->mapSurveyFigures(mapId).stages;
    REQUIRE(figures.size() == 3); // purchase, retention, advocacy
    CHECK(figures.at(stageId("Purchase")).responses == 1);

    doc->undoStack()->undo();
    CHECK(fileState().dump == empty);
    CHECK(doc->workspace().responses.empty());
    CHECK(doc->mapSurveyFigures(mapId).stages.empty());
    CHECK(storage::loadSurveyTable(doc->db()).size() == 0);
    doc->undoStack()->redo();
    CHECK(fileState().dump == imported.dump);
    CHECK(doc->workspace().responses.size() == 3);
    REQUIRE(doc->mapSurveyFigures(mapId).stages.size() == 3);
    CHECK(doc->mapSurveyFigures(mapId).stages.at(stageId("Advocacy")).nps->value
          == figures.at(stageId("Advocacy")).nps->value);
    CHECK(doc->db().queryInt("SELECT COUNT(DISTINCT import_id) FROM survey_columns") == 1);

    // "Undo this import" in the history, itself undoable.
    ImportHistory history(*doc);
    REQUIRE(history.table()->rowCount() == 1);
    CHECK(history.table()->item(0, 0)->text() == QStringLiteral("surveymonkey.csv"));
    CHECK(history.table()->item(0, 2)->text() == QStringLiteral("3"));
    CHECK_FALSE(history.undoButton()->isEnabled());
    history.selectImport(imported.imports[0].id);
    REQUIRE(history.undoButton()->isEnabled());
    history.undoButton()->click();
    CHECK(fileState().dump == empty);
    CHECK(history.table()->rowCount() == 0);
    doc->undoStack()->undo();
    CHECK(fileState().dump == imported.dump);
    CHECK(history.table()->rowCount() == 1);
}

TEST_CASE_METHOD(ImportFixture,
                 "a structural edit keeps the mirrored responses without reading them again",
                 "[gui][metrics][import]")
{
    ImportSurveyDialog dialog(*doc);
    dialog.setFilePath(fixture("surveymonkey.csv"));
    dialog.accept();
    REQUIRE(doc->workspace().responses.size() == 3);
    const auto *mirrored = doc->workspace().responses.data();
    const auto responses = doc->workspace().responses;

    // Removing a stage reloads the whole mirror; the responses are the same objects.
    const auto stage = doc->workspace().stages.front();
    REQUIRE(doc->execute(new RemoveStageCommand(*doc, stage)));
    CHECK(doc->workspace().stages.size() == 4);
    CHECK(doc->workspace().responses.data() == mirrored);
    CHECK(doc->workspace().responses == responses);

    // Undoing the import changes the stored responses: the mirror reads them again.
    doc->undoStack()->undo(); // the stage
    doc->undoStack()->undo(); // the import
    CHECK(doc->workspace().responses.empty());
    doc->undoStack()->redo();
    CHECK(doc->workspace().responses == responses);
}

TEST_CASE_METHOD(ImportFixture,
                 "a large export is read on a worker thread with a busy bar, then imported",
                 "[gui][metrics][import]")
{
    {
        // Closed while reading: the worker is waited for, nothing is imported.
        ImportSurveyDialog dialog(*doc);
        dialog.setBackgroundBytes(0); // every file counts as large
        dialog.setFilePath(fixture("qualtrics.csv"));
        CHECK(dialog.isReading());
    }
    QCoreApplication::processEvents();
    CHECK(fileState().imports.empty());

    ImportSurveyDialog dialog(*doc);
    dialog.setBackgroundBytes(0);
    dialog.setFilePath(fixture("qualtrics.csv"));
    dialog.setFilePath(fixture("surveymonkey.csv")); // the first read's result is dropped
    // The result only arrives through the event loop, so this state is certain here.
    CHECK(dialog.isReading());
    CHECK_FALSE(dialog.result());
    CHECK_FALSE(dialog.busyBar()->isHidden());
    CHECK(dialog.summaryLabel()->text() == QStringLiteral("Reading surveymonkey.csv..."));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // Drawn without showing it: showing runs the event loop, which would deliver the result.
    dialog.resize(900, 600);
    dialog.layout()->activate();
    test::saveScreenshot(dialog, QStringLiteral("import-dialog-reading.png"));
    CHECK(dialog.isReading());

    dialog.waitForReading();
    CHECK_FALSE(dialog.isReading());
    CHECK(dialog.busyBar()->isHidden());
    REQUIRE(dialog.result());
    CHECK(dialog.result()->table.size() == 3);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("SurveyMonkey")));
    dialog.layout()->activate();
    test::saveScreenshot(dialog, QStringLiteral("import-dialog-surveymonkey.png"));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.accept(); // the write: one command, on this thread
    const auto state = fileState();
    REQUIRE(state.imports.size() == 1);
    CHECK(state.imports[0].fileName == "surveymonkey.csv");
    CHECK(state.responses.size() == 3);
    CHECK(doc->undoStack()->count() == 1);
}

TEST_CASE_METHOD(ImportFixture, "the date order is chosen when the values leave it open",
                 "[gui][metrics][import]")
{
    const std::string csv = dir.file("ambiguous.csv");
    FILE *out = std::fopen(csv.c_str(), "w");
    std::fputs("nps,Response date\n9,05/03/2024\n3,06/03/2024 14:22\n", out);
    std::fclose(out);
    ImportSurveyDialog dialog(*doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFilePath(QString::fromStdString(csv));
    CHECK_FALSE(dialog.result()); // 05/03 could be 5 March or 3 May: never guessed
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.dateOrderLabel()->text()
          == QStringLiteral("Choose the order of day and month: the file does not say."));

    // The user picks "Day first" with the keyboard, as they would.
    QComboBox *order = dialog.dateOrderBox();
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down);
    REQUIRE(order->currentData().toString() == QStringLiteral("dmy"));
    REQUIRE(dialog.result());
    CHECK(dialog.dateOrderLabel()->text()
          == QStringLiteral(
              "\"Response date\": day first (dmy), as chosen (every date could be either)."));
    // Month first instead, then back: the decision follows the box.
    QTest::keyClick(order, Qt::Key_Down);
    REQUIRE(dialog.result());
    CHECK(dialog.result()->table.date.at(0) == metrics::CivilDate {2024, 5, 3}.toDays());
    QTest::keyClick(order, Qt::Key_Up);
    REQUIRE(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    const auto state = fileState();
    REQUIRE(state.responses.size() == 2);
    CHECK(state.responses[0].date == "2024-03-05");
    CHECK(state.responses[1].date == "2024-03-06");
}

TEST_CASE_METHOD(ImportFixture, "the dialog shows the decided date order and the filtered rows",
                 "[gui][metrics][import]")
{
    ImportSurveyDialog dialog(*doc);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFilePath(fixture("uk_excel.csv"));
    REQUIRE(dialog.result());
    CHECK(dialog.dateOrderLabel()->text()
          == QStringLiteral(
              "\"Response date\": day first (dmy), decided from the values (line 3: 14/03/2024)."));
    // Choosing month first contradicts 14/03/2024: refused, with the line.
    QComboBox *order = dialog.dateOrderBox();
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down);
    QTest::keyClick(order, Qt::Key_Down);
    REQUIRE(order->currentData().toString() == QStringLiteral("mdy"));
    CHECK_FALSE(dialog.result());
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.setFilePath(fixture("qualtrics_choicetext.csv"));
    QTest::keyClick(order, Qt::Key_Home); // automatic
    REQUIRE(dialog.result());
    CHECK(dialog.summaryLabel()->text().contains(
        QStringLiteral("Left out by Qualtrics' filters (not bad rows): 2 survey preview(s), 1 "
                       "spam response(s), 1 unfinished response(s).")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("6 rows can be imported.")));
    CHECK(dialog.dateOrderLabel()->text()
          == QStringLiteral("\"RecordedDate\" is written year first: nothing to decide."));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    const auto state = fileState();
    REQUIRE(state.imports.size() == 1);
    CHECK(state.imports[0].rows == 6);
    CHECK(state.imports[0].rejected == 0);
}
