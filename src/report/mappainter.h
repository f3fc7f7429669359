// Paints a whole journey map from its MapLayout; the editor reuses the parts.
#pragma once

#include "core/ids.h"
#include "core/journeymap.h"
#include "report/mapfigures.h"
#include "report/maplayout.h"
#include "report/mapstyle.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <unordered_map>
#include <vector>

class QPainter;

namespace ts {
struct Workspace;
}

namespace ts::report {

class MapPainter
{
public:
    // Everything, in this order: grid, links, cards, emotion curves, survey figures (where the
    // layout, computed with the same figures, kept room). Only what intersects the painter's
    // visible area (device and clip) is drawn, so a zoomed-in view stays cheap.
    static void paint(QPainter &p, const Workspace &w, Id mapId, const MapLayout &layout,
                      const MapStyle &style, const MapFigures &figures = {});

    // Column tints, emotion bands, grid lines, stage headers (chevrons in the stage colour),
    // lane headers and the corner with the map's name and persona.
    static void paintGrid(QPainter &p, const Workspace &w, const MapLayout &layout,
                          const MapStyle &style);
    static void paintCards(QPainter &p, const Workspace &w, const MapLayout &layout,
                           const MapStyle &style);
    // Pain point -> opportunity (and any other card link) as curves with an arrow head.
    static void paintLinks(QPainter &p, const Workspace &w, const MapLayout &layout,
                           const MapStyle &style);
    // As-is (solid) and to-be (dashed) curves through the stages' points, with the feelings.
    static void paintEmotionCurves(QPainter &p, const Workspace &w, const MapLayout &layout,
                                   const MapStyle &style);

    // Survey figures of each stage (e.g. "NPS +36 · CSAT 78% · n 883") at the foot of its cell
    // in the metrics lane (MapLayout::stageFiguresRect), and of each touchpoint card in the
    // badge under it (CardBox::figures).
    static void paintStageFigures(QPainter &p, const MapLayout &layout, const MapFigures &figures,
                                  const MapStyle &style);
    static void paintCardFigures(QPainter &p, const MapLayout &layout, const MapFigures &figures,
                                 const MapStyle &style);
    // One badge: a pill tinted by the label's target status, its text centred and elided.
    static void paintFigureBadge(QPainter &p, const QRectF &rect, const FigureLabel &label,
                                 const MapStyle &style);

    // A link's curve from one card's edge to another's (also for a link being drawn).
    static QPainterPath linkPath(const QRectF &from, const QRectF &to);
    static QPainterPath linkPath(const QRectF &from, QPointF to);
    // The route paintLinks draws for one link (see LinkRouter).
    static QPainterPath linkPath(const MapLayout &layout, const CardBox &from, const CardBox &to);
    // A smooth curve through points ordered by x that never overshoots them (monotone cubic).
    static QPainterPath smoothCurve(const std::vector<QPointF> &points);
    // How tall a lane's header needs to be for its wrapped title (and the emotion legend).
    static double laneHeaderHeight(const Lane &lane, const MapStyle &style);
    // The part of the scene the painter can reach: its device (or clip) mapped back.
    static QRectF visibleArea(const QPainter &p);
};

} // namespace ts::report
