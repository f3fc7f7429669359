#include "app/mapeditor/mapscene.h"

#include "app/commands/cardcommands.h"
#include "app/commands/mapcommands.h"
#include "app/mapeditor/figurebadgeitem.h"
#include "app/mapeditor/mapbackgrounditem.h"
#include "app/mapeditor/mapitems.h"
#include "app/workspacedocument.h"

#include <QGraphicsProxyWidget>
#include <QGraphicsView>
#include <QLineEdit>
#include <QTimer>
#include <QUndoStack>
#include <cmath>

namespace ts::app {

MapScene::MapScene(WorkspaceDocument &document, Id mapId, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_mapId(mapId)
    , m_style(report::MapStyle::screen())
{
    m_editor = new QLineEdit;
    m_editor->setFrame(false);
    m_editorProxy = addWidget(m_editor);
    m_editorProxy->setZValue(20);
    m_editorProxy->hide();
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { commitTyping(true); });
    connect(m_editor, &QLineEdit::editingFinished, this, [this] {
        if (!m_editor->hasFocus() && isTyping())
            commitTyping(false); // clicked elsewhere: keep what was typed
    });
    m_cursorItem = addRect(QRectF(), QPen(m_style.selection, 2, Qt::DashLine), Qt::NoBrush);
    m_cursorItem->setZValue(1);
    connect(&m_document, &WorkspaceDocument::mapChanged, this, [this](Id id) {
        if (id == m_mapId)
            rebuild();
    });
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &MapScene::rebuild);
    rebuild();
}

MapScene::~MapScene() = default;

void MapScene::setWorkshopMode(bool on)
{
    m_style = on ? report::MapStyle::workshopMode() : report::MapStyle::screen();
    m_editor->setFont(m_style.font(report::MapStyle::FontRole::CardTitle));
    m_cursorItem->setPen(QPen(m_style.selection, on ? 4 : 2, Qt::DashLine));
    rebuild();
}

void MapScene::rebuild()
{
    const auto selected = selectedCardIds();
    // A rebuild can run inside an item's own mouse handler (a drop runs a command): take the
    // old items out now, delete them once control is back in the event loop. Removing selected
    // items would announce a selection change while the lookup still points at them: forget
    // them first, and stay quiet until the new items are in (selectCards announces the result).
    m_cardItems.clear();
    {
        const QSignalBlocker quiet(this);
        for (auto *item : m_items) {
            removeItem(item);
            m_retired.emplace_back(item);
        }
    }
    m_items.clear();
    QTimer::singleShot(0, this, [this] { m_retired.clear(); });
    m_cardItems.clear();
    const auto &w = m_document.workspace();
    m_figures = computeFigures();
    m_layout = report::MapLayout::compute(w, m_mapId, m_style, m_figures);
    auto add = [this](QGraphicsItem *item) {
        addItem(item);
        m_items.push_back(item);
        return item;
    };
    add(new MapBackgroundItem(*this));
    for (const auto &box : m_layout.cards()) {
        const auto *card = findById(w.cards, box.cardId);
        if (!card)
            continue;
        auto *item = new CardItem(*this, *card, box.rect, report::CardContext::of(w, *card));
        add(item);
        m_cardItems[card->id] = item;
        if (const auto figures = m_figures.cards.find(card->id); figures != m_figures.cards.end())
            new FigureBadgeItem(*this, figures->second, box.figures.translated(-box.rect.topLeft()),
                                item); // a child: it moves with the card while dragged
    }
    for (const auto &column : m_layout.stages()) {
        add(new StageHeaderItem(*this, column.stageId, column.header));
        if (const auto figures = m_figures.stages.find(column.stageId);
            figures != m_figures.stages.end())
            add(new FigureBadgeItem(*this, figures->second,
                                    m_layout.stageFiguresRect(column.stageId), nullptr));
    }
    for (const auto &row : m_layout.lanes())
        add(new LaneHeaderItem(*this, row.laneId, row.header));
    if (m_layout.emotionLane()) {
        for (const auto &column : m_layout.stages()) {
            const auto *s = stage(column.stageId);
            add(new EmotionPointItem(*this, s->id, false,
                                     m_layout.emotionPoint(s->id, s->emotionAsIs.value_or(0)),
                                     m_style.asIsCurve));
            add(new EmotionPointItem(*this, s->id, true,
                                     m_layout.emotionPoint(s->id, s->emotionToBe.value_or(0)),
                                     m_style.toBeCurve));
        }
    }
    setSceneRect(m_layout.bounds());
    if (!m_current.valid() || m_layout.cellRect(m_current.stageId, m_current.laneId).isNull()) {
        const auto stages = stageIds();
        const auto lanes = visibleLaneIds();
        m_current
            = stages.empty() || lanes.empty() ? Cell {} : Cell {stages.front(), lanes.front()};
    }
    selectCards(selected);
    updateCursorItem();
    if (isTyping() && m_typing == Typing::NewCard)
        placeEditor(m_layout.newCardRect(m_typingCell.stageId, m_typingCell.laneId));
}

