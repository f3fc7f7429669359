// Routes card links (pain point -> opportunity, ...) so they never run under another card.
#pragma once

#include "core/card.h"
#include "report/maplayout.h"

#include <QPainterPath>
#include <vector>

namespace ts {
struct Workspace;
}

namespace ts::report {

// A direct curve where nothing is in the way; otherwise a path along the free corridors that
// the layout leaves between columns and between rows. Links that share a corridor get
// separate tracks, so parallel links stay apart and each one can be followed.
class LinkRouter
{
public:
    struct Route
    {
        const CardLink *link = nullptr;
        QPainterPath path;
        double headRoom = 1e9; // the length of the last straight piece, for the arrow head
    };

    // A route for every link of the map whose two cards are laid out.
    static std::vector<Route> routeAll(const Workspace &w, const MapLayout &layout,
                                       double trackSpacing);
    // One link on its own (track 0).
    static Route route(const MapLayout &layout, const CardBox &from, const CardBox &to);
};

} // namespace ts::report
