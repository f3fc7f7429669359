#include "report/maplayout.h"

#include "core/workspace.h"
#include "report/cardpainter.h"
#include "report/mappainter.h"

#include <algorithm>
#include <cmath>

namespace ts::report {

// Builds a MapLayout in steps: the grid's stages and lanes, the cards per cell, then geometry.
class MapLayoutBuilder
{
public:
    MapLayoutBuilder(const Workspace &w, Id mapId, const MapStyle &style, const MapFigures &figures)
        : m_w(w)
        , m_style(style)
        , m_figures(figures)
    {
        m_layout.m_mapId = mapId;
        m_layout.m_gap = style.gap;
        m_layout.m_minCardHeight = style.minCardHeight;
        m_layout.m_emotionInset = std::round(style.basePixelSize() * 1.6);
    }

    MapLayout build()
    {
        collectGrid();
        collectCards();
        placeRowsAndColumns();
        placeCards();
        placeStageFigures();
        return std::move(m_layout);
    }

private:
    const Workspace &m_w;
    const MapStyle &m_style;
    const MapFigures &m_figures;
    MapLayout m_layout;
    std::vector<const Stage *> m_stages;
    std::vector<const Lane *> m_lanes;
    std::vector<std::vector<const Card *>> m_cells; // [stage * lanes + lane]
    std::vector<std::vector<double>> m_heights; // of each card, per cell
    std::vector<std::vector<double>> m_figureHeights; // under each card (0: no figures)
    double m_metricsFooter = 0; // the stage figures strip, when any stage has figures

    template<typename T> static void byPosition(std::vector<const T *> &items)
    {
        std::stable_sort(items.begin(), items.end(), [](const T *a, const T *b) {
            return a->position != b->position ? a->position < b->position : a->id < b->id;
        });
    }

    void collectGrid()
    {
        const Id mapId = m_layout.m_mapId;
        for (const auto &s : m_w.stages)
            if (s.mapId == mapId)
                m_stages.push_back(&s);
        for (const auto &l : m_w.lanes)
            if (l.mapId == mapId && l.visible)
                m_lanes.push_back(&l);
        byPosition(m_stages);
        byPosition(m_lanes);
        for (int i = 0; i < int(m_stages.size()); ++i)
            m_layout.m_stageIndex[m_stages[i]->id] = i;
        for (int i = 0; i < int(m_lanes.size()); ++i)
            m_layout.m_laneIndex[m_lanes[i]->id] = i;
    }

    void collectCards()
    {
        m_cells.assign(m_stages.size() * m_lanes.size(), {});
        m_heights.assign(m_cells.size(), {});
        m_figureHeights.assign(m_cells.size(), {});
        m_metricsFooter = m_figures.stages.empty() ? 0 : m_style.stageFiguresHeight();
        for (const auto &c : m_w.cards) {
            if (c.mapId != m_layout.m_mapId)
                continue;
            const int slot = m_layout.cellSlot(c.stageId, c.laneId);
            if (slot >= 0)
                m_cells[slot].push_back(&c);
        }
        std::unordered_map<Id, CardContext> contexts;
        for (const auto &d : m_w.departments)
            contexts[d.id].departmentName = QString::fromStdString(d.name);
        for (std::size_t slot = 0; slot < m_cells.size(); ++slot) {
            byPosition(m_cells[slot]);
            for (const Card *c : m_cells[slot]) {
                const auto ctx = contexts.find(c->departmentId);
                m_heights[slot].push_back(CardPainter::heightFor(
                    *c, ctx == contexts.end() ? CardContext {} : ctx->second, m_style));
                m_figureHeights[slot].push_back(
                    m_figures.cards.count(c->id) ? m_style.cardFiguresHeight() : 0);
            }
        }
    }

    double contentHeight(std::size_t slot) const
    {
        double h = m_style.gap;
        for (std::size_t i = 0; i < m_heights[slot].size(); ++i)
            h += m_heights[slot][i] + m_figureHeights[slot][i] + m_style.gap;
        return h;
    }

    double rowHeight(int lane) const
    {
        double h = m_lanes[lane]->kind == LaneKind::Emotion ? m_style.emotionRowHeight
                                                            : m_style.minRowHeight;
        h = std::max(h, MapPainter::laneHeaderHeight(*m_lanes[lane], m_style));
        const double footer = m_lanes[lane]->kind == LaneKind::Metrics ? m_metricsFooter : 0;
        for (std::size_t s = 0; s < m_stages.size(); ++s)
            h = std::max(h, contentHeight(s * m_lanes.size() + lane) + footer);
        return std::ceil(h);
    }

