// The zoomable, pannable view of a map scene (Ctrl+wheel, space+drag, middle button).
#pragma once

#include "core/ids.h"

#include <QGraphicsView>

namespace ts::app {

class MapScene;

class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    MapView(MapScene *scene, QWidget *parent = nullptr);

    void zoomBy(double factor);
    void zoomToFit();
    void resetZoom();
    double zoom() const { return transform().m11(); }
    void showCard(Id cardId);

protected:
    // Tab and Shift+Tab move between lanes of the map, not between widgets.
    bool focusNextPrevChild(bool) override { return false; }
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    MapScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace ts::app
