#include "report/cardpainter.h"

#include "core/workspace.h"
#include "report/cardbadges.h"
#include "report/textblock.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace ts::report {
namespace {

// Everything about a card's look that depends on its content: laid out once, painted often.
struct Appearance
{
    std::shared_ptr<const TextBlock> title;
    std::vector<Badge> badges;
    double badgesHeight = 0;
    double height = 0;
};

// The visible content of a card and the style numbers its appearance depends on.
struct AppearanceKey
{
    std::string title;
    std::string channel;
    QString department;
    int kind = 0, online = -1, severity = 0, frequency = 0, dimension = -1;
    double current = -1, target = -1, width = 0, fontSize = 0, padding = 0;
    QRgb accent = 0, muted = 0;
    bool operator==(const AppearanceKey &) const = default;

    AppearanceKey(const Card &card, const CardContext &ctx, const MapStyle &style, double cardWidth)
        : title(card.title)
        , channel(card.channel.value_or(std::string()))
        , department(ctx.departmentName)
        , kind(int(card.kind))
        , online(card.online ? int(*card.online) : -1)
        , severity(card.severity ? int(*card.severity) : 0)
        , frequency(card.frequency ? int(*card.frequency) : 0)
        , dimension(card.dimension ? int(*card.dimension) : -1)
        , current(card.currentScore.value_or(-1))
        , target(card.targetScore.value_or(-1))
        , width(cardWidth)
        , fontSize(style.fontPointSize)
        , padding(style.cardPadding)
        , accent(style.colors(CardKind::Touchpoint).accent.rgb())
        , muted(style.mutedText.rgb())
    { }
};

struct AppearanceKeyHash
{
    std::size_t operator()(const AppearanceKey &k) const noexcept
    {
        std::size_t h = std::hash<std::string>()(k.title);
        auto mixIn = [&h](std::size_t v) {
            h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        };
        mixIn(std::hash<std::string>()(k.channel));
        mixIn(qHash(k.department));
        mixIn(std::size_t(k.kind * 131 + k.online * 31 + k.severity * 7 + k.frequency * 3
                          + k.dimension));
        mixIn(std::hash<double>()(k.current * 1000 + k.target));
        mixIn(std::hash<double>()(k.width * 1000 + k.fontSize));
        return h;
    }
};

constexpr std::size_t kCacheLimit = 8192;

// The strip on the left edge that carries the kind's strong colour.
double accentWidth(const MapStyle &style)
{
    return std::round(style.cardPadding * 0.45);
}

double contentWidth(const MapStyle &style, double cardWidth)
{
    return cardWidth - 2 * style.cardPadding - accentWidth(style);
}

double badgeSpacing(const MapStyle &style)
{
    return std::round(style.cardPadding * 0.75);
}

Appearance layOut(const Card &card, const CardContext &ctx, const MapStyle &style, double width)
{
    Appearance a;
    a.title = TextBlock::wrapped(QString::fromStdString(card.title),
                                 style.font(MapStyle::FontRole::CardTitle),
                                 contentWidth(style, width), style.lineSpacing);
    a.badges = CardBadges::of(card, ctx, style);
    a.badgesHeight = CardBadges::flow(a.badges, contentWidth(style, width), style);
    double h = 2 * style.cardPadding + a.title->height();
    if (a.badgesHeight > 0)
        h += (a.title->lineCount() ? badgeSpacing(style) : 0) + a.badgesHeight;
    a.height = std::max(style.minCardHeight, std::ceil(h));
    return a;
}

std::shared_ptr<const Appearance> appearance(const Card &card, const CardContext &ctx,
                                             const MapStyle &style, double width)
{
    thread_local std::unordered_map<AppearanceKey, std::shared_ptr<const Appearance>,
                                    AppearanceKeyHash>
        cache;
    AppearanceKey key(card, ctx, style, width);
    if (auto found = cache.find(key); found != cache.end())
        return found->second;
    if (cache.size() >= kCacheLimit)
        cache.clear();
    auto made = std::make_shared<const Appearance>(layOut(card, ctx, style, width));
    cache.emplace(std::move(key), made);
    return made;
}

// How large text is on the device: below a few pixels it is drawn as bars.
double deviceScale(const QPainter &p)
{
    return std::sqrt(std::abs(p.worldTransform().determinant()));
}

// Only opaque fills over small areas: a card is one rounded rectangle, a strip and a shadow line.
void paintBody(QPainter &p, const QRectF &rect, const MapStyle::KindColors &colors,
               const MapStyle &style)
{
    const double r = style.cardRadius;
    p.setPen(Qt::NoPen);
    p.fillRect(QRectF(rect.left() + r * 0.5, rect.bottom(), rect.width() - r, 1.4),
               QColor(16, 24, 40, 34));
    p.fillRect(QRectF(rect.left() + r, rect.bottom() + 1.4, rect.width() - 2 * r, 0.8),
               QColor(16, 24, 40, 14));
    p.setBrush(colors.fill);
    p.drawRoundedRect(rect, r, r);
    p.setBrush(colors.accent);
    const double accent = accentWidth(style);
    QPainterPath strip; // the left edge of the rounded rectangle, as wide as the accent
    strip.moveTo(rect.left() + accent, rect.top());
    strip.lineTo(rect.left() + r, rect.top());
    strip.quadTo(rect.topLeft(), QPointF(rect.left(), rect.top() + r));
    strip.lineTo(rect.left(), rect.bottom() - r);
    strip.quadTo(rect.bottomLeft(), QPointF(rect.left() + r, rect.bottom()));
    strip.lineTo(rect.left() + accent, rect.bottom());
    strip.closeSubpath();
    p.drawPath(strip);
}

} // namespace

