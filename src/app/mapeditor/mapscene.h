// The scene of one journey map: builds items from the report layout and turns the user's
// gestures (typing, dragging, menus) into undoable commands.
#pragma once

#include "core/workspace.h"
#include "report/maplayout.h"
#include "report/mapstyle.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <memory>
#include <optional>
#include <unordered_map>

class QGraphicsProxyWidget;
class QLineEdit;

namespace ts::app {

class CardItem;
class WorkspaceDocument;
class DocumentCommand;

struct Cell
{
    Id stageId = 0;
    Id laneId = 0;
    bool valid() const { return stageId > 0 && laneId > 0; }
    bool operator==(const Cell &) const = default;
};

class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    MapScene(WorkspaceDocument &document, Id mapId, QObject *parent = nullptr);
    ~MapScene() override;

    WorkspaceDocument &document() { return m_document; }
    Id mapId() const { return m_mapId; }
    const report::MapStyle &style() const { return m_style; }
    const report::MapLayout &layout() const { return m_layout; }
    // The survey figures of this map's stages and touchpoint cards, as the layout placed them.
    const report::MapFigures &figures() const { return m_figures; }
    void setWorkshopMode(bool on);

    void rebuild();
    CardItem *cardItem(Id cardId) const;
    std::vector<Id> selectedCardIds() const;
    void selectCards(const std::vector<Id> &cardIds);
    Cell currentCell() const { return m_current; }
    void setCurrentCell(Cell cell);

    // Typing: a new card in a cell, or a card's or stage's new name.
    bool isTyping() const;
    // Tab / Shift+Tab: the next or previous lane (the view passes them; QGraphicsScene keeps
    // Tab for its own item focus chain).
    void tabPressed(bool forward);
    void beginNewCard(Cell cell, const QString &text, int index = -1);
    void editCard(Id cardId);
    void renameStage(Id stageId);

    void copySelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void editSelection();
    void addStageAfterCurrent();
    void addStage(int index);
    void removeStage(Id stageId);
    void createInitiativeFrom(Id cardId);

    // Gestures reported by the items.
    void cardsDropped(CardItem *dragged, QPointF scenePos);
    void emotionDropped(Id stageId, bool toBe, int value);
    void stageDropped(Id stageId, double sceneX);
    bool isLinking() const { return m_linkFrom > 0; }
    void startLink(Id fromCardId);
    void finishLink(Id toCardId);
    void showCardMenu(Id cardId, QPoint screenPos);
    void showStageMenu(Id stageId, QPoint screenPos);
    void showLaneMenu(Id laneId, QPoint screenPos);

protected:
    // Tab moves between lanes (keyPressEvent), not between focusable items.
    bool focusNextPrevChild(bool) override { return false; }
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    enum class Typing { None, NewCard, EditCard, RenameStage };

    bool run(DocumentCommand *command);
    const Stage *stage(Id stageId) const;
    const Lane *lane(Id laneId) const;
    std::vector<Id> visibleLaneIds() const;
    std::vector<Id> stageIds() const;
    std::vector<Id> cellCards(Cell cell) const;
    std::optional<CardKind> kindFor(Cell cell) const;
    void moveCursor(int stageStep, int laneStep);
    void commitTyping(bool openNext);
    void cancelTyping();
    void placeEditor(const QRectF &rect);
    void updateCursorItem();
    std::vector<Card> selectedCards() const;
    void pasteCards(std::vector<Card> cards, Cell cell, int index, const QString &text);
    void setLaneVisible(Id laneId, bool visible);
    report::MapFigures computeFigures();
    void moveLane(Id laneId, int step);

    WorkspaceDocument &m_document;
    Id m_mapId;
    report::MapStyle m_style;
    report::MapLayout m_layout;
    std::vector<QGraphicsItem *> m_items; // rebuilt on every change
    std::vector<std::unique_ptr<QGraphicsItem>> m_retired;
    std::unordered_map<Id, CardItem *> m_cardItems;
    report::MapFigures m_figures;
    QGraphicsRectItem *m_cursorItem = nullptr;
    Cell m_current;
    Id m_linkFrom = 0;

    QLineEdit *m_editor = nullptr;
    QGraphicsProxyWidget *m_editorProxy = nullptr;
    Typing m_typing = Typing::None;
    Cell m_typingCell;
    int m_typingIndex = 0;
    Id m_typingId = 0;
    bool m_committing = false;
};

} // namespace ts::app
