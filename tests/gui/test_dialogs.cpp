#include "app/commands/mapcommands.h"
#include "app/mapeditor/mapeditor.h"
#include "app/newmapdialog.h"
#include "app/personadialog.h"
#include "interchange/demo.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace ts;
using namespace ts::test;

namespace {

template<typename W> W *field(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<W *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

const Persona *personaNamed(const Workspace &w, const std::string &name)
{
    for (const auto &p : w.personas)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE_METHOD(WindowFixture, "the persona editor creates a persona with a photo, and edits it",
                 "[gui][dialogs]")
{
    auto *dialog = window->editPersona(0);
    REQUIRE(dialog);
    CHECK(dialog->isVisible()); // open, not exec: the test goes on
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Fleet buyer"));
    field<QLineEdit>(dialog, "segment")->setText(QStringLiteral("Small business"));
    field<QPlainTextEdit>(dialog, "goals")->setPlainText(QStringLiteral("Vans on the road"));
    field<QPlainTextEdit>(dialog, "needs")->setPlainText(QStringLiteral("Loan vans"));
    field<QPlainTextEdit>(dialog, "frustrations")
        ->setPlainText(QStringLiteral("Surprise invoices"));
    field<QPlainTextEdit>(dialog, "quote")
        ->setPlainText(QStringLiteral("Every day off the road costs me"));

    QImage photo(1200, 900, QImage::Format_RGB32);
    photo.fill(QColor(0x4E, 0x79, 0xA7));
    const QString photoPath = QString::fromStdString(dir.file("photo.png"));
    REQUIRE(photo.save(photoPath));
    CHECK(dialog->setPhotoFromFile(photoPath));
    CHECK_FALSE(field<QLabel>(dialog, "photo")->pixmap().isNull());
    CHECK_FALSE(dialog->setPhotoFromFile(QString::fromStdString(path))); // a workspace is no image
    CHECK(field<QLabel>(dialog, "problem")->isVisible());
    dialog->accept();

    const auto state = file();
    const auto *stored = personaNamed(state, "Fleet buyer");
    REQUIRE(stored);
    CHECK(stored->segment == "Small business");
    CHECK(stored->frustrations == "Surprise invoices");
    CHECK(stored->quote == "Every day off the road costs me");
    const QImage storedPhoto = QImage::fromData(QByteArray::fromStdString(stored->photo));
    CHECK(storedPhoto.width() == 512); // scaled down, kept in proportion
    CHECK(storedPhoto.height() == 384);
    CHECK(window->navigator()->itemFor(app::Area::Persona, stored->id));

    const Id id = stored->id;
    dialog = window->editPersona(id);
    CHECK(field<QLineEdit>(dialog, "name")->text() == QStringLiteral("Fleet buyer"));
    field<QPlainTextEdit>(dialog, "quote")
        ->setPlainText(QStringLiteral("Tell me before you start work"));
    dialog->removePhoto();
    dialog->accept();
    CHECK(findById(file().personas, id)->quote == "Tell me before you start work");
    CHECK(findById(file().personas, id)->photo.empty());
    doc().undoStack()->undo();
    CHECK(findById(file().personas, id)->quote == "Every day off the road costs me");
}

TEST_CASE_METHOD(WindowFixture, "a persona needs a name and the dialog says so and stays open",
                 "[gui][dialogs]")
{
    auto *dialog = window->editPersona(0);
    const auto personas = file().personas.size();
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(field<QLabel>(dialog, "problem")->text().contains(QStringLiteral("needs a name")));
    CHECK(file().personas.size() == personas);
    dialog->reject();
}

TEST_CASE_METHOD(WindowFixture, "Map > Edit persona on a map without one makes a persona for it",
                 "[gui][dialogs]")
{
    auto *editor = window->currentMapEditor();
    REQUIRE(editor);
    const Id mapId = editor->mapId();
    const auto map = *findById(doc().workspace().maps, mapId);
    auto cleared = map;
    cleared.personaId = 0;
    REQUIRE(doc().execute(new app::EditMapCommand(doc(), map, cleared)));
    window->action(QStringLiteral("mapEditPersona"))->trigger();
    auto *dialog = window->findChild<app::PersonaDialog *>();
    REQUIRE(dialog);
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("First-time buyer"));
    const int commands = doc().undoStack()->count();
    dialog->accept();
    const auto state = file();
    const auto *persona = personaNamed(state, "First-time buyer");
    REQUIRE(persona);
    CHECK(findById(file().maps, mapId)->personaId == persona->id);
    CHECK(doc().undoStack()->count() == commands + 1); // one step: add and assign
    doc().undoStack()->undo();
    CHECK_FALSE(personaNamed(file(), "First-time buyer"));
    CHECK(findById(file().maps, mapId)->personaId == 0);
}

TEST_CASE_METHOD(WindowFixture, "new map from each template opens the new map's tab",
                 "[gui][dialogs]")
{
    const Id persona = doc().workspace().personas.front().id;
    for (const auto &t : interchange::mapTemplates()) {
        INFO(t.id);
        auto *dialog = window->newMapFromTemplate();
        REQUIRE(dialog);
        REQUIRE(dialog->selectTemplate(QString::fromStdString(t.id)));
        field<QLineEdit>(dialog, "name")
            ->setText(QStringLiteral("From ") + QString::fromStdString(t.id));
        auto *personaBox = field<QComboBox>(dialog, "persona");
        personaBox->setCurrentIndex(personaBox->findData(qlonglong(persona)));
        dialog->accept();
        const Id mapId = dialog->createdMapId();
        REQUIRE(mapId);
        REQUIRE(window->currentMapEditor());
        CHECK(window->currentMapEditor()->mapId() == mapId);
        const auto state = file();
        const auto *map = findById(state.maps, mapId);
        REQUIRE(map);
        CHECK(map->name == "From " + t.id);
        CHECK(map->personaId == persona);
        CHECK(std::count_if(state.stages.begin(), state.stages.end(),
                            [&](const Stage &s) { return s.mapId == mapId; })
              >= 1);
        if (t.id != "blank")
            CHECK(std::any_of(state.cards.begin(), state.cards.end(),
                              [&](const Card &c) { return c.mapId == mapId; }));
    }
    CHECK(interchange::mapTemplates().size() >= 4);
    // Undo takes the map away again, and its tab with it.
    const int tabs = window->tabs()->count();
    doc().undoStack()->undo();
    CHECK(window->tabs()->count() == tabs - 1);
}

TEST_CASE_METHOD(WindowFixture, "screenshot of the persona editor", "[gui][dialogs][screenshot]")
{
    const auto &persona = doc().workspace().personas.front();
    auto *dialog = window->editPersona(persona.id);
    dialog->resize(760, 560);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    saveScreenshot(*dialog, QStringLiteral("persona-editor.png"));
    dialog->reject();
}
