// Survey scores stay on the journey map the import describes (issue 13, item 10), driven as a
// user would: the journey choice in the import dialog, a new map that shows no foreign figures,
// a stage renamed in the editor that keeps its figures.
#include "app/commands/mapcommands.h"
#include "app/mapeditor/figurebadgeitem.h"
#include "app/mapeditor/mapeditor.h"
#include "app/mapeditor/mapscene.h"
#include "app/mapeditor/mapview.h"
#include "app/metrics/importhistory.h"
#include "app/metrics/importsurveydialog.h"
#include "app/workspacedocument.h"
#include "guiapp.h"
#include "storage/maprepository.h"
#include "storage/surveyrepository.h"
#include "storage/workspacefile.h"
#include "support/tempdir.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsView>
#include <QLabel>
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

struct ScopeFixture
{
    test::TempDir dir;
    std::string path = dir.file("scope.cxw");
    std::unique_ptr<WorkspaceDocument> doc;

    ScopeFixture()
    {
        test::guiApplication();
        storage::WorkspaceFile::create(path, [](storage::Database &db) {
            storage::MapRepository(db).createDefault("Car purchase"); // the five usual stages
        }).reset();
        doc = std::make_unique<WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    }
    Id stageNamed(Id mapId, const std::string &name) const
    {
        for (const auto &s : doc->workspace().stages)
            if (s.mapId == mapId && s.name == name)
                return s.id;
        return 0;
    }
    std::vector<SurveyImport> storedImports() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        return storage::SurveyRepository(reader->db()).imports();
    }
};

// Ticks a check box where a user clicks it: on its box, at the left (a wide box's middle may
// lie past its text, where a click does nothing).
void tick(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

// For looking at, and for docs/images.
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    CHECK(widget.grab().save(folder + QLatin1Char('/') + name));
}

int badgesIn(MapScene &scene)
{
    int badges = 0;
    for (auto *item : scene.items())
        badges += dynamic_cast<FigureBadgeItem *>(item) != nullptr;
    return badges;
}

} // namespace

