#include "report/reportmaps.h"

#include "core/workspace.h"
#include "report/mappainter.h"
#include "report/textblock.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace ts::report {
namespace {

// The map with only `stageIds` and the lanes of `laneIds` visible: its layout repeats the lane
// headers and stage headers of exactly what one page shows.
std::shared_ptr<Workspace> partOf(const Workspace &w, Id mapId, const std::vector<Id> &stageIds,
                                  const std::vector<Id> &laneIds)
{
    auto part = std::make_shared<Workspace>();
    const std::unordered_set<Id> stages(stageIds.begin(), stageIds.end());
    const std::unordered_set<Id> lanes(laneIds.begin(), laneIds.end());
    for (const auto &m : w.maps)
        if (m.id == mapId)
            part->maps.push_back(m);
    part->personas = w.personas;
    part->departments = w.departments;
    for (const auto &s : w.stages)
        if (s.mapId == mapId && stages.count(s.id))
            part->stages.push_back(s);
    for (const auto &l : w.lanes)
        if (l.mapId == mapId) {
            part->lanes.push_back(l);
            part->lanes.back().visible = l.visible && lanes.count(l.id);
        }
    std::unordered_set<Id> cards;
    for (const auto &c : w.cards)
        if (c.mapId == mapId && stages.count(c.stageId) && lanes.count(c.laneId)) {
            part->cards.push_back(c);
            cards.insert(c.id);
        }
    for (const auto &link : w.cardLinks)
        if (cards.count(link.fromCardId) && cards.count(link.toCardId))
            part->cardLinks.push_back(link);
    return part;
}

struct TileSpec
{
    int firstStage = 0, stageCount = 0;
    int firstLane = 0, lastLane = 0; // rows of the group's layout the page shows, inclusive
    double top = 0, bottom = 0; // the band of the group's layout the page shows
};

class Planner
{
public:
    Planner(const Workspace &w, Id mapId, const MapStyle &style, const MapFigures &figures,
            const MapLayout &full)
        : m_w(w)
        , m_mapId(mapId)
        , m_style(style)
        , m_figures(figures)
    {
        for (const auto &s : full.stages())
            m_stageIds.push_back(s.stageId);
        for (const auto &l : full.lanes())
            m_laneIds.push_back(l.laneId);
        m_laneHeader = full.lanes().front().header.width();
        m_column = full.stages().front().header.width();
    }

    // Stages in even groups as wide as a page; each group's lanes in bands as tall as a page,
    // cut between lanes where that fills most of the page, else between cards.
    std::vector<TileSpec> tiles(double scale, QSizeF area)
    {
        const double width = area.width() / (kPointsPerSceneUnit * scale);
        const double height = area.height() / (kPointsPerSceneUnit * scale);
        const int n = int(m_stageIds.size());
        const int perPage = std::clamp(int((width - m_laneHeader) / m_column), 1, n);
        const int groups = (n + perPage - 1) / perPage;
        std::vector<TileSpec> out;
        int first = 0;
        for (int g = 0; g < groups; ++g) {
            const int count = n / groups + (g < n % groups ? 1 : 0);
            const MapLayout &layout = groupLayout(first, count);
            const double room = std::max(40.0, height - layout.cornerRect().height());
            const double end = layout.bounds().bottom();
            double top = layout.cornerRect().height();
            while (top < end - 0.5) {
                const double bottom = top + room >= end ? end : cut(layout, top, room);
                out.push_back({first, count, laneAt(layout, top + 0.5),
                               laneAt(layout, bottom - 0.5), top, bottom});
                top = bottom;
            }
            first += count;
        }
        return out;
    }

