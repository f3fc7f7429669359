#include "app/mapeditor/figurebadgeitem.h"

#include "app/mapeditor/mapscene.h"
#include "app/plaintext.h"
#include "report/mappainter.h"

namespace ts::app {

FigureBadgeItem::FigureBadgeItem(MapScene &scene, report::FigureLabel label, const QRectF &rect,
                                 QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_scene(scene)
    , m_label(std::move(label))
    , m_rect(rect)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1); // over the map's background, under loose cards being dragged
    setToolTip(plainToolTip(m_label.details)); // holds user text (titles): never markup
}

void FigureBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    report::MapPainter::paintFigureBadge(*painter, m_rect, m_label, m_scene.style());
}

} // namespace ts::app