// From the document's cache, so a rebuild after an edit does not read the responses again.
report::MapFigures MapScene::computeFigures()
{
    return report::mapFigures(m_document.workspace(), m_mapId,
                              m_document.mapSurveyFigures(m_mapId));
}

CardItem *MapScene::cardItem(Id cardId) const
{
    auto it = m_cardItems.find(cardId);
    return it == m_cardItems.end() ? nullptr : it->second;
}

std::vector<Id> MapScene::selectedCardIds() const
{
    std::vector<Id> ids;
    for (const auto &box : m_layout.cards()) // in display order
        if (auto *item = cardItem(box.cardId); item && item->isSelected())
            ids.push_back(box.cardId);
    return ids;
}

void MapScene::selectCards(const std::vector<Id> &cardIds)
{
    clearSelection();
    for (Id id : cardIds)
        if (auto *item = cardItem(id)) {
            item->setSelected(true);
            m_current = {item->card().stageId, item->card().laneId};
        }
    updateCursorItem();
}

void MapScene::setCurrentCell(Cell cell)
{
    m_current = cell;
    updateCursorItem();
}

void MapScene::updateCursorItem()
{
    m_cursorItem->setRect(
        m_current.valid()
            ? m_layout.cellRect(m_current.stageId, m_current.laneId).adjusted(2, 2, -2, -2)
            : QRectF());
    m_cursorItem->setVisible(m_current.valid() && !m_document.isReadOnly());
}

bool MapScene::run(DocumentCommand *command)
{
    return m_document.execute(command);
}

const Stage *MapScene::stage(Id stageId) const
{
    return findById(m_document.workspace().stages, stageId);
}

const Lane *MapScene::lane(Id laneId) const
{
    return findById(m_document.workspace().lanes, laneId);
}

std::vector<Id> MapScene::visibleLaneIds() const
{
    std::vector<Id> ids;
    for (const auto &row : m_layout.lanes())
        ids.push_back(row.laneId);
    return ids;
}

std::vector<Id> MapScene::stageIds() const
{
    std::vector<Id> ids;
    for (const auto &column : m_layout.stages())
        ids.push_back(column.stageId);
    return ids;
}

std::vector<Id> MapScene::cellCards(Cell cell) const
{
    std::vector<Id> ids;
    for (const auto &box : m_layout.cardsIn(cell.stageId, cell.laneId))
        ids.push_back(box.cardId);
    return ids;
}

std::optional<CardKind> MapScene::kindFor(Cell cell) const
{
    const auto *l = lane(cell.laneId);
    return l ? defaultCardKindFor(l->kind) : std::nullopt;
}

std::vector<Card> MapScene::selectedCards() const
{
    std::vector<Card> cards;
    for (Id id : selectedCardIds())
        cards.push_back(cardItem(id)->card());
    return cards;
}

void MapScene::cardsDropped(CardItem *dragged, QPointF scenePos)
{
    const auto cell = m_layout.cellAt(scenePos);
    if (!cell || m_document.isReadOnly() || !kindFor({cell->first, cell->second})) {
        rebuild(); // dropped outside the grid or on the emotion curve: snap back
        return;
    }
    auto cards = selectedCards();
    if (cards.empty())
        cards.push_back(dragged->card());
    int index = m_layout.insertionIndex(cell->first, cell->second, scenePos);
    // Cards above the drop point in the same cell leave a gap when they move.
    for (const auto &c : cards)
        if (c.stageId == cell->first && c.laneId == cell->second && c.position < index)
            --index;
    auto *stack = m_document.undoStack();
    if (cards.size() > 1)
        stack->beginMacro(tr("Move %1 cards").arg(cards.size()));
    for (const auto &c : cards)
        if (!run(new MoveCardCommand(m_document, c, cell->first, cell->second, index++)))
            break;
    if (cards.size() > 1)
        stack->endMacro();
    m_current = {cell->first, cell->second};
    std::vector<Id> ids;
    for (const auto &c : cards)
        ids.push_back(c.id);
    selectCards(ids);
}

