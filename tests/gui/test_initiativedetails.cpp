// The roadmap's details panel and "Add link..." picker: links added and removed through the UI
// are in the file at once, and undo / redo take them out and put them back.
#include "app/roadmap/initiativedetails.h"
#include "app/roadmap/linkpicker.h"
#include "app/roadmap/roadmapeditor.h"
#include "app/workspacedocument.h"
#include "demodocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::app;

namespace {

const Initiative &byTitle(const Workspace &w, const std::string &title)
{
    const auto it = std::find_if(w.initiatives.begin(), w.initiatives.end(),
                                 [&](const Initiative &i) { return i.title == title; });
    REQUIRE(it != w.initiatives.end());
    return *it;
}

bool hasLink(const Initiative &i, InitiativeLink link)
{
    return std::find(i.links.begin(), i.links.end(), link) != i.links.end();
}

// The texts under one group heading of the panel's tree ("Pain points (2)" -> its children).
QStringList linkNames(QTreeWidget *tree, const QString &group)
{
    QStringList names;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        if (tree->topLevelItem(g)->text(0).startsWith(group))
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                names << tree->topLevelItem(g)->child(c)->text(0);
    return names;
}

QTreeWidgetItem *linkItem(QTreeWidget *tree, const QString &name)
{
    const auto found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.front();
}

struct DetailsFixture : test::DemoDocument
{
    RoadmapEditor editor {*doc};
    DetailsFixture()
    {
        editor.resize(1600, 1000);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
    }
    InitiativeDetails &details() { return *editor.details(); }
    const Initiative &select(const std::string &title)
    {
        const auto &i = byTitle(doc->workspace(), title);
        editor.selectInitiative(i.id);
        return i;
    }
};

} // namespace

TEST_CASE_METHOD(DetailsFixture, "a pain point linked through the picker is in the file, undoably",
                 "[gui][roadmap][links]")
{
    const Id id = select("Owner app relaunch").id;
    REQUIRE(details().initiative() == id);
    const Card *pain = nullptr;
    for (const auto &c : doc->workspace().cards)
        if (c.kind == CardKind::PainPoint
            && !hasLink(byTitle(doc->workspace(), "Owner app relaunch"),
                        {InitiativeTarget::Card, c.id})) {
            pain = &c;
            break;
        }
    REQUIRE(pain);
    const InitiativeLink link {InitiativeTarget::Card, pain->id};
    const QString title = QString::fromStdString(pain->title);
    const auto linksBefore = byTitle(fileState(), "Owner app relaunch").links;

    QTest::mouseClick(details().addLinkButton(), Qt::LeftButton);
    auto *picker = details().findChild<LinkPicker *>();
    REQUIRE(picker);
    REQUIRE(picker->isVisible());
    const int all = picker->visibleCount();
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("purchase"));
    QTest::qWait(20);
    QDir().mkpath(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots"));
    picker->grab().save(QStringLiteral(TOUCHSTONE_BINARY_DIR "/screenshots/link-picker.png"));
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), title);
    CHECK(picker->visibleCount() < all);
    CHECK(picker->visibleCount() >= 1);
    // The first pickable row is chosen as one types; make sure it is this pain point.
    auto *list = picker->list();
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, 0).data().toString() == title)
            list->setCurrentIndex(list->model()->index(row, 0));
    REQUIRE(picker->chosenLinks() == std::vector<InitiativeLink> {link});
    auto *ok = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    auto stored = byTitle(fileState(), "Owner app relaunch");
    CHECK(stored.links.size() == linksBefore.size() + 1);
    CHECK(stored.links.back() == link);
    CHECK(linkNames(details().linkTree(), QStringLiteral("Pain points")) == QStringList {title});
    CHECK(doc->undoStack()->undoText()
          == QStringLiteral("Link \"Owner app relaunch\" to \"%1\"").arg(title));
    CHECK(editor.table()->item(editor.table()->currentRow(), 11)->text()
          == QString::number(stored.links.size()));

    doc->undoStack()->undo();
    CHECK(byTitle(fileState(), "Owner app relaunch").links == linksBefore);
    CHECK(linkNames(details().linkTree(), QStringLiteral("Pain points")).isEmpty());
    doc->undoStack()->redo();
    CHECK(byTitle(fileState(), "Owner app relaunch").links == stored.links);
    CHECK(linkNames(details().linkTree(), QStringLiteral("Pain points")) == QStringList {title});
}