    MapTile build(const TileSpec &spec)
    {
        MapTile tile;
        const MapLayout &group = groupLayout(spec.firstStage, spec.stageCount);
        for (int s = spec.firstStage; s < spec.firstStage + spec.stageCount; ++s)
            tile.stageIds.push_back(m_stageIds[std::size_t(s)]);
        for (int l = spec.firstLane; l <= spec.lastLane; ++l)
            tile.laneIds.push_back(m_laneIds[std::size_t(l)]);
        tile.part = partOf(m_w, m_mapId, tile.stageIds, tile.laneIds);
        tile.layout = std::make_shared<MapLayout>(
            MapLayout::compute(*tile.part, m_mapId, m_style, m_figures));
        const auto &firstRow = group.lanes()[std::size_t(spec.firstLane)].row;
        const auto &lastRow = group.lanes()[std::size_t(spec.lastLane)].row;
        if (spec.top > firstRow.top() + 0.5 || spec.bottom < lastRow.bottom() - 0.5) {
            // The same rows, stacked from the header down in the page's own layout.
            const double shift = tile.layout->lanes().front().row.top() - firstRow.top();
            tile.sliceTop = spec.top + shift;
            tile.sliceBottom = spec.bottom + shift;
            tile.continued = spec.top > firstRow.top() + 0.5;
        }
        return tile;
    }

private:
    const Workspace &m_w;
    Id m_mapId;
    const MapStyle &m_style;
    const MapFigures &m_figures;
    std::vector<Id> m_stageIds, m_laneIds;
    double m_laneHeader = 0, m_column = 0;
    std::map<std::pair<int, int>, MapLayout> m_groups;

    const MapLayout &groupLayout(int first, int count)
    {
        const auto key = std::make_pair(first, count);
        auto found = m_groups.find(key);
        if (found == m_groups.end()) {
            const std::vector<Id> stages(m_stageIds.begin() + first,
                                         m_stageIds.begin() + first + count);
            const auto part = partOf(m_w, m_mapId, stages, m_laneIds);
            found = m_groups.emplace(key, MapLayout::compute(*part, m_mapId, m_style, m_figures))
                        .first;
        }
        return found->second;
    }

    static int laneAt(const MapLayout &layout, double y)
    {
        const auto &lanes = layout.lanes();
        for (std::size_t l = 0; l < lanes.size(); ++l)
            if (y < lanes[l].row.bottom())
                return int(l);
        return int(lanes.size()) - 1;
    }

    // Where a page starting at `top` ends: the last lane boundary that fills at least 60 % of
    // it; else the free space between cards lowest on the page (never inside the emotion
    // curve); else the bottom of the page.
    static double cut(const MapLayout &layout, double top, double room)
    {
        const double limit = top + room;
        double lane = -1;
        for (const auto &l : layout.lanes())
            if (l.row.bottom() > top + 0.5 && l.row.bottom() <= limit + 0.01)
                lane = l.row.bottom();
        if (lane >= top + room * 0.6)
            return lane;
        double best = lane;
        for (const auto &l : layout.lanes()) {
            if (l.kind == LaneKind::Emotion || l.row.bottom() <= top || l.row.top() >= limit)
                continue;
            // A card with its figures badge, and the stages' figures, are never cut through.
            std::vector<QRectF> cards;
            for (const auto &c : layout.cards())
                if (c.laneId == l.laneId)
                    cards.push_back(c.figures.isNull() ? c.rect : c.rect.united(c.figures));
            if (l.kind == LaneKind::Metrics)
                for (const auto &s : layout.stages())
                    if (const QRectF strip = layout.stageFiguresRect(s.stageId); !strip.isNull())
                        cards.push_back(strip);
            for (const auto &c : cards) {
                const double y = c.bottom() + layout.gap() / 2;
                if (y <= best || y <= top + room * 0.4 || y > limit || y >= l.row.bottom())
                    continue;
                if (std::none_of(cards.begin(), cards.end(),
                                 [&](const QRectF &o) { return o.top() < y && o.bottom() > y; }))
                    best = y;
            }
        }
        return best > top + 0.5 ? best : limit;
    }
};

// The title of a lane cut by the page above, at the top of what this page shows of it.
void paintContinuedLane(QPainter &p, const Workspace &w, const MapLayout &layout,
                        const MapStyle &style, double top, double bottom)
{
    const auto &row = layout.lanes().front();
    const Lane *lane = findById(w.lanes, row.laneId);
    QString title = lane ? QString::fromStdString(lane->title).trimmed() : QString();
    if (title.isEmpty())
        title = QString::fromStdString(defaultLaneTitle(row.kind));
    title += QStringLiteral(" (continued)");
    const QFont font = style.font(MapStyle::FontRole::LaneHeader);
    const double pad = style.gap + 4;
    const auto block = TextBlock::wrapped(title, font, row.header.width() - pad - 6);
    const QRectF band(row.header.left(), top, row.header.width(),
                      std::min(bottom, top + block->height() + 2 * (style.gap + 2)) - top);
    const double marker = std::round(style.gap * 0.5);
    p.fillRect(band, style.laneHeaderFill);
    p.fillRect(QRectF(band.left(), band.top(), marker, band.height()),
               style.colors(cardKindShownIn(row.kind)).accent);
    p.setPen(style.laneHeaderText);
    block->draw(p, QPointF(band.left() + pad, band.top() + style.gap + 2), font);
}

} // namespace

