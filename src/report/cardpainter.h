// Paints one card as a sticky note: the same on screen, in PNG, SVG and PDF.
#pragma once

#include "core/card.h"
#include "report/mapstyle.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace ts {
struct Workspace;
}

namespace ts::report {

// What a card shows that is not on the Card itself.
struct CardContext
{
    QString departmentName; // the owner badge; empty for none

    static CardContext of(const Workspace &w, const Card &card);
};

class CardPainter
{
public:
    // Paints `card` filling `rect` (its height from heightFor, or taller).
    static void paint(QPainter &p, const Card &card, const QRectF &rect, const CardContext &ctx,
                      const MapStyle &style, bool selected = false);
    // The height the card needs at `width` (default: style.cardWidth) for its wrapped title
    // and badges: the layout grows cards and rows by this.
    static double heightFor(const Card &card, const CardContext &ctx, const MapStyle &style,
                            double width = 0);
};

} // namespace ts::report
