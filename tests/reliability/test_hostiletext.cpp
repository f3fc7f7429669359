// User text never turns into markup: a workspace whose every name, title and comment carries
// <b>, <img> and <a href> is shown in the whole window and in the PDF, and everywhere the text
// appears it reads literally. Labels left on Qt::AutoText and every tooltip go through Qt's
// rich-text guess (Qt::mightBeRichText), which is what this test replays.
#include "app/mainwindow.h"
#include "app/mapeditor/mapeditor.h"
#include "app/plaintext.h"
#include "app/roadmap/roadmapeditor.h"
#include "app/workspacedocument.h"
#include "app/workspacenavigator.h"
#include "gui/windowfixture.h"
#include "interchange/demo.h"
#include "report/pdfreport.h"
#include "unit/report/pdftools.h"

#include <QAbstractItemView>
#include <QAction>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QTabBar>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace ts;

namespace {

const std::string kHostile = "<b>bold</b> <img src=x> <a href='http://e'>link</a> ";

void taint(std::string &text)
{
    text = kHostile + text;
}

// Every piece of user text in the demo workspace starts with markup.
Workspace hostileWorkspace()
{
    Workspace w = interchange::demoWorkspace();
    taint(w.canvas.organisation);
    taint(w.canvas.businessPurpose);
    taint(w.canvas.cxVision);
    for (auto &g : w.orgGoals)
        taint(g.title);
    for (auto &c : w.communicationPlan)
        taint(c.audience), taint(c.message);
    for (auto &d : w.departments)
        taint(d.name), taint(d.leader);
    for (auto &g : w.departmentGoals)
        taint(g.title);
    for (auto &p : w.personas)
        taint(p.name), taint(p.segment), taint(p.quote);
    for (auto &m : w.maps)
        taint(m.name);
    for (auto &s : w.stages)
        taint(s.name);
    for (auto &l : w.lanes)
        taint(l.title);
    for (auto &c : w.cards)
        taint(c.title), taint(c.notes);
    for (auto &i : w.initiatives)
        taint(i.title), taint(i.description), taint(i.owner);
    for (auto &a : w.authors)
        taint(a.name);
    for (auto &r : w.reviews)
        taint(r.reason);
    for (auto &c : w.comments)
        taint(c.text);
    return w;
}

// What Qt shows for `text` in a given format; AutoText is Qt's guess, as tooltips use it.
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    if (format == Qt::MarkdownText)
        document.setMarkdown(text);
    else
        document.setHtml(text);
    return document.toPlainText();
}

struct Scan
{
    QStringList broken; // where the markup was obeyed
    int checked = 0; // places that showed hostile text, read literally
    void look(const QString &where, const QString &raw, Qt::TextFormat format = Qt::AutoText)
    {
        const QString text = shown(raw, format);
        if (!raw.contains(QLatin1String("bold")))
            return;
        if (text.contains(QLatin1String("<b>bold</b> <img src=x> <a href='http://e'>link</a>")))
            ++checked;
        else
            broken << where + QStringLiteral(": ") + raw.left(120);
    }
};

void scanModel(Scan &scan, const QString &where, const QAbstractItemModel *model,
               const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const auto index = model->index(r, c, parent);
            scan.look(where + QStringLiteral(" cell"), index.data(Qt::DisplayRole).toString(),
                      Qt::PlainText);
            scan.look(where + QStringLiteral(" cell tooltip"),
                      index.data(Qt::ToolTipRole).toString());
            if (c == 0 && model->hasChildren(index))
                scanModel(scan, where, model, index);
        }
}

void scanWidget(Scan &scan, QWidget *root)
{
    auto widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (auto *widget : widgets) {
        const QString where = QString::fromLatin1(widget->metaObject()->className())
            + QLatin1Char(' ') + widget->objectName();
        scan.look(where + QStringLiteral(" tooltip"), widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            scan.look(where, label->text(), label->textFormat());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
            scanModel(scan, where, view->model());
        if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                scan.look(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i));
        if (auto *view = qobject_cast<QGraphicsView *>(widget); view && view->scene())
            for (auto *item : view->scene()->items()) {
                scan.look(where + QStringLiteral(" item tooltip"), item->toolTip());
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                    scan.look(where + QStringLiteral(" text item"), text->toPlainText(),
                              Qt::PlainText);
            }
    }
    for (auto *action : root->findChildren<QAction *>())
        scan.look(QStringLiteral("action tooltip"), action->toolTip());
}

} // namespace

TEST_CASE("plainToolTip keeps user text literal whichever way Qt guesses", "[reliability][text]")
{
    test::guiApplication();
    for (const QString &text :
         {QStringLiteral("<b>bold</b> <img src=x>"), QStringLiteral("a < b & c"),
          QStringLiteral("Plain words"), QStringLiteral("&amp; <br>x"), QString()}) {
        INFO(text.toStdString());
        CHECK(shown(app::plainToolTip(text)) == text);
    }
}

TEST_CASE("hostile text: markup in names, titles and comments shows literally in every view",
          "[reliability][text][gui]")
{
    test::IsolatedSettings settings;
    test::TempDir dir;
    const auto path = dir.file("hostile <b>name.cxw");
    storage::WorkspaceFile::create(path, [](storage::Database &db) {
        storage::storeWorkspace(db, hostileWorkspace());
    }).reset();
    app::MainWindow window;
    window.resize(1600, 1000);
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    window.show();
    Scan scan;
    const auto &w = window.document()->workspace();
    for (const auto &map : w.maps) {
        auto *editor = window.openMap(map.id);
        REQUIRE(editor);
        for (const auto &card : w.cards)
            if (card.mapId == map.id) {
                test::selectCard(editor, card.id); // fills the properties panel
                break;
            }
        QCoreApplication::processEvents();
        scanWidget(scan, &window);
    }
    using app::Area;
    for (auto area : {Area::Canvas, Area::Communication, Area::Departments, Area::Personas,
                      Area::Maps, Area::Metrics, Area::Gaps, Area::Roadmap}) {
        window.openArea(area);
        QCoreApplication::processEvents();
        scanWidget(scan, &window);
    }
    if (auto *roadmap = qobject_cast<app::RoadmapEditor *>(window.openArea(Area::Roadmap))) {
        roadmap->selectInitiative(w.initiatives.front().id);
        QCoreApplication::processEvents();
        scanWidget(scan, &window);
    }
    test::saveScreenshot(window, QStringLiteral("hostile-text.png"));
    INFO(scan.broken.join(QLatin1Char('\n')).toStdString());
    CHECK(scan.broken.isEmpty());
    CHECK(scan.checked > 200); // the scan did see the hostile text in many places
}

TEST_CASE("hostile text: markup in user text is printed literally in the PDF report",
          "[reliability][text][pdf]")
{
    test::guiApplication();
    test::TempDir dir;
    const Workspace w = hostileWorkspace();
    report::PdfReport pdf(w);
    const auto file = dir.file("hostile.pdf");
    REQUIRE(pdf.writeFile(QString::fromStdString(file)));
    const auto text = test::squeezed(test::pdfText(file));
    CHECK_THAT(text,
               Catch::Contains("<b>bold</b> <img src=x> <a href='http://e'>link</a> "
                               + interchange::demoWorkspace().initiatives.front().title));
    std::size_t count = 0;
    for (auto at = text.find("<b>bold</b>"); at != std::string::npos;
         at = text.find("<b>bold</b>", at + 1))
        ++count;
    CHECK(count > 50);
}