QSizeF MapTile::sceneSize() const
{
    const QRectF bounds = layout->bounds();
    if (sliceBottom <= sliceTop)
        return bounds.size();
    return QSizeF(bounds.width(), layout->cornerRect().height() + sliceBottom - sliceTop);
}

MapPlan planMap(const Workspace &w, Id mapId, const MapStyle &style, QSizeF area,
                const MapFigures &figures)
{
    const MapLayout full = MapLayout::compute(w, mapId, style, figures);
    const QSizeF size = full.bounds().size() * kPointsPerSceneUnit;
    const double minScale = kMinMapTextPoints / style.fontPointSize;
    const double fit = size.isEmpty()
        ? 1.0
        : std::min(area.width() / size.width(), area.height() / size.height());
    MapPlan plan;
    if (fit >= minScale || full.stages().empty() || full.lanes().empty()) {
        plan.scale = std::min(fit, 1.0);
        MapTile tile;
        tile.part = std::shared_ptr<const Workspace>(&w, [](const Workspace *) {}); // not owned
        tile.layout = std::make_shared<MapLayout>(full);
        for (const auto &s : full.stages())
            tile.stageIds.push_back(s.stageId);
        for (const auto &l : full.lanes())
            tile.laneIds.push_back(l.laneId);
        plan.tiles.push_back(std::move(tile));
        return plan;
    }
    Planner planner(w, mapId, style, figures, full);
    const std::size_t fewest = planner.tiles(minScale, area).size();
    plan.scale = minScale;
    for (double s = 1.0; s > minScale; s -= 0.02)
        if (planner.tiles(s, area).size() <= fewest) {
            plan.scale = s;
            break;
        }
    for (const auto &spec : planner.tiles(plan.scale, area))
        plan.tiles.push_back(planner.build(spec));
    return plan;
}

void paintMapTile(QPainter &p, const MapTile &tile, Id mapId, const MapStyle &style, double scale,
                  const MapFigures &figures)
{
    p.save();
    p.scale(kPointsPerSceneUnit * scale, kPointsPerSceneUnit * scale);
    if (tile.sliceBottom <= tile.sliceTop) {
        MapPainter::paint(p, *tile.part, mapId, *tile.layout, style, figures);
    } else {
        const double header = tile.layout->cornerRect().height();
        const double width = tile.layout->bounds().width();
        p.save();
        p.setClipRect(QRectF(0, 0, width, header));
        MapPainter::paint(p, *tile.part, mapId, *tile.layout, style);
        p.restore();
        p.save();
        p.translate(0, header - tile.sliceTop);
        p.setClipRect(QRectF(0, tile.sliceTop, width, tile.sliceBottom - tile.sliceTop));
        MapPainter::paint(p, *tile.part, mapId, *tile.layout, style, figures);
        if (tile.continued)
            paintContinuedLane(p, *tile.part, *tile.layout, style, tile.sliceTop, tile.sliceBottom);
        p.restore();
    }
    p.restore();
}

} // namespace ts::report