TEST_CASE_METHOD(DetailsFixture, "removing a link takes it out of the file; undo puts it back",
                 "[gui][roadmap][links]")
{
    const auto before = select("Real-time test-drive booking");
    REQUIRE(before.links.size() == 4);
    const auto goal = std::find_if(before.links.begin(), before.links.end(), [](const auto &l) {
        return l.target == InitiativeTarget::OrgGoal;
    });
    REQUIRE(goal != before.links.end());
    const QString goalTitle
        = QString::fromStdString(findById(doc->workspace().orgGoals, goal->targetId)->title);
    auto *tree = details().linkTree();
    CHECK(linkNames(tree, QStringLiteral("Goals")).contains(goalTitle));
    auto *item = linkItem(tree, goalTitle);
    REQUIRE(item);
    CHECK(!details().removeLinkButton()->isEnabled());
    tree->setCurrentItem(item);
    REQUIRE(details().removeLinkButton()->isEnabled());
    QTest::mouseClick(details().removeLinkButton(), Qt::LeftButton);

    const auto after = byTitle(fileState(), before.title);
    CHECK(after.links.size() == 3);
    CHECK(!hasLink(after, *goal));
    CHECK(!linkNames(tree, QStringLiteral("Goals")).contains(goalTitle));
    doc->undoStack()->undo();
    CHECK(byTitle(fileState(), before.title).links == before.links); // same place in the list
    CHECK(linkNames(tree, QStringLiteral("Goals")).contains(goalTitle));
    doc->undoStack()->redo();
    CHECK(byTitle(fileState(), before.title).links == after.links);

    // The Delete key on a selected link does the same.
    QTreeWidgetItem *card = nullptr;
    for (int g = 0; g < tree->topLevelItemCount() && !card; ++g)
        card = tree->topLevelItem(g)->child(0);
    REQUIRE(card);
    tree->setCurrentItem(card);
    QTest::keyClick(tree, Qt::Key_Delete);
    CHECK(byTitle(fileState(), before.title).links.size() == 2);
}

TEST_CASE_METHOD(DetailsFixture, "the picker filters as you type and greys out linked targets",
                 "[gui][roadmap][links]")
{
    const auto &w = doc->workspace();
    const auto &initiative = byTitle(w, "Real-time test-drive booking");
    LinkPicker picker(w, initiative);
    const int all = picker.visibleCount();
    int expected = 0;
    for (const auto &c : w.cards)
        expected += c.kind == CardKind::PainPoint || c.kind == CardKind::Touchpoint;
    expected += int(w.stages.size() + w.orgGoals.size() + w.departmentGoals.size());
    CHECK(all == expected);

    QTest::keyClicks(picker.filterEdit(), QStringLiteral("no such thing anywhere"));
    CHECK(picker.visibleCount() == 0);
    CHECK(picker.chosenLinks().empty());
    CHECK(!picker.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    // Every word must match, in any column: a stage name and its map narrow to that stage.
    const auto &stage = w.stages.front();
    const auto &map = *findById(w.maps, stage.mapId);
    picker.filterEdit()->setText(
        QString::fromStdString(stage.name).toUpper() + QLatin1Char(' ')
        + QString::fromStdString(map.name).section(QLatin1Char(' '), 0, 0));
    CHECK(picker.visibleCount() >= 1);
    CHECK(picker.visibleCount() < all);
    picker.filterEdit()->clear();
    picker.kindFilter()->setCurrentIndex(picker.kindFilter()->findText(QStringLiteral("Goals")));
    CHECK(picker.visibleCount() == int(w.orgGoals.size() + w.departmentGoals.size()));

    // The linked goal is listed but cannot be picked again.
    const auto linked
        = std::find_if(initiative.links.begin(), initiative.links.end(),
                       [](const auto &l) { return l.target == InitiativeTarget::OrgGoal; });
    REQUIRE(linked != initiative.links.end());
    const QString name = QString::fromStdString(findById(w.orgGoals, linked->targetId)->title);
    auto *model = picker.list()->model();
    bool seen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto index = model->index(row, 0);
        if (index.data().toString() != name)
            continue;
        seen = true;
        CHECK(!(index.flags() & Qt::ItemIsSelectable));
        CHECK(model->index(row, 1).data().toString().contains(QStringLiteral("linked")));
    }
    CHECK(seen);
    picker.list()->selectAll();
    const auto chosen = picker.chosenLinks();
    CHECK(int(chosen.size()) == picker.visibleCount() - 2); // its org and department goal
    CHECK(std::none_of(chosen.begin(), chosen.end(),
                       [&](const InitiativeLink &l) { return hasLink(initiative, l); }));
}