    void placeRowsAndColumns()
    {
        const double left = m_style.laneHeaderWidth;
        const double top = m_style.stageHeaderHeight;
        const double columnWidth = m_style.cardWidth + 2 * m_style.gap;
        double y = top;
        for (int l = 0; l < int(m_lanes.size()); ++l) {
            const double h = rowHeight(l);
            m_layout.m_lanes.push_back({m_lanes[l]->id, m_lanes[l]->kind, QRectF(0, y, left, h),
                                        QRectF(left, y, columnWidth * m_stages.size(), h)});
            y += h;
        }
        for (int s = 0; s < int(m_stages.size()); ++s) {
            const double x = left + s * columnWidth;
            m_layout.m_stages.push_back({m_stages[s]->id, QRectF(x, 0, columnWidth, top),
                                         QRectF(x, top, columnWidth, y - top)});
        }
        m_layout.m_bounds = QRectF(0, 0, left + columnWidth * m_stages.size(), y);
    }

    void placeCards()
    {
        const std::size_t lanes = m_lanes.size();
        m_layout.m_cellRanges.assign(m_cells.size(), {0, 0});
        for (std::size_t s = 0; s < m_stages.size(); ++s) {
            for (std::size_t l = 0; l < lanes; ++l) {
                const std::size_t slot = s * lanes + l;
                const int first = int(m_layout.m_cards.size());
                const double x = m_layout.m_stages[s].column.left() + m_style.gap;
                double y = m_layout.m_lanes[l].row.top() + m_style.gap;
                for (std::size_t i = 0; i < m_cells[slot].size(); ++i) {
                    const Card *c = m_cells[slot][i];
                    const QRectF rect(x, y, m_style.cardWidth, m_heights[slot][i]);
                    const double below = m_figureHeights[slot][i];
                    // The badge hangs under the card, a hair apart so it reads as the card's.
                    const QRectF figures = below > 0
                        ? QRectF(x, rect.bottom() + 2, m_style.cardWidth, below - 2)
                        : QRectF();
                    m_layout.m_cardIndex[c->id] = int(m_layout.m_cards.size());
                    m_layout.m_cards.push_back(
                        {c->id, c->stageId, c->laneId, int(i), rect, figures});
                    y += rect.height() + below + m_style.gap;
                }
                m_layout.m_cellRanges[slot] = {first, int(m_layout.m_cards.size())};
            }
        }
    }

