// Where everything of one journey map goes: stage columns, lane rows, cards and emotion points.
#pragma once

#include "core/enums.h"
#include "core/ids.h"
#include "report/mapfigures.h"
#include "report/mapstyle.h"

#include <QPointF>
#include <QRectF>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ts {
struct Workspace;
}

namespace ts::report {

struct StageColumn
{
    Id stageId = 0;
    QRectF header; // above the grid
    QRectF column; // the grid body below the header, all lanes
};

struct LaneRow
{
    Id laneId = 0;
    LaneKind kind = LaneKind::Actions;
    QRectF header; // left of the grid
    QRectF row; // the grid body right of the header, all stages
};

struct CardBox
{
    Id cardId = 0;
    Id stageId = 0;
    Id laneId = 0;
    int index = 0; // order within its cell
    QRectF rect;
    QRectF figures; // the survey figures badge right under the card; null when it has none
};

// Scene coordinates (see MapStyle): the map's top-left corner is (0, 0); the corner cell
// (map title) sits above the lane headers and left of the stage headers.
class MapLayout
{
public:
    // Only visible lanes, in position order; stages in position order; every card of a
    // visible lane and a stage of the map, stacked in its cell in position order. Each card is
    // as tall as its wrapped title and badges need; a row is as tall as its fullest cell.
    // Room is kept for the survey figures there are: a badge under each touchpoint card with
    // figures, a strip at the foot of the metrics lane when any stage has figures.
    static MapLayout compute(const Workspace &w, Id mapId, const MapStyle &style,
                             const MapFigures &figures = {});

    Id mapId() const { return m_mapId; }
    double gap() const { return m_gap; } // the free space around every card
    QRectF bounds() const { return m_bounds; }
    QRectF cornerRect() const; // the map's name and persona
    const std::vector<StageColumn> &stages() const { return m_stages; }
    const std::vector<LaneRow> &lanes() const { return m_lanes; }
    const std::vector<CardBox> &cards() const { return m_cards; } // by stage, lane, index

    const StageColumn *stage(Id stageId) const;
    const LaneRow *lane(Id laneId) const;
    const LaneRow *emotionLane() const; // the first visible emotion lane, or nullptr
    const CardBox *card(Id cardId) const;
    // The cards of one cell in order (empty for an unknown cell).
    std::span<const CardBox> cardsIn(Id stageId, Id laneId) const;

    // Null rect for an unknown stage or hidden lane.
    QRectF cellRect(Id stageId, Id laneId) const;
    // Where a stage's survey figures go at the foot of the metrics lane; null when the stage
    // has none or no metrics lane is visible.
    QRectF stageFiguresRect(Id stageId) const;
    // (stageId, laneId) of the grid cell under p; nullopt on headers and outside.
    std::optional<std::pair<Id, Id>> cellAt(QPointF p) const;
    const CardBox *cardAt(QPointF p) const;
    std::optional<Id> stageHeaderAt(QPointF p) const;
    std::optional<Id> laneHeaderAt(QPointF p) const;
    // Where a card dropped at p goes in that cell: 0..number of cards in it.
    int insertionIndex(Id stageId, Id laneId, QPointF p) const;
    // Where a new card appended to the cell would be drawn (at the minimum card height).
    QRectF newCardRect(Id stageId, Id laneId) const;

    // The emotion point of a stage for value -3..3 (clamped), in the emotion lane; a null
    // point when no emotion lane is visible or the stage is unknown.
    QPointF emotionPoint(Id stageId, int value) const;
    // The inverse: the value nearest to y, clamped to -3..3.
    int emotionValueAt(Id stageId, double y) const;
    // The vertical band of the emotion lane the values -3..3 span.
    std::pair<double, double> emotionRange() const; // (y of +3, y of -3)

private:
    Id m_mapId = 0;
    QRectF m_bounds;
    double m_gap = 8;
    double m_minCardHeight = 40;
    double m_emotionInset = 20;
    std::vector<StageColumn> m_stages;
    std::vector<LaneRow> m_lanes;
    std::vector<CardBox> m_cards;
    std::unordered_map<Id, int> m_stageIndex;
    std::unordered_map<Id, int> m_laneIndex;
    std::unordered_map<Id, int> m_cardIndex;
    std::unordered_map<Id, QRectF> m_stageFigures;
    std::vector<std::pair<int, int>> m_cellRanges; // [stage * lanes + lane] -> [first, end)

    int cellSlot(Id stageId, Id laneId) const; // -1 when unknown
    friend class MapLayoutBuilder;
};

} // namespace ts::report