TEST_CASE_METHOD(DetailsFixture, "an initiative's title is shown as plain text, never markup",
                 "[gui][roadmap][links]")
{
    editor.addInitiative(QStringLiteral("<b>bold</b> & <i>x</i>"));
    const auto &added = doc->workspace().initiatives.back();
    CHECK(details().initiative() == added.id);
    auto *title = details().titleLabel();
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(title->text() == QStringLiteral("<b>bold</b> & <i>x</i>"));
    for (auto *label : details().findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('<')))
            CHECK(label->textFormat() == Qt::PlainText);
    CHECK(linkNames(details().linkTree(), QStringLiteral("Pain points")).isEmpty());
    CHECK(details().linkTree()->topLevelItem(0)->text(0) == QStringLiteral("Pain points (0)"));
}

TEST_CASE_METHOD(DetailsFixture,
                 "the description and the metric are edited in the roadmap, each one undoable edit",
                 "[gui][roadmap][links]")
{
    const auto first = select("Live repair tracker");
    const Id id = first.id;
    const std::string oldDescription = first.description;
    auto *description = details().descriptionEdit();
    CHECK(description->toPlainText() == QString::fromStdString(oldDescription));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Texts at every repair step."));
    // Moving on to another initiative keeps what was typed.
    select("Owner app relaunch");
    CHECK(findById(fileState().initiatives, id)->description == "Texts at every repair step.");
    CHECK(doc->undoStack()->undoText().startsWith(QStringLiteral("Edit the description")));
    doc->undoStack()->undo();
    CHECK(findById(fileState().initiatives, id)->description == oldDescription);

    // The metric is a choice of the known metrics, not free text.
    const auto &table = *editor.table();
    int row = 0;
    while (table.item(row, 0)->text() != QStringLiteral("Live repair tracker"))
        ++row;
    auto *metric = qobject_cast<QComboBox *>(table.cellWidget(row, 9));
    REQUIRE(metric);
    metric->setCurrentIndex(metric->findData(QStringLiteral("ces")));
    emit metric->activated(metric->currentIndex());
    CHECK(findById(fileState().initiatives, id)->metric == "ces");
    doc->undoStack()->undo();
    CHECK(findById(fileState().initiatives, id)->metric == first.metric);
}

TEST_CASE_METHOD(DetailsFixture, "double-clicking a link asks to go to its object",
                 "[gui][roadmap][links]")
{
    const auto &i = select("Order tracker with milestone messages");
    QSignalSpy spy(&editor, &RoadmapEditor::goTo);
    const auto stageLink = std::find_if(i.links.begin(), i.links.end(), [](const auto &l) {
        return l.target == InitiativeTarget::Stage;
    });
    REQUIRE(stageLink != i.links.end());
    const auto &stage = *findById(doc->workspace().stages, stageLink->targetId);
    auto *tree = details().linkTree();
    auto *item = linkItem(tree, QString::fromStdString(stage.name));
    REQUIRE(item);
    CHECK(item->text(1)
          == QString::fromStdString(findById(doc->workspace().maps, stage.mapId)->name));
    QTest::qWait(20); // the panel lays out what it was just given
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    INFO("at " << at.x() << "," << at.y() << " viewport " << tree->viewport()->width() << "x"
               << tree->viewport()->height() << " visible " << tree->isVisible());
    // An item view only takes a double-click on the item it saw pressed: click, then double.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(spy.count() == 1);
    CHECK(spy[0][0].toString() == QStringLiteral("stage"));
    CHECK(spy[0][1].toString() == QString::fromStdString(stage.uid));
}