    void placeStageFigures()
    {
        if (m_metricsFooter <= 0)
            return;
        const auto metrics
            = std::find_if(m_layout.m_lanes.begin(), m_layout.m_lanes.end(),
                           [](const LaneRow &r) { return r.kind == LaneKind::Metrics; });
        if (metrics == m_layout.m_lanes.end())
            return;
        const double gap = m_style.gap;
        for (const auto &column : m_layout.m_stages)
            if (m_figures.stages.count(column.stageId))
                m_layout.m_stageFigures[column.stageId] = QRectF(
                    column.column.left() + gap, metrics->row.bottom() - m_metricsFooter + gap / 2,
                    column.column.width() - 2 * gap, m_metricsFooter - gap);
    }
};

MapLayout MapLayout::compute(const Workspace &w, Id mapId, const MapStyle &style,
                             const MapFigures &figures)
{
    return MapLayoutBuilder(w, mapId, style, figures).build();
}

QRectF MapLayout::stageFiguresRect(Id stageId) const
{
    const auto found = m_stageFigures.find(stageId);
    return found == m_stageFigures.end() ? QRectF() : found->second;
}

QRectF MapLayout::cornerRect() const
{
    const double w = m_lanes.empty() ? 0 : m_lanes.front().header.width();
    const double h = m_stages.empty() ? 0 : m_stages.front().header.height();
    return QRectF(0, 0, w, h);
}

int MapLayout::cellSlot(Id stageId, Id laneId) const
{
    const auto s = m_stageIndex.find(stageId);
    const auto l = m_laneIndex.find(laneId);
    if (s == m_stageIndex.end() || l == m_laneIndex.end())
        return -1;
    return s->second * int(m_laneIndex.size()) + l->second;
}

const StageColumn *MapLayout::stage(Id stageId) const
{
    const auto found = m_stageIndex.find(stageId);
    return found == m_stageIndex.end() ? nullptr : &m_stages[found->second];
}

const LaneRow *MapLayout::lane(Id laneId) const
{
    const auto found = m_laneIndex.find(laneId);
    return found == m_laneIndex.end() ? nullptr : &m_lanes[found->second];
}

const LaneRow *MapLayout::emotionLane() const
{
    for (const auto &l : m_lanes)
        if (l.kind == LaneKind::Emotion)
            return &l;
    return nullptr;
}

const CardBox *MapLayout::card(Id cardId) const
{
    const auto found = m_cardIndex.find(cardId);
    return found == m_cardIndex.end() ? nullptr : &m_cards[found->second];
}

std::span<const CardBox> MapLayout::cardsIn(Id stageId, Id laneId) const
{
    const int slot = cellSlot(stageId, laneId);
    if (slot < 0)
        return {};
    const auto [first, end] = m_cellRanges[slot];
    return std::span<const CardBox>(m_cards.data() + first, std::size_t(end - first));
}

QRectF MapLayout::cellRect(Id stageId, Id laneId) const
{
    const auto *s = stage(stageId);
    const auto *l = lane(laneId);
    if (!s || !l)
        return {};
    return QRectF(s->column.left(), l->row.top(), s->column.width(), l->row.height());
}

std::optional<std::pair<Id, Id>> MapLayout::cellAt(QPointF p) const
{
    const auto s = std::find_if(m_stages.begin(), m_stages.end(), [&](const StageColumn &c) {
        return p.x() >= c.column.left() && p.x() < c.column.right();
    });
    const auto l = std::find_if(m_lanes.begin(), m_lanes.end(), [&](const LaneRow &r) {
        return p.y() >= r.row.top() && p.y() < r.row.bottom();
    });
    if (s == m_stages.end() || l == m_lanes.end())
        return std::nullopt;
    return std::make_pair(s->stageId, l->laneId);
}

const CardBox *MapLayout::cardAt(QPointF p) const
{
    const auto cell = cellAt(p);
    if (!cell)
        return nullptr;
    for (const auto &box : cardsIn(cell->first, cell->second))
        if (box.rect.contains(p))
            return &box;
    return nullptr;
}

std::optional<Id> MapLayout::stageHeaderAt(QPointF p) const
{
    for (const auto &s : m_stages)
        if (s.header.contains(p))
            return s.stageId;
    return std::nullopt;
}

std::optional<Id> MapLayout::laneHeaderAt(QPointF p) const
{
    for (const auto &l : m_lanes)
        if (l.header.contains(p))
            return l.laneId;
    return std::nullopt;
}

int MapLayout::insertionIndex(Id stageId, Id laneId, QPointF p) const
{
    int index = 0;
    for (const auto &box : cardsIn(stageId, laneId))
        if (box.rect.center().y() < p.y())
            index = box.index + 1;
    return index;
}

QRectF MapLayout::newCardRect(Id stageId, Id laneId) const
{
    const QRectF cell = cellRect(stageId, laneId);
    if (cell.isNull())
        return {};
    const auto boxes = cardsIn(stageId, laneId);
    const double top = boxes.empty()
        ? cell.top() + m_gap
        : std::max(boxes.back().rect.bottom(), boxes.back().figures.bottom()) + m_gap;
    return QRectF(cell.left() + m_gap, top, cell.width() - 2 * m_gap, m_minCardHeight);
}

std::pair<double, double> MapLayout::emotionRange() const
{
    const auto *lane = emotionLane();
    if (!lane)
        return {0, 0};
    return {lane->row.top() + m_emotionInset, lane->row.bottom() - m_emotionInset};
}

QPointF MapLayout::emotionPoint(Id stageId, int value) const
{
    const auto *s = stage(stageId);
    if (!s || !emotionLane())
        return {};
    const auto [top, bottom] = emotionRange();
    const int v = std::clamp(value, -3, 3);
    return QPointF(s->column.center().x(), top + (3 - v) / 6.0 * (bottom - top));
}

int MapLayout::emotionValueAt(Id stageId, double y) const
{
    if (!stage(stageId) || !emotionLane())
        return 0;
    const auto [top, bottom] = emotionRange();
    const double value = 3 - (y - top) / (bottom - top) * 6;
    return std::clamp(int(std::lround(value)), -3, 3);
}

} // namespace ts::report
