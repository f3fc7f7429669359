// The badges of a card (severity, dimension, channel, score, owner) and how they flow.
#pragma once

#include "core/card.h"
#include "report/mapstyle.h"
#include "report/textblock.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <memory>
#include <string>
#include <vector>

class QPainter;

namespace ts::report {

struct CardContext;

// The colour of a pain point's severity, shared by the cards and the PDF's register.
QColor severityColor(Severity severity);

struct Badge
{
    enum class Look { Solid, Soft, Outline, Plain };
    QString text;
    Look look = Look::Soft;
    QColor color; // fill (Solid), tint and text (Soft), line and text (Outline, Plain)
    std::string channel; // when set, the channel glyph precedes the text
    QRectF rect; // relative to the badge area's top-left, set by flow()
    std::shared_ptr<const TextBlock> label; // the text laid out, set by flow()
};

class CardBadges
{
public:
    static std::vector<Badge> of(const Card &card, const CardContext &ctx, const MapStyle &style);
    // Places the badges in rows within `width`; returns the height they take (0 for none).
    static double flow(std::vector<Badge> &badges, double width, const MapStyle &style);
    // `cardFill` is what the badges sit on: tints are mixed with it so every fill is opaque
    // (cheap to paint, and the same in every export).
    static void paint(QPainter &p, const std::vector<Badge> &badges, QPointF topLeft,
                      const MapStyle &style, const QColor &cardFill, bool greeked);

    static double badgeHeight(const MapStyle &style);
};

} // namespace ts::report