CardContext CardContext::of(const Workspace &w, const Card &card)
{
    CardContext ctx;
    if (card.departmentId)
        if (const auto *d = findById(w.departments, card.departmentId))
            ctx.departmentName = QString::fromStdString(d->name);
    return ctx;
}

double CardPainter::heightFor(const Card &card, const CardContext &ctx, const MapStyle &style,
                              double width)
{
    return appearance(card, ctx, style, width > 0 ? width : style.cardWidth)->height;
}

void CardPainter::paint(QPainter &p, const Card &card, const QRectF &rect, const CardContext &ctx,
                        const MapStyle &style, bool selected)
{
    const auto &colors = style.colors(card.kind);
    const double scale = deviceScale(p);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, scale * rect.width() > 12);
    if (selected) {
        const double m = 3;
        p.setPen(Qt::NoPen);
        p.setBrush(style.selection);
        p.drawRoundedRect(rect.adjusted(-m, -m, m, m), style.cardRadius + m, style.cardRadius + m);
    }
    paintBody(p, rect, colors, style);
    if (scale * rect.width() < 24) { // a few pixels wide: the coloured note is all one can see
        p.restore();
        return;
    }
    const auto look = appearance(card, ctx, style, rect.width());
    const QFont font = style.font(MapStyle::FontRole::CardTitle);
    const bool greeked = font.pixelSize() * scale < 4.5;
    const QPointF textAt(rect.left() + style.cardPadding + accentWidth(style),
                         rect.top() + style.cardPadding);
    if (greeked) {
        QColor bar = style.text;
        bar.setAlpha(90);
        look->title->drawGreeked(p, textAt, bar);
    } else {
        p.setPen(style.text);
        look->title->draw(p, textAt, font);
    }
    if (!look->badges.empty()) {
        // Badges sit at the bottom, so the notes of one row line their badges up.
        const double below = look->title->lineCount() ? badgeSpacing(style) : 0;
        const double top = std::max(textAt.y() + look->title->height() + below,
                                    rect.bottom() - style.cardPadding - look->badgesHeight);
        CardBadges::paint(p, look->badges, QPointF(textAt.x(), top), style, colors.fill, greeked);
    }
    p.restore();
}

} // namespace ts::report
