// MapScene: context menus and the clipboard (copy, paste, duplicate, delete).
#include "app/commands/cardcommands.h"
#include "app/commands/mapcommands.h"
#include "app/commands/roadmapcommands.h"
#include "app/mapeditor/cardclipboard.h"
#include "app/mapeditor/mapitems.h"
#include "app/mapeditor/mapscene.h"
#include "app/workspacedocument.h"

#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>
#include <QMimeData>

namespace ts::app {

void MapScene::copySelection()
{
    const auto cards = selectedCards();
    if (!cards.empty())
        QApplication::clipboard()->setMimeData(CardClipboard::toMimeData(cards));
}

void MapScene::paste()
{
    if (m_document.isReadOnly() || !m_current.valid() || !kindFor(m_current))
        return;
    auto cards
        = CardClipboard::fromMimeData(QApplication::clipboard()->mimeData(), *kindFor(m_current));
    const auto selected = selectedCardIds();
    const auto inCell = cellCards(m_current);
    int index = int(inCell.size());
    if (selected.size() == 1)
        if (auto it = std::find(inCell.begin(), inCell.end(), selected.front()); it != inCell.end())
            index = int(it - inCell.begin()) + 1;
    const auto count = cards.size();
    pasteCards(std::move(cards), m_current, index, tr("Paste %1 card(s)").arg(count));
}

void MapScene::pasteCards(std::vector<Card> cards, Cell cell, int index, const QString &text)
{
    if (cards.empty())
        return;
    for (auto &card : cards) {
        card.id = 0;
        card.uid.clear();
        card.mapId = m_mapId;
        card.stageId = cell.stageId;
        card.laneId = cell.laneId;
        card.position = index++;
        if (!findById(m_document.workspace().departments, card.departmentId))
            card.departmentId = 0; // pasted from another workspace
    }
    auto *command = new AddCardsCommand(m_document, std::move(cards), text);
    if (run(command))
        selectCards(command->cardIds());
}

void MapScene::duplicateSelection()
{
    if (m_document.isReadOnly())
        return;
    auto cards = selectedCards();
    if (cards.empty())
        return;
    for (auto &card : cards) {
        card.id = 0;
        card.uid.clear();
        card.position += 1; // right after the original
    }
    // Later copies first would shift earlier ones: insert bottom-up within each cell.
    std::stable_sort(cards.begin(), cards.end(),
                     [](const Card &a, const Card &b) { return a.position > b.position; });
    auto *command
        = new AddCardsCommand(m_document, cards, tr("Duplicate %1 card(s)").arg(cards.size()));
    if (run(command))
        selectCards(command->cardIds());
}

void MapScene::deleteSelection()
{
    const auto ids = selectedCardIds();
    if (!ids.empty() && !m_document.isReadOnly())
        run(new RemoveCardsCommand(m_document, m_mapId, ids));
}

void MapScene::editSelection()
{
    const auto ids = selectedCardIds();
    if (ids.size() == 1)
        editCard(ids.front());
    else if (ids.empty())
        beginNewCard(m_current, {});
}

void MapScene::showCardMenu(Id cardId, QPoint screenPos)
{
    const auto *card = findById(m_document.workspace().cards, cardId);
    if (!card)
        return;
    const bool editable = !m_document.isReadOnly();
    QMenu menu;
    menu.addAction(tr("Edit title"), QKeySequence(Qt::Key_F2), [this, cardId] { editCard(cardId); })
        ->setEnabled(editable);
    menu.addAction(tr("Copy"), QKeySequence::Copy, [this] { copySelection(); });
    menu.addAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                   [this] { duplicateSelection(); })
        ->setEnabled(editable);
    menu.addAction(tr("Delete"), QKeySequence::Delete, [this] { deleteSelection(); })
        ->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(card->kind == CardKind::PainPoint
                       ? tr("Link to the opportunity that addresses it...")
                       : tr("Link to card..."),
                   [this, cardId] { startLink(cardId); })
        ->setEnabled(editable);
    if (card->kind == CardKind::PainPoint || card->kind == CardKind::Opportunity)
        menu.addAction(tr("Create initiative from this card"),
                       [this, cardId] { createInitiativeFrom(cardId); })
            ->setEnabled(editable);
    auto *unlink = menu.addMenu(tr("Remove link"));
    for (const auto &link : m_document.workspace().cardLinks) {
        if (link.fromCardId != cardId && link.toCardId != cardId)
            continue;
        const auto *other = findById(m_document.workspace().cards,
                                     link.fromCardId == cardId ? link.toCardId : link.fromCardId);
        unlink->addAction(
            other ? QString::fromStdString(other->title) : tr("(missing card)"),
            [this, id = link.id] { run(new RemoveLinkCommand(m_document, m_mapId, id)); });
    }
    unlink->setEnabled(editable && !unlink->isEmpty());
    auto *move = menu.addMenu(tr("Move to stage"));
    for (const auto &column : m_layout.stages())
        if (const auto *s = stage(column.stageId); s && s->id != card->stageId)
            move->addAction(QString::fromStdString(s->name), [this, c = *card, id = s->id] {
                run(new MoveCardCommand(m_document, c, id, c.laneId,
                                        int(cellCards({id, c.laneId}).size())));
            });
    move->setEnabled(editable);
    menu.exec(screenPos);
}

