#include "report/linkrouter.h"

#include "core/workspace.h"
#include "report/mappainter.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ts::report {
namespace {

// A link that cannot go direct: out of the source's side into a column corridor (x1), along
// it, possibly along a row corridor (yr) and down another column corridor (x2), into the target.
struct Plan
{
    const CardLink *link = nullptr;
    const CardBox *from = nullptr;
    const CardBox *to = nullptr;
    bool direct = true;
    bool viaRow = false;
    QPointF start, end;
    double x1 = 0, x2 = 0, yr = 0;
    int side1 = 1, side2 = 1; // which way a track moves away from the cards
    int track = 0;

    double top() const { return std::min({start.y(), end.y(), viaRow ? yr : start.y()}); }
    double bottom() const { return std::max({start.y(), end.y(), viaRow ? yr : start.y()}); }
};

bool runsUnderCards(const MapLayout &layout, const QPainterPath &path, const CardBox &from,
                    const CardBox &to)
{
    const QRectF corridor = path.boundingRect().adjusted(-1, -1, 1, 1);
    std::vector<QPointF> samples; // taken once: pointAtPercent measures the whole path each time
    for (const auto &box : layout.cards()) {
        if (&box == &from || &box == &to || !box.rect.intersects(corridor))
            continue;
        if (samples.empty())
            for (int i = 1; i < 32; ++i)
                samples.push_back(path.pointAtPercent(i / 32.0));
        for (const auto &point : samples)
            if (box.rect.contains(point))
                return true;
    }
    return false;
}

int columnIndex(const MapLayout &layout, const StageColumn *column)
{
    return int(column - layout.stages().data());
}

// The row corridor to travel along: the target row's near edge, or below a shared row.
double rowCorridor(const MapLayout &layout, const CardBox &from, const CardBox &to)
{
    const auto *source = layout.lane(from.laneId);
    const auto *target = layout.lane(to.laneId);
    if (target->row.top() >= source->row.bottom())
        return target->row.top();
    if (target->row.bottom() <= source->row.top())
        return target->row.bottom();
    return source->row.bottom();
}

Plan plan(const MapLayout &layout, const CardBox &from, const CardBox &to)
{
    Plan p;
    p.from = &from;
    p.to = &to;
    const auto *a = layout.stage(from.stageId);
    const auto *b = layout.stage(to.stageId);
    if (!a || !b || !runsUnderCards(layout, MapPainter::linkPath(from.rect, to.rect), from, to))
        return p;
    p.direct = false;
    const int ia = columnIndex(layout, a), ib = columnIndex(layout, b);
    const QRectF f = from.rect, t = to.rect;
    const bool rightwards = ib >= ia;
    p.start = QPointF(rightwards ? f.right() : f.left(), f.center().y());
    p.x1 = rightwards ? a->column.right() : a->column.left();
    p.side1 = rightwards ? 1 : -1;
    if (ia == ib) {
        p.end = QPointF(t.right(), t.center().y());
        return p;
    }
    p.end = QPointF(rightwards ? t.left() : t.right(), t.center().y());
    if (std::abs(ib - ia) > 1) {
        p.viaRow = true;
        p.x2 = rightwards ? b->column.left() : b->column.right();
        p.side2 = rightwards ? -1 : 1;
        p.yr = rowCorridor(layout, from, to);
    }
    return p;
}

// Links on one corridor whose spans overlap get different tracks (interval colouring).
void assignTracks(std::vector<Plan> &plans, int maxTracks)
{
    std::map<std::pair<long long, int>, std::vector<Plan *>> corridors;
    for (auto &p : plans)
        if (!p.direct)
            corridors[{std::llround(p.x1 * 4), p.side1}].push_back(&p);
    for (auto &[key, members] : corridors) {
        std::sort(members.begin(), members.end(),
                  [](const Plan *a, const Plan *b) { return a->top() < b->top(); });
        std::vector<double> trackEnds;
        for (Plan *p : members) {
            int track = 0;
            while (track < int(trackEnds.size()) && trackEnds[track] > p->top() - 2)
                ++track;
            if (track == int(trackEnds.size()))
                trackEnds.push_back(0);
            trackEnds[track] = std::max(trackEnds[track], p->bottom());
            p->track = std::min(track, maxTracks - 1);
        }
    }
}

QPainterPath roundedPolyline(const std::vector<QPointF> &points, double radius)
{
    QPainterPath path(points.front());
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        const QPointF in = points[i] - points[i - 1], out = points[i + 1] - points[i];
        const double lin = std::hypot(in.x(), in.y()), lout = std::hypot(out.x(), out.y());
        const double r = std::min({radius, lin / 2, lout / 2});
        if (r < 0.01) {
            path.lineTo(points[i]);
            continue;
        }
        path.lineTo(points[i] - in / lin * r);
        path.quadTo(points[i], points[i] + out / lout * r);
    }
    path.lineTo(points.back());
    return path;
}

LinkRouter::Route build(const Plan &p, double spacing)
{
    LinkRouter::Route route;
    route.link = p.link;
    if (p.direct) {
        route.path = MapPainter::linkPath(p.from->rect, p.to->rect);
        return route;
    }
    const double offset = p.track * spacing;
    const double x1 = p.x1 + p.side1 * offset;
    std::vector<QPointF> points = {p.start, QPointF(x1, p.start.y())};
    double lastX = x1;
    if (p.viaRow) {
        const double x2 = p.x2 + p.side2 * offset, yr = p.yr + offset;
        points.insert(points.end(), {QPointF(x1, yr), QPointF(x2, yr), QPointF(x2, p.end.y())});
        lastX = x2;
    } else {
        points.push_back(QPointF(x1, p.end.y()));
    }
    points.push_back(p.end);
    route.path = roundedPolyline(points, 6);
    route.headRoom = std::abs(p.end.x() - lastX);
    return route;
}

} // namespace

std::vector<LinkRouter::Route> LinkRouter::routeAll(const Workspace &w, const MapLayout &layout,
                                                    double trackSpacing)
{
    std::vector<Plan> plans;
    for (const auto &link : w.cardLinks) {
        const auto *from = layout.card(link.fromCardId);
        const auto *to = layout.card(link.toCardId);
        if (!from || !to || from == to)
            continue;
        plans.push_back(plan(layout, *from, *to));
        plans.back().link = &link;
    }
    // Cards keep `gap` from every column edge: that much room on each side of a corridor.
    assignTracks(plans, std::max(1, int((layout.gap() - 1) / trackSpacing) + 1));
    std::vector<Route> routes;
    routes.reserve(plans.size());
    for (const auto &p : plans)
        routes.push_back(build(p, trackSpacing));
    return routes;
}

LinkRouter::Route LinkRouter::route(const MapLayout &layout, const CardBox &from, const CardBox &to)
{
    return build(plan(layout, from, to), 0);
}

} // namespace ts::report
