#include "app/mapeditor/mapitems.h"

#include "app/mapeditor/mapscene.h"
#include "app/plaintext.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ts::app {

CardItem::CardItem(MapScene &scene, Card card, const QRectF &rect, report::CardContext context)
    : m_scene(scene)
    , m_card(std::move(card))
    , m_rect(QPointF(0, 0), rect.size())
    , m_context(std::move(context))
{
    setPos(rect.topLeft());
    setFlags(ItemIsSelectable | ItemIsMovable);
    setAcceptHoverEvents(true);
    setZValue(2);
    setToolTip(plainToolTip(m_card.title)); // user text is never markup
}

QRectF CardItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    report::CardPainter::paint(*painter, m_card, m_rect, m_context, m_scene.style(), isSelected());
}

void CardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_scene.isLinking()) {
        m_scene.finishLink(m_card.id);
        event->accept();
        return;
    }
    m_pressPos = pos();
    setZValue(10);
    QGraphicsItem::mousePressEvent(event);
    m_scene.setCurrentCell({m_card.stageId, m_card.laneId});
}

void CardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    setZValue(2);
    if ((pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_scene.cardsDropped(this, event->scenePos());
    else if (pos() != m_pressPos)
        m_scene.rebuild(); // a tiny nudge: snap back
}

void CardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    m_scene.editCard(m_card.id);
}

void CardItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (!isSelected()) {
        scene()->clearSelection();
        setSelected(true);
    }
    m_scene.showCardMenu(m_card.id, event->screenPos());
    event->accept();
}

StageHeaderItem::StageHeaderItem(MapScene &scene, Id stageId, const QRectF &rect)
    : m_scene(scene)
    , m_stageId(stageId)
    , m_rect(rect)
{
    setZValue(3);
    setCursor(Qt::OpenHandCursor);
    setToolTip(QObject::tr("Drag to reorder, double-click to rename, right-click for more"));
}

void StageHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_dragging)
        return;
    painter->setPen(QPen(m_scene.style().selection, 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_rect.adjusted(1, 1, -1, -1));
}

void StageHeaderItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressX = event->scenePos().x();
    event->accept();
}

void StageHeaderItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const double dx = event->scenePos().x() - m_pressX;
    if (!m_dragging && std::abs(dx) < QApplication::startDragDistance())
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    setPos(dx, 0);
    update();
}

void StageHeaderItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    m_scene.stageDropped(m_stageId, event->scenePos().x());
}

void StageHeaderItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    m_scene.renameStage(m_stageId);
}

void StageHeaderItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_scene.showStageMenu(m_stageId, event->screenPos());
    event->accept();
}

LaneHeaderItem::LaneHeaderItem(MapScene &scene, Id laneId, const QRectF &rect)
    : m_scene(scene)
    , m_laneId(laneId)
    , m_rect(rect)
{
    setZValue(3);
}

void LaneHeaderItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_scene.showLaneMenu(m_laneId, event->screenPos());
    event->accept();
}

EmotionPointItem::EmotionPointItem(MapScene &scene, Id stageId, bool toBe, QPointF centre,
                                   QColor color)
    : m_scene(scene)
    , m_stageId(stageId)
    , m_toBe(toBe)
    , m_color(std::move(color))
    , m_x(centre.x())
{
    setPos(centre);
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    setCursor(Qt::SizeVerCursor);
    setZValue(5);
    setToolTip(toBe ? QObject::tr("To-be emotion: drag up or down")
                    : QObject::tr("As-is emotion: drag up or down"));
}

QRectF EmotionPointItem::boundingRect() const
{
    const double r = m_scene.style().workshop ? 11 : 7;
    return {-r - 2, -r - 2, 2 * r + 4, 2 * r + 4};
}

void EmotionPointItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double r = m_scene.style().workshop ? 11 : 7;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, 2));
    painter->setBrush(m_toBe ? QBrush(Qt::white) : QBrush(m_color));
    painter->drawEllipse(QPointF(0, 0), r, r);
}

QVariant EmotionPointItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        // Only up and down, and only within the emotion lane.
        QPointF p = value.toPointF();
        const QPointF top = m_scene.layout().emotionPoint(m_stageId, 3);
        const QPointF bottom = m_scene.layout().emotionPoint(m_stageId, -3);
        p.setX(m_x);
        p.setY(std::clamp(p.y(), std::min(top.y(), bottom.y()), std::max(top.y(), bottom.y())));
        return p;
    }
    return QGraphicsItem::itemChange(change, value);
}

void EmotionPointItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    m_scene.emotionDropped(m_stageId, m_toBe,
                           m_scene.layout().emotionValueAt(m_stageId, pos().y()));
}

} // namespace ts::app
