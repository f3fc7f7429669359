#include "report/cardbadges.h"

#include "report/cardpainter.h"
#include "report/channelglyph.h"
#include "report/textblock.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace ts::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ts::report", text);
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Low:
        return tr("LOW");
    case Severity::Medium:
        return tr("MEDIUM");
    case Severity::High:
        return tr("HIGH");
    case Severity::Critical:
        return tr("CRITICAL");
    }
    return {};
}

QColor dimensionColor(Dimension d)
{
    switch (d) {
    case Dimension::People:
        return QColor(0x6f, 0x42, 0xc1);
    case Dimension::Process:
        return QColor(0x0b, 0x72, 0x85);
    case Dimension::Technology:
        return QColor(0x18, 0x64, 0xab);
    }
    return Qt::gray;
}

QString dimensionText(Dimension d)
{
    switch (d) {
    case Dimension::People:
        return tr("PEOPLE");
    case Dimension::Process:
        return tr("PROCESS");
    case Dimension::Technology:
        return tr("TECHNOLOGY");
    }
    return {};
}

QString frequencyText(Frequency f)
{
    switch (f) {
    case Frequency::Rare:
        return tr("rare");
    case Frequency::Occasional:
        return tr("occasional");
    case Frequency::Frequent:
        return tr("frequent");
    case Frequency::Constant:
        return tr("constant");
    }
    return {};
}

QString score(double value)
{
    return QString::number(std::round(value * 10) / 10, 'g', 3);
}

QColor scoreColor(double value)
{
    if (value < 5)
        return QColor(0xc9, 0x2a, 0x2a);
    if (value < 7)
        return QColor(0xb8, 0x6e, 0x00);
    return QColor(0x2b, 0x8a, 0x3e);
}

std::optional<Badge> channelBadge(const Card &card, const MapStyle &style)
{
    if (!card.channel && !card.online)
        return std::nullopt;
    Badge b;
    b.look = Badge::Look::Soft;
    b.color = style.colors(CardKind::Touchpoint).accent;
    if (card.channel) {
        b.channel = *card.channel;
        b.text = ChannelGlyph::label(*card.channel);
    }
    if (card.online) {
        const QString where = *card.online ? tr("online") : tr("offline");
        b.text = b.text.isEmpty() ? where : b.text + QStringLiteral(" \u00b7 ") + where;
    }
    return b;
}

std::optional<Badge> scoreBadge(const Card &card)
{
    if (!card.currentScore && !card.targetScore)
        return std::nullopt;
    Badge b;
    b.look = Badge::Look::Soft;
    if (card.currentScore && card.targetScore)
        b.text = score(*card.currentScore) + QStringLiteral(" \u2192 ") + score(*card.targetScore);
    else if (card.currentScore)
        b.text = score(*card.currentScore) + QStringLiteral("/10");
    else
        b.text = tr("target") + QLatin1Char(' ') + score(*card.targetScore);
    b.color = scoreColor(card.currentScore.value_or(*card.targetScore));
    return b;
}

double paddingX(const MapStyle &style)
{
    return CardBadges::badgeHeight(style) * 0.36;
}

double glyphSize(const MapStyle &style)
{
    return std::round(CardBadges::badgeHeight(style) * 0.62);
}

std::shared_ptr<const TextBlock> label(const QString &text, const MapStyle &style)
{
    return TextBlock::wrapped(text, style.font(MapStyle::FontRole::Badge), 1e6);
}

double naturalWidth(const Badge &b, const MapStyle &style)
{
    double w = b.label ? b.label->width() : 0;
    if (b.look != Badge::Look::Plain)
        w += 2 * paddingX(style);
    if (!b.channel.empty())
        w += glyphSize(style) + (b.text.isEmpty() ? 0 : paddingX(style) * 0.8);
    return std::ceil(w);
}

QColor mix(const QColor &under, const QColor &over, double alpha)
{
    return QColor::fromRgbF(under.redF() + (over.redF() - under.redF()) * alpha,
                            under.greenF() + (over.greenF() - under.greenF()) * alpha,
                            under.blueF() + (over.blueF() - under.blueF()) * alpha);
}

} // namespace

double CardBadges::badgeHeight(const MapStyle &style)
{
    return std::round(style.basePixelSize() * 0.76 * 1.25 + 5);
}

