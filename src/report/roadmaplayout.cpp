#include "report/roadmaplayout.h"

#include "core/workspace.h"

#include <algorithm>
#include <map>

namespace ts::report {
namespace {

Quarter fromIndex(int index)
{
    return Quarter {index / 4, index % 4 + 1};
}

QString laneTitleFor(const Workspace &w, const Initiative &i, RoadmapGrouping grouping)
{
    if (grouping == RoadmapGrouping::Dimension) {
        switch (i.dimension) {
        case Dimension::People:
            return QStringLiteral("People");
        case Dimension::Process:
            return QStringLiteral("Process");
        case Dimension::Technology:
            return QStringLiteral("Technology");
        }
    }
    const auto *d = findById(w.departments, i.departmentId);
    return d ? QString::fromStdString(d->name) : QStringLiteral("No department");
}

} // namespace

RoadmapLayout RoadmapLayout::compute(const Workspace &w, RoadmapGrouping grouping,
                                     const RoadmapGeometry &g)
{
    RoadmapLayout layout;
    layout.m_geometry = g;
    int first = 0, last = 0;
    bool any = false;
    for (const auto &i : w.initiatives) {
        const auto start = Quarter::parse(i.startQuarter), end = Quarter::parse(i.endQuarter);
        if (!start || !end)
            continue;
        first = any ? std::min(first, start->index()) : start->index();
        last = any ? std::max(last, end->index()) : end->index();
        any = true;
    }
    if (!any) {
        const auto today = Quarter::parse(nowIso().substr(0, 4) + "-Q1");
        first = today ? today->index() : 2026 * 4;
        last = first;
    }
    last = std::max(last, first + 7); // at least two years on screen
    for (int q = first; q <= last; ++q)
        layout.m_quarters.push_back(fromIndex(q));

    // Lanes in a stable order: the three dimensions, or departments in their order then "none".
    std::vector<QString> titles;
    if (grouping == RoadmapGrouping::Dimension)
        titles
            = {QStringLiteral("People"), QStringLiteral("Process"), QStringLiteral("Technology")};
    else {
        for (const auto &d : w.departments)
            titles.push_back(QString::fromStdString(d.name));
        titles.push_back(QStringLiteral("No department"));
    }
    std::map<QString, std::vector<const Initiative *>> byLane;
    for (const auto &i : w.initiatives)
        byLane[laneTitleFor(w, i, grouping)].push_back(&i);

    const double left = g.laneHeaderWidth;
    const double width = g.quarterWidth * double(layout.m_quarters.size());
    double y = g.headerHeight;
    for (const auto &title : titles) {
        const auto &items = byLane[title];
        if (items.empty() && grouping == RoadmapGrouping::Department
            && title == QStringLiteral("No department"))
            continue;
        // Rows: each bar takes the first row where it does not overlap an earlier bar.
        std::vector<int> rowEnds;
        const double top = y + g.lanePadding;
        for (const auto *i : items) {
            const auto start = Quarter::parse(i->startQuarter), end = Quarter::parse(i->endQuarter);
            const bool scheduled = start && end;
            const int s = scheduled ? start->index() : first, e = scheduled ? end->index() : first;
            std::size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] >= s)
                ++row;
            if (row == rowEnds.size())
                rowEnds.push_back(e);
            else
                rowEnds[row] = e;
            const double x = left + (s - first) * g.quarterWidth + 2;
            const double w2 = scheduled ? (e - s + 1) * g.quarterWidth - 4 : g.quarterWidth * 0.8;
            layout.m_bars.push_back(
                {i->id, QRectF(x, top + double(row) * (g.barHeight + g.barGap), w2, g.barHeight),
                 scheduled});
        }
        const double height = std::max<double>(1, double(rowEnds.size())) * (g.barHeight + g.barGap)
            + 2 * g.lanePadding - g.barGap;
        layout.m_lanes.push_back(
            {title, QRectF(0, y, left, height), QRectF(left, y, width, height)});
        y += height;
    }
    layout.m_bounds = QRectF(0, 0, left + width, y);
    return layout;
}

const RoadmapBar *RoadmapLayout::bar(Id initiativeId) const
{
    for (const auto &b : m_bars)
        if (b.initiativeId == initiativeId)
            return &b;
    return nullptr;
}

QRectF RoadmapLayout::quarterHeader(std::size_t index) const
{
    return QRectF(m_geometry.laneHeaderWidth + double(index) * m_geometry.quarterWidth, 0,
                  m_geometry.quarterWidth, m_geometry.headerHeight);
}

Quarter RoadmapLayout::quarterAt(double x) const
{
    const int index = std::clamp(int((x - m_geometry.laneHeaderWidth) / m_geometry.quarterWidth), 0,
                                 int(m_quarters.size()) - 1);
    return m_quarters[std::size_t(index)];
}

double RoadmapLayout::xOf(const Quarter &quarter) const
{
    return m_geometry.laneHeaderWidth
        + (quarter.index() - m_quarters.front().index()) * m_geometry.quarterWidth;
}

double PortfolioBalance::share(Dimension d) const
{
    if (total == 0)
        return 0;
    const int n = d == Dimension::People ? people : d == Dimension::Process ? process : technology;
    return 100.0 * n / total;
}

PortfolioBalance portfolioBalance(const Workspace &w)
{
    PortfolioBalance b;
    for (const auto &i : w.initiatives) {
        if (i.status == InitiativeStatus::Dropped)
            continue;
        ++b.total;
        (i.dimension == Dimension::People        ? b.people
             : i.dimension == Dimension::Process ? b.process
                                                 : b.technology)++;
    }
    return b;
}

} // namespace ts::report
