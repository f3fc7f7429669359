// Everything of the map canvas that is not interactive: grid, headers, links, emotion curves.
#pragma once

#include <QGraphicsItem>

namespace ts::app {

class MapScene;

class MapBackgroundItem : public QGraphicsItem
{
public:
    explicit MapBackgroundItem(MapScene &scene);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene &m_scene;
};

} // namespace ts::app
