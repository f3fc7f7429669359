// The interactive items of the map canvas: cards, stage and lane headers, emotion points.
#pragma once

#include "core/card.h"
#include "report/cardpainter.h"

#include <QGraphicsObject>

namespace ts::app {

class MapScene;

enum ItemType {
    CardType = QGraphicsItem::UserType + 1,
    StageHeaderType,
    LaneHeaderType,
    EmotionPointType
};

// A sticky note: painted by report::CardPainter, selectable, dragged to another cell.
class CardItem : public QGraphicsItem
{
public:
    CardItem(MapScene &scene, Card card, const QRectF &rect, report::CardContext context);

    int type() const override { return CardType; }
    const Card &card() const { return m_card; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    MapScene &m_scene;
    Card m_card;
    QRectF m_rect; // in item coordinates, origin at the card's top-left
    report::CardContext m_context;
    QPointF m_pressPos;
};

// A stage header: double-click renames, drag sideways reorders, right-click for the menu.
class StageHeaderItem : public QGraphicsItem
{
public:
    StageHeaderItem(MapScene &scene, Id stageId, const QRectF &rect);
    int type() const override { return StageHeaderType; }
    Id stageId() const { return m_stageId; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    MapScene &m_scene;
    Id m_stageId;
    QRectF m_rect;
    bool m_dragging = false;
    double m_pressX = 0;
};

// A lane header: right-click to hide it or move it up or down.
class LaneHeaderItem : public QGraphicsItem
{
public:
    LaneHeaderItem(MapScene &scene, Id laneId, const QRectF &rect);
    int type() const override { return LaneHeaderType; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    MapScene &m_scene;
    Id m_laneId;
    QRectF m_rect;
};

// One stage's point on the as-is or to-be emotion curve, dragged up and down (-3..+3).
class EmotionPointItem : public QGraphicsItem
{
public:
    EmotionPointItem(MapScene &scene, Id stageId, bool toBe, QPointF centre, QColor color);
    int type() const override { return EmotionPointType; }
    Id stageId() const { return m_stageId; }
    bool toBe() const { return m_toBe; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    MapScene &m_scene;
    Id m_stageId;
    bool m_toBe;
    QColor m_color;
    double m_x;
};

} // namespace ts::app
