// A survey figures badge (a touchpoint card's or a stage's), with every figure in its tooltip.
#pragma once

#include "report/mapfigures.h"

#include <QGraphicsItem>

namespace ts::app {

class MapScene;

// Painted by the same report::MapPainter::paintFigureBadge as every export. A touchpoint's is a
// child of the card's item, so it travels with the card while dragged; a stage's has no parent.
// It takes no clicks: they reach the map.
class FigureBadgeItem : public QGraphicsItem
{
public:
    static constexpr int Type = QGraphicsItem::UserType + 20;

    // `rect` in the parent card's coordinates, or the scene's without a parent.
    FigureBadgeItem(MapScene &scene, report::FigureLabel label, const QRectF &rect,
                    QGraphicsItem *parent);

    int type() const override { return Type; }
    const report::FigureLabel &label() const { return m_label; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene &m_scene;
    report::FigureLabel m_label;
    QRectF m_rect;
};

} // namespace ts::app
