// Paints the strategy roadmap timeline (quarters, swimlanes, initiative bars) and the
// people / process / technology balance gauge: the same in the editor and the PDF.
#pragma once

#include "report/roadmaplayout.h"

#include <QColor>

class QPainter;

namespace ts::report {

class RoadmapPainter
{
public:
    static void paintGrid(QPainter &p, const RoadmapLayout &layout);
    static void paintBar(QPainter &p, const Initiative &initiative, const QRectF &rect,
                         bool scheduled, bool selected = false);
    static void paint(QPainter &p, const Workspace &w, const RoadmapLayout &layout);
    static void paintBalance(QPainter &p, const PortfolioBalance &balance, const QRectF &rect);
    static QColor colorOf(Dimension dimension);
};

} // namespace ts::report
