#include "app/mapeditor/mapbackgrounditem.h"

#include "app/mapeditor/mapscene.h"
#include "app/workspacedocument.h"
#include "report/mappainter.h"

#include <QPainter>

namespace ts::app {

MapBackgroundItem::MapBackgroundItem(MapScene &scene)
    : m_scene(scene)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF MapBackgroundItem::boundingRect() const
{
    return m_scene.layout().bounds();
}

// The same report::MapPainter parts every export uses; the cards are items of their own.
void MapBackgroundItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &w = m_scene.document().workspace();
    const auto &layout = m_scene.layout();
    const auto &style = m_scene.style();
    report::MapPainter::paintGrid(*painter, w, layout, style);
    report::MapPainter::paintLinks(*painter, w, layout, style);
    report::MapPainter::paintEmotionCurves(*painter, w, layout, style);
    // The survey figures are items of their own (FigureBadgeItem), for their tooltips.
}

} // namespace ts::app
