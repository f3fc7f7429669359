// MapScene: the keyboard and the inline editor (type a card, Enter for the next one).
#include "app/commands/cardcommands.h"
#include "app/commands/mapcommands.h"
#include "app/mapeditor/mapitems.h"
#include "app/mapeditor/mapscene.h"
#include "app/workspacedocument.h"

#include <QGraphicsProxyWidget>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLineEdit>

namespace ts::app {

bool MapScene::isTyping() const
{
    return m_typing != Typing::None;
}

void MapScene::placeEditor(const QRectF &rect)
{
    m_editor->setFont(m_style.font(report::MapStyle::FontRole::CardTitle));
    m_editorProxy->setGeometry(
        QRectF(rect.topLeft(),
               QSizeF(rect.width(), std::max(rect.height(), m_editor->sizeHint().height() + 0.0))));
    m_editorProxy->show();
    setFocusItem(m_editorProxy);
    m_editor->setFocus();
    for (auto *view : views())
        view->ensureVisible(rect, 32, 32);
}

void MapScene::beginNewCard(Cell cell, const QString &text, int index)
{
    if (m_document.isReadOnly() || !cell.valid() || !kindFor(cell))
        return;
    m_typing = Typing::NewCard;
    m_typingCell = cell;
    m_typingIndex = index < 0 ? int(cellCards(cell).size()) : index;
    m_current = cell;
    updateCursorItem();
    m_editor->setPlaceholderText(tr("New card — Enter for the next, Esc to stop"));
    m_editor->setText(text);
    placeEditor(m_layout.newCardRect(cell.stageId, cell.laneId));
}

void MapScene::editCard(Id cardId)
{
    auto *item = cardItem(cardId);
    if (!item || m_document.isReadOnly())
        return;
    m_typing = Typing::EditCard;
    m_typingId = cardId;
    m_editor->setPlaceholderText({});
    m_editor->setText(QString::fromStdString(item->card().title));
    m_editor->selectAll();
    placeEditor(item->sceneBoundingRect().adjusted(3, 3, -3, -3));
}

void MapScene::renameStage(Id stageId)
{
    const auto *s = stage(stageId);
    const auto *column = m_layout.stage(stageId);
    if (!s || !column || m_document.isReadOnly())
        return;
    m_typing = Typing::RenameStage;
    m_typingId = stageId;
    m_editor->setPlaceholderText(tr("Stage name"));
    m_editor->setText(QString::fromStdString(s->name));
    m_editor->selectAll();
    placeEditor(column->header.adjusted(6, 6, -6, -6));
}

void MapScene::cancelTyping()
{
    m_typing = Typing::None;
    m_editorProxy->hide();
    m_editor->clear();
    for (auto *view : views())
        view->setFocus();
}

// Enter commits; for a new card it opens the next one in the same cell, at sticky-note pace.
void MapScene::commitTyping(bool openNext)
{
    if (m_committing || !isTyping())
        return;
    m_committing = true;
    const auto text = m_editor->text().trimmed().toStdString();
    const auto mode = m_typing;
    m_typing = Typing::None;
    m_editorProxy->hide();
    const auto &w = m_document.workspace();
    if (mode == Typing::NewCard && !text.empty()) {
        Card card;
        card.mapId = m_mapId;
        card.stageId = m_typingCell.stageId;
        card.laneId = m_typingCell.laneId;
        card.kind = kindFor(m_typingCell).value_or(CardKind::Note);
        card.title = text;
        card.position = m_typingIndex;
        auto *command = new AddCardCommand(m_document, card);
        if (run(command)) {
            selectCards({command->cardId()});
            if (openNext) {
                m_committing = false;
                beginNewCard(m_typingCell, {}, m_typingIndex + 1);
                return;
            }
        }
    } else if (mode == Typing::EditCard && !text.empty()) {
        if (const auto *card = findById(w.cards, m_typingId); card && card->title != text) {
            Card after = *card;
            after.title = text;
            run(new EditCardCommand(m_document, *card, after));
        }
    } else if (mode == Typing::RenameStage && !text.empty()) {
        if (const auto *s = stage(m_typingId); s && s->name != text) {
            Stage after = *s;
            after.name = text;
            run(new EditStageCommand(
                m_document, *s, after,
                tr("Rename stage \"%1\"").arg(QString::fromStdString(s->name))));
        }
    }
    m_committing = false;
    cancelTyping();
}

void MapScene::tabPressed(bool forward)
{
    if (isTyping())
        commitTyping(false);
    moveCursor(0, forward ? 1 : -1);
}

void MapScene::moveCursor(int stageStep, int laneStep)
{
    const auto stages = stageIds();
    const auto lanes = visibleLaneIds();
    if (stages.empty() || lanes.empty())
        return;
    auto s = std::find(stages.begin(), stages.end(), m_current.stageId);
    auto l = std::find(lanes.begin(), lanes.end(), m_current.laneId);
    const int si = std::clamp(int(s == stages.end() ? 0 : s - stages.begin()) + stageStep, 0,
                              int(stages.size()) - 1);
    const int li = std::clamp(int(l == lanes.end() ? 0 : l - lanes.begin()) + laneStep, 0,
                              int(lanes.size()) - 1);
    m_current = {stages[std::size_t(si)], lanes[std::size_t(li)]};
    const auto cards = cellCards(m_current);
    selectCards(cards.empty() ? std::vector<Id> {} : std::vector<Id> {cards.front()});
    m_current = {stages[std::size_t(si)], lanes[std::size_t(li)]};
    updateCursorItem();
    for (auto *view : views())
        view->ensureVisible(m_layout.cellRect(m_current.stageId, m_current.laneId), 24, 24);
}

void MapScene::keyPressEvent(QKeyEvent *event)
{
    if (isTyping()) {
        if (event->key() == Qt::Key_Escape) {
            cancelTyping();
            event->accept();
            return;
        }
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const auto selected = selectedCardIds();
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(-1, 0);
        break;
    case Qt::Key_Right:
        moveCursor(1, 0);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        const auto cards = cellCards(m_current);
        auto it = selected.size() == 1 ? std::find(cards.begin(), cards.end(), selected.front())
                                       : cards.end();
        const auto next = it == cards.end() ? -1 : int(it - cards.begin()) + step;
        if (next >= 0 && next < int(cards.size()))
            selectCards({cards[std::size_t(next)]});
        else
            moveCursor(0, step);
        break;
    }
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected.size() == 1)
            editCard(selected.front());
        else
            beginNewCard(m_current, {});
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        break;
    case Qt::Key_Escape:
        m_linkFrom = 0;
        clearSelection();
        break;
    default:
        if (event->matches(QKeySequence::Copy))
            copySelection();
        else if (event->matches(QKeySequence::Paste))
            paste();
        else if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier)
            duplicateSelection();
        else if (!event->text().isEmpty() && event->text().at(0).isPrint()
                 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            beginNewCard(m_current, event->text());
        else {
            QGraphicsScene::keyPressEvent(event);
            return;
        }
    }
    event->accept();
}

// True when an interactive item (card, header, emotion point, the editor) is under p.
static bool itemUnder(const QGraphicsScene &scene, QPointF p, const QGraphicsItem *editor)
{
    for (const auto *item : scene.items(p))
        if (item->type() == CardType || item->type() == StageHeaderType
            || item->type() == EmotionPointType || item == editor)
            return true;
    return false;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (isTyping() && !m_editorProxy->geometry().contains(event->scenePos()))
        commitTyping(false);
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || itemUnder(*this, event->scenePos(), m_editorProxy))
        return;
    if (const auto cell = m_layout.cellAt(event->scenePos())) {
        m_linkFrom = 0;
        setCurrentCell({cell->first, cell->second});
    }
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (itemUnder(*this, event->scenePos(), m_editorProxy)) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (const auto cell = m_layout.cellAt(event->scenePos()))
        beginNewCard({cell->first, cell->second}, {});
}

} // namespace ts::app