TEST_CASE_METHOD(ScopeFixture,
                 "a survey shows on the map it describes only, and a renamed stage keeps it",
                 "[gui][metrics][scope]")
{
    const Id carMap = doc->workspace().maps.front().id;
    {
        // One map: the dialog proposes it, and says how many of the survey's names match it.
        ImportSurveyDialog dialog(*doc);
        CHECK(dialog.journeyBox()->currentData().toLongLong() == carMap);
        dialog.setFilePath(fixture("surveymonkey.csv")); // purchase, retention, advocacy
        REQUIRE(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    }
    REQUIRE(storedImports().size() == 1);
    CHECK(storedImports().front().mapIds == std::vector<Id> {carMap});
    const Id advocacy = stageNamed(carMap, "Advocacy");
    REQUIRE(doc->mapSurveyFigures(carMap).stages.count(advocacy) == 1);
    const auto advocacyN = doc->mapSurveyFigures(carMap).stages.at(advocacy).responses;

    // A new map with the same stage names shows none of that survey.
    AddMapCommand *add = new AddMapCommand(*doc, "Retail store", "blank", 0);
    REQUIRE(doc->execute(add));
    const Id retail = add->newMapId();
    REQUIRE(stageNamed(retail, "Advocacy") > 0);
    {
        MapEditor editor(*doc, retail);
        editor.resize(1600, 900);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        CHECK(editor.scene()->figures().empty());
        CHECK(badgesIn(*editor.scene()) == 0);
        saveScreenshot(editor, QStringLiteral("map-scoped-new-map.png"));
    }

    // Rename "Advocacy" on the car map by typing over its header: its figures stay.
    MapEditor editor(*doc, carMap);
    editor.resize(1600, 900);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *scene = editor.scene();
    const int badgesBefore = badgesIn(*scene);
    CHECK(badgesBefore >= 3);
    auto *view = editor.view();
    const QPointF center = scene->layout().stage(advocacy)->header.center();
    view->ensureVisible(QRectF(center, QSizeF(1, 1)));
    const QPoint at = view->mapFromScene(center);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(scene->isTyping());
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(view, QStringLiteral("Loyalty"));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(stageNamed(carMap, "Loyalty") == advocacy);
    REQUIRE(scene->figures().stages.count(advocacy) == 1);
    CHECK(scene->figures().stages.at(advocacy).details.contains(QStringLiteral("Stage Loyalty")));
    CHECK(doc->mapSurveyFigures(carMap).stages.at(advocacy).responses == advocacyN);
    CHECK(badgesIn(*scene) == badgesBefore);
    QTest::qWait(20);
    saveScreenshot(editor, QStringLiteral("map-scoped-renamed-stage.png"));
}

TEST_CASE_METHOD(ScopeFixture, "with several maps the dialog asks which one the survey describes",
                 "[gui][metrics][scope]")
{
    AddMapCommand *add = new AddMapCommand(*doc, "Retail store", "blank", 0);
    REQUIRE(doc->execute(add));
    const Id retail = add->newMapId();
    ImportSurveyDialog dialog(*doc);
    dialog.show();
    dialog.setFilePath(fixture("surveymonkey.csv"));
    REQUIRE(dialog.result());
    // Nothing is proposed: the import waits for a choice.
    CHECK(dialog.journeyBox()->currentData().toLongLong() == ImportSurveyDialog::kNoMapChosen);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // The user picks "Retail store" from the list with the keyboard.
    dialog.journeyBox()->setFocus();
    QTest::keyClick(dialog.journeyBox(), Qt::Key_Down); // Car purchase
    QTest::keyClick(dialog.journeyBox(), Qt::Key_Down); // Retail store
    REQUIRE(dialog.journeyBox()->currentData().toLongLong() == retail);
    CHECK(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    const auto imports = storedImports();
    REQUIRE(imports.size() == 1);
    CHECK(imports.front().mapIds == std::vector<Id> {retail});
    CHECK_FALSE(imports.front().stageLinks.empty());
    const Id carMap = doc->workspace().maps.front().id;
    CHECK(doc->mapSurveyFigures(carMap).stages.empty());
    CHECK_FALSE(doc->mapSurveyFigures(retail).stages.empty());
}

TEST_CASE("a survey imported before its map existed is put on the map from the import history",
          "[gui][metrics][scope]")
{
    test::guiApplication();
    test::TempDir dir;
    const auto path = dir.file("early.cxw");
    storage::WorkspaceFile::create(path).reset(); // no map yet
    WorkspaceDocument doc(
        storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    {
        ImportSurveyDialog dialog(doc);
        CHECK(dialog.journeyBox()->currentText().startsWith(QStringLiteral("No journey map")));
        dialog.setFilePath(fixture("surveymonkey.csv"));
        REQUIRE(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    }
    REQUIRE(doc.workspace().surveyImports.size() == 1);
    CHECK(doc.workspace().surveyImports.front().mapIds.empty());
    auto *add = new AddMapCommand(doc, "Car purchase", "blank", 0);
    REQUIRE(doc.execute(add));
    const Id map = add->newMapId();
    CHECK(doc.mapSurveyFigures(map).stages.empty()); // not linked by itself

    ImportHistory history(doc);
    history.show();
    REQUIRE(history.table()->rowCount() == 1);
    CHECK(history.table()->item(0, 4)->text() == QStringLiteral("none"));
    QTest::mouseClick(history.table()->viewport(), Qt::LeftButton, {},
                      history.table()->visualItemRect(history.table()->item(0, 0)).center());
    REQUIRE(history.journeyBox()->isEnabled());
    CHECK(history.journeyBox()->currentData().toLongLong() == ImportHistory::kNoMap);
    history.journeyBox()->setFocus();
    QTest::keyClick(history.journeyBox(), Qt::Key_Home); // "Car purchase", the first entry
    REQUIRE(doc.workspace().surveyImports.front().mapIds == std::vector<Id> {map});
    CHECK(history.table()->item(0, 4)->text() == QStringLiteral("Car purchase"));
    CHECK(doc.mapSurveyFigures(map).stages.size() == 3); // purchase, retention, advocacy
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        CHECK(storage::SurveyRepository(reader->db()).imports().front().stageLinks.size() == 3);
    }
    doc.undoStack()->undo();
    CHECK(doc.workspace().surveyImports.front().mapIds.empty());
    CHECK(doc.mapSurveyFigures(map).stages.empty());
}

TEST_CASE_METHOD(ScopeFixture, "the dialog says when a survey was imported before, and waits",
                 "[gui][metrics][again]")
{
    auto importOnce = [&] {
        ImportSurveyDialog dialog(*doc);
        dialog.setFilePath(fixture("qualtrics.csv"));
        dialog.agreeBox()->setChecked(true); // its one bad row is left out
        return dialog.importButton()->isEnabled();
    };
    {
        ImportSurveyDialog dialog(*doc);
        dialog.show();
        dialog.setFilePath(fixture("qualtrics.csv"));
        CHECK(dialog.earlierLabel()->isHidden());
        tick(dialog.agreeBox());
        REQUIRE(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    }
    REQUIRE(storedImports().size() == 1);
    CHECK_FALSE(storedImports().front().contentHash.empty());
    CHECK(storedImports().front().responseIds.hashes.size() == 4);
    CHECK_FALSE(importOnce());

    ImportSurveyDialog dialog(*doc);
    dialog.show();
    dialog.setFilePath(fixture("qualtrics.csv"));
    tick(dialog.agreeBox());
    REQUIRE(dialog.earlierLabel()->isVisible());
    CHECK(dialog.earlierLabel()->text().contains(QStringLiteral("the same file was imported on ")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    tick(dialog.againBox());
    REQUIRE(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(storedImports().size() == 2);
}

TEST_CASE_METHOD(ScopeFixture, "the dialog maps by values, says why, and asks when it cannot tell",
                 "[gui][metrics][mapping]")
{
    ImportSurveyDialog dialog(*doc);
    dialog.show();
    // A yes/no "Would you recommend us?" beside the real 0-10 question.
    dialog.setFilePath(fixture("recommend_yesno.csv"));
    REQUIRE(dialog.result());
    CHECK(dialog.fieldBox(2)->currentData().toString().isEmpty());
    CHECK(dialog.fieldBox(3)->currentData().toString() == QStringLiteral("nps"));
    const auto *why = dialog.mappingTable()->item(2, ImportSurveyDialog::Why);
    REQUIRE(why);
    CHECK(why->text().contains(QStringLiteral("yes/no")));
    CHECK(dialog.importButton()->isEnabled());

    // "Score" holds 0-10 (nps by its values); "Rating" 1-5, which could be csat, ces or nps.
    dialog.resize(980, 640);
    dialog.setFilePath(fixture("generic_score.csv"));
    QTest::qWait(20);
    saveScreenshot(dialog, QStringLiteral("import-dialog-question.png"));
    CHECK_FALSE(dialog.result());
    CHECK_FALSE(dialog.errorLabel()->isHidden());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("\"Rating\"")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    // The user says what Rating is, with the keyboard in its list.
    dialog.fieldBox(3)->setFocus();
    QTest::keyClicks(dialog.fieldBox(3), QStringLiteral("csat"));
    REQUIRE(dialog.fieldBox(3)->currentData().toString() == QStringLiteral("csat"));
    REQUIRE(dialog.result());
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.fieldBox(2)->currentData().toString() == QStringLiteral("nps"));
    CHECK(dialog.result()->mapping.fields[2] == metrics::Field::Nps);
    CHECK(dialog.result()->mapping.fields[3] == metrics::Field::Csat);

    // A SurveyMonkey multi-select question: its answer columns are one touchpoint.
    dialog.setFilePath(fixture("surveymonkey_multiselect.csv"));
    REQUIRE(dialog.result());
    for (int c : {10, 11, 12})
        CHECK(dialog.fieldBox(c)->currentData().toString() == QStringLiteral("touchpoint"));
    CHECK(dialog.fieldBox(8)->currentData().toString() == QStringLiteral("customer_id"));
    const auto &table = dialog.result()->table;
    REQUIRE(table.size() == 5);
    CHECK(table.record(0).touchpoint == "Email");
    CHECK(table.record(1).touchpoint == "Phone");
    CHECK(table.record(2).touchpoint.empty()); // chose two: no touchpoint, and counted
    CHECK(table.record(3).touchpoint == "Chat");
    CHECK(table.record(0).customerId == "C01");
}