std::vector<Badge> CardBadges::of(const Card &card, const CardContext &ctx, const MapStyle &style)
{
    std::vector<Badge> out;
    if (card.severity)
        out.push_back({severityText(*card.severity),
                       Badge::Look::Solid,
                       severityColor(*card.severity),
                       {},
                       {},
                       {}});
    if (card.dimension)
        out.push_back({dimensionText(*card.dimension),
                       Badge::Look::Solid,
                       dimensionColor(*card.dimension),
                       {},
                       {},
                       {}});
    if (auto b = channelBadge(card, style))
        out.push_back(*b);
    if (auto b = scoreBadge(card))
        out.push_back(*b);
    if (card.frequency)
        out.push_back(
            {frequencyText(*card.frequency), Badge::Look::Plain, style.mutedText, {}, {}, {}});
    if (!ctx.departmentName.isEmpty())
        out.push_back({ctx.departmentName, Badge::Look::Outline, style.mutedText, {}, {}, {}});
    return out;
}

double CardBadges::flow(std::vector<Badge> &badges, double width, const MapStyle &style)
{
    if (badges.empty())
        return 0;
    const double h = badgeHeight(style);
    const double spacing = std::round(h * 0.25);
    double x = 0, y = 0;
    for (auto &b : badges) {
        b.label = label(b.text, style);
        double w = naturalWidth(b, style);
        if (w > width) { // too long even alone: elide its text
            const QFontMetricsF metrics(style.font(MapStyle::FontRole::Badge));
            b.text = metrics.elidedText(b.text, Qt::ElideRight,
                                        std::max(0.0, b.label->width() - (w - width)));
            b.label = label(b.text, style);
            w = std::min(width, naturalWidth(b, style));
        }
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + spacing;
        }
        b.rect = QRectF(x, y, w, h);
        x += w + spacing;
    }
    return y + h;
}

void CardBadges::paint(QPainter &p, const std::vector<Badge> &badges, QPointF topLeft,
                       const MapStyle &style, const QColor &cardFill, bool greeked)
{
    const QFont font = style.font(MapStyle::FontRole::Badge);
    const double padX = paddingX(style);
    const double glyph = glyphSize(style);
    p.setPen(Qt::NoPen);
    for (const auto &b : badges) {
        const QRectF r = b.rect.translated(topLeft);
        const double radius = r.height() / 2;
        QColor textColor = b.color;
        switch (b.look) {
        case Badge::Look::Solid:
            p.setBrush(b.color);
            p.drawRoundedRect(r, radius, radius);
            textColor = Qt::white;
            break;
        case Badge::Look::Soft:
            p.setBrush(mix(cardFill, b.color, 0.15));
            p.drawRoundedRect(r, radius, radius);
            textColor = b.color.darker(125);
            break;
        case Badge::Look::Outline: // two fills: cheaper than a stroked outline
            p.setBrush(mix(cardFill, b.color, 0.5));
            p.drawRoundedRect(r, radius, radius);
            p.setBrush(mix(cardFill, Qt::white, 0.6));
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), radius - 1, radius - 1);
            break;
        case Badge::Look::Plain:
            break;
        }
        double x = r.left() + (b.look == Badge::Look::Plain ? 0 : padX);
        if (!b.channel.empty()) {
            if (!greeked)
                ChannelGlyph::paint(p, b.channel,
                                    QRectF(x, r.center().y() - glyph / 2, glyph, glyph), textColor);
            x += glyph + padX * 0.8;
        }
        if (!b.label || b.text.isEmpty())
            continue;
        const QPointF at(x, r.top() + (r.height() - b.label->lineHeight()) / 2);
        if (greeked) {
            QColor bar = textColor;
            bar.setAlpha(110);
            b.label->drawGreeked(p, at, bar);
        } else {
            p.setPen(textColor);
            b.label->draw(p, at, font);
            p.setPen(Qt::NoPen);
        }
    }
}

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Low:
        return QColor(0x6c, 0x7a, 0x89);
    case Severity::Medium:
        return QColor(0xc2, 0x74, 0x00);
    case Severity::High:
        return QColor(0xd9, 0x48, 0x0f);
    case Severity::Critical:
        return QColor(0xa6, 0x1e, 0x1e);
    }
    return Qt::gray;
}

} // namespace ts::report
