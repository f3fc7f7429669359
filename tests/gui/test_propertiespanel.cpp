#include "app/cardform.h"
#include "app/mapeditor/mapeditor.h"
#include "app/propertiespanel.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUndoStack>

using namespace ts;
using namespace ts::test;

namespace {

// What a user's pick in a combo box does (activated is only emitted for user choices).
void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

struct PanelFixture : WindowFixture
{
    app::MapEditor *editor = window->currentMapEditor();
    app::PropertiesPanel *panel = window->propertiesPanel();
    app::CardForm *form = panel->cardForm();

    Id select(CardKind kind)
    {
        const Card *card = firstCard(editor->mapId(), kind);
        REQUIRE(card);
        const Id id = card->id;
        selectCard(editor, id);
        REQUIRE(form->cardId() == id);
        return id;
    }
    int commands() const { return window->document()->undoStack()->count(); }
    Card stored(Id id) const { return *findById(file().cards, id); }
};

} // namespace

TEST_CASE_METHOD(PanelFixture,
                 "a touchpoint's channel, online, department and scores: one edit each",
                 "[gui][properties]")
{
    const Id id = select(CardKind::Touchpoint);
    CHECK(form->channelBox()->isVisible());
    CHECK(form->currentScoreBox()->isVisible());
    CHECK_FALSE(form->severityBox()->isVisible());
    CHECK_FALSE(form->dimensionBox()->isVisible());
    int count = commands();

    choose(form->channelBox(), QStringLiteral("phone"));
    CHECK(stored(id).channel == std::optional<std::string>("phone"));
    CHECK(commands() == ++count);

    const bool online = stored(id).online.value_or(false);
    form->onlineBox()->click();
    CHECK(stored(id).online == std::optional<bool>(!online));
    CHECK(commands() == ++count);

    const Id department = doc().workspace().departments.back().id;
    choose(form->departmentBox(), qlonglong(department));
    CHECK(stored(id).departmentId == department);
    CHECK(commands() == ++count);

    form->currentScoreBox()->setValue(6.5);
    form->targetScoreBox()->setValue(9);
    CHECK(stored(id).currentScore == std::optional<double>(6.5));
    CHECK(stored(id).targetScore == std::optional<double>(9.0));
    CHECK(commands() == count + 2);
    form->targetScoreBox()->setValue(form->targetScoreBox()->minimum()); // "—": no target
    CHECK_FALSE(stored(id).targetScore);

    window->document()->undoStack()->undo();
    CHECK(stored(id).targetScore == std::optional<double>(9.0));
    CHECK(form->targetScoreBox()->value() == 9.0);
}

TEST_CASE_METHOD(PanelFixture,
                 "a pain point's severity, frequency and evidence, and an opportunity's dimension",
                 "[gui][properties]")
{
    const Id pain = select(CardKind::PainPoint);
    CHECK_FALSE(form->channelBox()->isVisible());
    CHECK(form->evidenceEdit()->isVisible());
    choose(form->severityBox(), int(Severity::Critical));
    choose(form->frequencyBox(), int(Frequency::Constant));
    CHECK(stored(pain).severity == Severity::Critical);
    CHECK(stored(pain).frequency == Frequency::Constant);

    const int count = commands();
    form->evidenceEdit()->setFocus();
    form->evidenceEdit()->setPlainText(
        QStringLiteral("\"Nobody called me back\"\n\"I waited 40 minutes\""));
    form->notesEdit()->setFocus(); // leaving the field commits it
    CHECK(stored(pain).evidence == "\"Nobody called me back\"\n\"I waited 40 minutes\"");
    CHECK(commands() == count + 1);
    // Text typed and not yet committed is not lost when the selection moves on.
    form->notesEdit()->setPlainText(QStringLiteral("Seen in 3 of 5 interviews"));
    const Id idea = select(CardKind::Opportunity);
    CHECK(stored(pain).notes == "Seen in 3 of 5 interviews");

    CHECK(form->dimensionBox()->isVisible());
    CHECK_FALSE(form->evidenceEdit()->isVisible());
    choose(form->dimensionBox(), int(Dimension::People));
    CHECK(stored(idea).dimension == Dimension::People);
}

TEST_CASE_METHOD(PanelFixture, "several cards, or none: the count, or the map's name and persona",
                 "[gui][properties]")
{
    const Id a = firstCard(editor->mapId(), CardKind::Touchpoint)->id;
    const Id b = firstCard(editor->mapId(), CardKind::PainPoint)->id;
    selectCard(editor, a);
    selectCard(editor, b); // selectCard replaces the selection: show two through the panel
    panel->showSelection(editor->mapId(), {a, b});
    CHECK(panel->summary()->isVisible());
    CHECK(panel->summary()->text() == QStringLiteral("2 cards selected"));

    panel->showSelection(editor->mapId(), {});
    REQUIRE(panel->mapNameEdit()->isVisible());
    const Id mapId = editor->mapId();
    const Id other = doc().workspace().personas.back().id;
    choose(panel->personaBox(), qlonglong(other));
    CHECK(findById(file().maps, mapId)->personaId == other);
    panel->mapNameEdit()->setFocus();
    panel->mapNameEdit()->setText(QStringLiteral("Buying a family car"));
    QTest::keyClick(panel->mapNameEdit(), Qt::Key_Return);
    CHECK(findById(file().maps, mapId)->name == "Buying a family car");
    CHECK(window->tabs()->tabText(window->tabs()->currentIndex())
          == QStringLiteral("Buying a family car"));
    CHECK(window->navigator()->itemFor(app::Area::Map, mapId)->text(0)
          == QStringLiteral("Buying a family car"));
    window->document()->undoStack()->undo();
    CHECK(window->tabs()->tabText(window->tabs()->currentIndex())
          != QStringLiteral("Buying a family car"));
}
