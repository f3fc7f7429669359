// How a journey map goes onto landscape pages: scaled to fit one page while its body text
// stays at 7 pt or more; otherwise split by stages (lane names repeated on every page) and, when
// still too tall, in bands of lanes (stage headers repeated; cut between lanes, or between cards
// when that fills the page much better), at the largest scale that needs no more pages than the
// smallest readable one.
#pragma once

#include "core/ids.h"
#include "report/mapfigures.h"
#include "report/maplayout.h"
#include "report/mapstyle.h"

#include <QSizeF>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ts {
struct Workspace;
}

namespace ts::report {

struct MapTile
{
    std::shared_ptr<const Workspace> part; // the map with only this page's stages and lanes
    std::shared_ptr<const MapLayout> layout;
    // When the page cuts lanes between cards: the band of the layout it shows (below the stage
    // headers, which every page repeats); 0 and 0 for the whole layout.
    double sliceTop = 0;
    double sliceBottom = 0;
    bool continued = false; // the first lane began on the page before
    std::vector<Id> stageIds;
    std::vector<Id> laneIds;

    QSizeF sceneSize() const; // what the page shows, in scene units
};

struct MapPlan
{
    double scale = 1; // of the map's scene (MapStyle units) on the page
    std::vector<MapTile> tiles; // one per page
};

// The smallest body text a printed map may have.
inline constexpr double kMinMapTextPoints = 7.0;
// Points per scene unit at scale 1 (scene units are pixels at 96 dpi).
inline constexpr double kPointsPerSceneUnit = 0.75;

// `area` is the room for the map on each page, in points; `figures` as MapLayout::compute.
MapPlan planMap(const Workspace &w, Id mapId, const MapStyle &style, QSizeF area,
                const MapFigures &figures = {});
// Paints one tile with its top-left corner at the painter's origin, scaled by `scale`, with
// the survey figures the plan was made with (see MapPainter::paint).
void paintMapTile(QPainter &p, const MapTile &tile, Id mapId, const MapStyle &style, double scale,
                  const MapFigures &figures = {});

} // namespace ts::report
