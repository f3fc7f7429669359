// Where the strategy roadmap's quarters, swimlanes and initiative bars go: shared by the
// roadmap editor and the PDF report.
#pragma once

#include "core/initiative.h"
#include "core/quarter.h"

#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

namespace ts {
struct Workspace;
}

namespace ts::report {

enum class RoadmapGrouping { Dimension, Department };

struct RoadmapGeometry
{
    double laneHeaderWidth = 150;
    double quarterWidth = 96;
    double headerHeight = 36;
    double barHeight = 26;
    double barGap = 6;
    double lanePadding = 8;
};

struct RoadmapLane
{
    QString title;
    QRectF header;
    QRectF row;
};

struct RoadmapBar
{
    Id initiativeId = 0;
    QRectF rect;
    bool scheduled = true; // false: no start or end quarter yet, drawn dashed at the left
};

class RoadmapLayout
{
public:
    static RoadmapLayout compute(const Workspace &w, RoadmapGrouping grouping,
                                 const RoadmapGeometry &g = {});

    QRectF bounds() const { return m_bounds; }
    const std::vector<Quarter> &quarters() const { return m_quarters; }
    const std::vector<RoadmapLane> &lanes() const { return m_lanes; }
    const std::vector<RoadmapBar> &bars() const { return m_bars; }
    const RoadmapBar *bar(Id initiativeId) const;
    const RoadmapGeometry &geometry() const { return m_geometry; }
    QRectF quarterHeader(std::size_t index) const;
    // The quarter whose column holds x (clamped to the shown range).
    Quarter quarterAt(double x) const;
    double xOf(const Quarter &quarter) const; // left edge of its column

private:
    RoadmapGeometry m_geometry;
    QRectF m_bounds;
    std::vector<Quarter> m_quarters;
    std::vector<RoadmapLane> m_lanes;
    std::vector<RoadmapBar> m_bars;
};

// People / process / technology shares of the initiatives that are not dropped, in percent.
struct PortfolioBalance
{
    int people = 0, process = 0, technology = 0, total = 0;
    double share(Dimension d) const;
};
PortfolioBalance portfolioBalance(const Workspace &w);

} // namespace ts::report