// An initiative that addresses a pain point (or realises an opportunity): linked to the card,
// to its stage, and to the pain points an opportunity addresses.
void MapScene::createInitiativeFrom(Id cardId)
{
    const auto &w = m_document.workspace();
    const auto *card = findById(w.cards, cardId);
    if (!card)
        return;
    Initiative i;
    i.title = card->kind == CardKind::PainPoint
        ? tr("Fix: %1").arg(QString::fromStdString(card->title)).toStdString()
        : card->title;
    i.description = card->notes;
    i.dimension = card->dimension.value_or(Dimension::Process);
    i.status = InitiativeStatus::Idea;
    i.departmentId = card->departmentId;
    i.links = {{InitiativeTarget::Card, card->id}, {InitiativeTarget::Stage, card->stageId}};
    for (const auto &link : w.cardLinks)
        if (link.toCardId == card->id && link.kind == LinkKind::Addresses)
            i.links.push_back({InitiativeTarget::Card, link.fromCardId});
    run(new AddInitiativeCommand(m_document, i));
}

void MapScene::showStageMenu(Id stageId, QPoint screenPos)
{
    const auto *s = stage(stageId);
    if (!s)
        return;
    const bool editable = !m_document.isReadOnly();
    const auto stages = stageIds();
    const int index = int(std::find(stages.begin(), stages.end(), stageId) - stages.begin());
    QMenu menu;
    menu.addAction(tr("Rename stage"), [this, stageId] { renameStage(stageId); })
        ->setEnabled(editable);
    menu.addAction(tr("Colour..."),
                   [this, stageId] {
                       const auto *current = stage(stageId);
                       const QColor colour
                           = QColorDialog::getColor(QColor(QString::fromStdString(current->color)),
                                                    nullptr, tr("Stage colour"));
                       if (!colour.isValid() || !(current = stage(stageId)))
                           return;
                       Stage after = *current;
                       after.color = colour.name().toStdString();
                       run(new EditStageCommand(
                           m_document, *current, after,
                           tr("Recolour stage \"%1\"").arg(QString::fromStdString(current->name))));
                   })
        ->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(tr("Add stage before"), [this, index] { addStage(index); })
        ->setEnabled(editable);
    menu.addAction(tr("Add stage after"), [this, index] { addStage(index + 1); })
        ->setEnabled(editable);
    menu.addSeparator();
    menu.addAction(tr("Remove stage and its cards"), [this, stageId] { removeStage(stageId); })
        ->setEnabled(editable && stages.size() > 1);
    menu.exec(screenPos);
}

void MapScene::showLaneMenu(Id laneId, QPoint screenPos)
{
    const bool editable = !m_document.isReadOnly();
    QMenu menu;
    menu.addAction(tr("Hide lane"), [this, laneId] { setLaneVisible(laneId, false); })
        ->setEnabled(editable);
    menu.addAction(tr("Move lane up"), [this, laneId] { moveLane(laneId, -1); })
        ->setEnabled(editable);
    menu.addAction(tr("Move lane down"), [this, laneId] { moveLane(laneId, 1); })
        ->setEnabled(editable);
    auto *hidden = menu.addMenu(tr("Show hidden lane"));
    for (const auto &l : m_document.workspace().lanes)
        if (l.mapId == m_mapId && !l.visible)
            hidden->addAction(QString::fromStdString(l.title),
                              [this, id = l.id] { setLaneVisible(id, true); });
    hidden->setEnabled(editable && !hidden->isEmpty());
    menu.exec(screenPos);
}

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsScene::contextMenuEvent(event);
    if (event->isAccepted())
        return;
    if (const auto header = m_layout.laneHeaderAt(event->scenePos())) {
        showLaneMenu(*header, event->screenPos());
        return;
    }
    const auto cell = m_layout.cellAt(event->scenePos());
    if (!cell)
        return;
    setCurrentCell({cell->first, cell->second});
    const bool editable = !m_document.isReadOnly() && kindFor(m_current);
    QMenu menu;
    menu.addAction(tr("New card here"), [this] { beginNewCard(m_current, {}); })
        ->setEnabled(editable);
    menu.addAction(tr("Paste"), QKeySequence::Paste, [this] { paste(); })->setEnabled(editable);
    menu.addAction(tr("Add stage after this one"), [this] { addStageAfterCurrent(); })
        ->setEnabled(!m_document.isReadOnly());
    menu.exec(event->screenPos());
}

} // namespace ts::app