void MapScene::emotionDropped(Id stageId, bool toBe, int value)
{
    const auto *s = stage(stageId);
    if (!s)
        return;
    Stage after = *s;
    (toBe ? after.emotionToBe : after.emotionAsIs) = value;
    if (after == *s || m_document.isReadOnly()) {
        rebuild();
        return;
    }
    run(new EditStageCommand(
        m_document, *s, after,
        toBe ? tr("Set to-be emotion of \"%1\"").arg(QString::fromStdString(s->name))
             : tr("Set as-is emotion of \"%1\"").arg(QString::fromStdString(s->name))));
}

void MapScene::stageDropped(Id stageId, double sceneX)
{
    auto order = stageIds();
    std::erase(order, stageId);
    int index = 0;
    for (const auto &column : m_layout.stages())
        if (column.stageId != stageId && column.header.center().x() < sceneX)
            ++index;
    order.insert(order.begin() + index, stageId);
    if (order == stageIds() || m_document.isReadOnly()) {
        rebuild();
        return;
    }
    run(new ReorderStagesCommand(m_document, m_mapId, order));
}

void MapScene::addStageAfterCurrent()
{
    const auto stages = stageIds();
    const auto it = std::find(stages.begin(), stages.end(), m_current.stageId);
    addStage(it == stages.end() ? int(stages.size()) : int(it - stages.begin()) + 1);
}

void MapScene::addStage(int index)
{
    Stage s;
    s.mapId = m_mapId;
    s.name = tr("New stage").toStdString();
    for (int n = 2;
         std::any_of(m_document.workspace().stages.begin(), m_document.workspace().stages.end(),
                     [&](const Stage &o) { return o.mapId == m_mapId && o.name == s.name; });
         ++n)
        s.name = tr("New stage %1").arg(n).toStdString();
    s.position = index;
    auto *command = new AddStageCommand(m_document, s);
    if (run(command))
        renameStage(command->stageId());
}

void MapScene::removeStage(Id stageId)
{
    if (const auto *s = stage(stageId))
        run(new RemoveStageCommand(m_document, *s));
}

void MapScene::startLink(Id fromCardId)
{
    m_linkFrom = fromCardId;
    for (auto *view : views())
        view->viewport()->setCursor(Qt::CrossCursor);
}

void MapScene::finishLink(Id toCardId)
{
    const Id from = std::exchange(m_linkFrom, 0);
    for (auto *view : views())
        view->viewport()->unsetCursor();
    const auto *a = findById(m_document.workspace().cards, from);
    const auto *b = findById(m_document.workspace().cards, toCardId);
    if (!a || !b || from == toCardId)
        return;
    const bool addresses = a->kind == CardKind::PainPoint && b->kind == CardKind::Opportunity;
    run(new LinkCardsCommand(
        m_document, m_mapId,
        CardLink {0, {}, from, toCardId, addresses ? LinkKind::Addresses : LinkKind::Relates}));
}

void MapScene::setLaneVisible(Id laneId, bool visible)
{
    const auto *l = lane(laneId);
    if (!l)
        return;
    Lane after = *l;
    after.visible = visible;
    run(new EditLaneCommand(m_document, *l, after,
                            (visible ? tr("Show lane \"%1\"") : tr("Hide lane \"%1\""))
                                .arg(QString::fromStdString(l->title))));
}

void MapScene::moveLane(Id laneId, int step)
{
    std::vector<Id> order;
    for (const auto &l : m_document.workspace().lanes)
        if (l.mapId == m_mapId)
            order.push_back(l.id);
    auto it = std::find(order.begin(), order.end(), laneId);
    if (it == order.end())
        return;
    const auto index = int(it - order.begin());
    const int target = index + step;
    if (target < 0 || target >= int(order.size()))
        return;
    std::swap(order[std::size_t(index)], order[std::size_t(target)]);
    run(new ReorderLanesCommand(m_document, m_mapId, order));
}

} // namespace ts::app
