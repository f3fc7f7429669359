#include "report/reportcharts.h"

#include <QLocale>
#include <QPainter>
#include <cmath>

namespace ts::report {
namespace {

const QColor kPromoter(0x2b, 0x8a, 0x4f);
const QColor kPassive(0xb8, 0xc0, 0xca);
const QColor kDetractor(0xc0, 0x39, 0x2b);

void text(QPainter &p, const QFont &font, const QColor &color, QPointF baseline, const QString &s,
          Qt::Alignment align = Qt::AlignLeft)
{
    p.setFont(font);
    p.setPen(color);
    const double w = textWidth(s, font);
    const double x = align & Qt::AlignRight ? baseline.x() - w
        : align & Qt::AlignHCenter          ? baseline.x() - w / 2
                                            : baseline.x();
    p.drawText(QPointF(x, baseline.y()), s);
}

void whisker(QPainter &p, double x1, double x2, double y, double cap, const QColor &color,
             bool vertical)
{
    p.setPen(QPen(color, 0.9));
    if (vertical) {
        p.drawLine(QPointF(y, x1), QPointF(y, x2));
        p.drawLine(QPointF(y - cap, x1), QPointF(y + cap, x1));
        p.drawLine(QPointF(y - cap, x2), QPointF(y + cap, x2));
    } else {
        p.drawLine(QPointF(x1, y), QPointF(x2, y));
        p.drawLine(QPointF(x1, y - cap), QPointF(x1, y + cap));
        p.drawLine(QPointF(x2, y - cap), QPointF(x2, y + cap));
    }
}

} // namespace

QString countText(std::size_t n)
{
    return QLocale(QLocale::English).toString(qulonglong(n));
}

QString signedText(double value, int decimals)
{
    const QString s = QString::number(value, 'f', decimals);
    return value > 0                     ? QStringLiteral("+") + s
        : s.startsWith(QLatin1Char('-')) ? QStringLiteral("\u2212") + s.mid(1)
                                         : s;
}

QString percentText(double value, int decimals)
{
    return QString::number(value, 'f', decimals) + QLatin1Char('%');
}

void paintFigureTile(QPainter &p, const ReportStyle &style, const QRectF &rect,
                     const FigureTile &tile)
{
    p.save();
    p.fillRect(rect, style.headerFill);
    p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 2.5), tile.accent);
    const double x = rect.left() + 10;
    QFont label = style.font(7, QFont::Bold);
    label.setLetterSpacing(QFont::PercentageSpacing, 106);
    text(p, label, style.muted, QPointF(x, rect.top() + 16),
         elided(tile.label.toUpper(), label, rect.width() - 20));
    text(p, style.font(22, QFont::Bold), style.ink, QPointF(x, rect.top() + 43), tile.value);
    double y = rect.top() + 58;
    for (int i = 0; i < tile.lines.size(); ++i) {
        const bool last = i + 1 == tile.lines.size();
        const QColor color
            = last && tile.lastLineColor.isValid() ? tile.lastLineColor : style.muted;
        text(p, style.font(7), color, QPointF(x, y),
             elided(tile.lines[i], style.font(7), rect.width() - 20));
        y += 10;
    }
    p.restore();
}

void paintNpsComposition(QPainter &p, const ReportStyle &style, const QRectF &rect,
                         const metrics::NpsSummary &nps)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    text(p, style.font(9, QFont::Bold), style.ink, QPointF(rect.left(), rect.top() + 10),
         QStringLiteral("Net Promoter Score: who recommends, and the score with its 95% interval"));
    const double n = double(std::max<std::size_t>(1, nps.n));
    const struct
    {
        QString name;
        std::size_t count;
        QColor color;
    } parts[] = {{QStringLiteral("Detractors (0-6)"), nps.detractors, kDetractor},
                 {QStringLiteral("Passives (7-8)"), nps.passives, kPassive},
                 {QStringLiteral("Promoters (9-10)"), nps.promoters, kPromoter}};
    const QRectF bar(rect.left(), rect.top() + 20, rect.width(), 22);
    double x = bar.left();
    const QFont inside = style.font(8, QFont::Bold);
    for (const auto &part : parts) {
        const double share = double(part.count) / n;
        const QRectF segment(x, bar.top(), bar.width() * share, bar.height());
        p.fillRect(segment, part.color);
        const QString label = percentText(100 * share, 0);
        if (textWidth(label, inside) + 8 < segment.width())
            text(p, inside, part.color == kPassive ? style.ink : QColor(Qt::white),
                 QPointF(segment.center().x(), segment.top() + 14.5), label, Qt::AlignHCenter);
        x += segment.width();
    }
    // Legend: colour, name and count.
    double lx = bar.left();
    const double ly = bar.bottom() + 14;
    for (const auto &part : parts) {
        p.fillRect(QRectF(lx, ly - 7, 7, 7), part.color);
        const QString s = QStringLiteral("%1: %2").arg(part.name, countText(part.count));
        text(p, style.font(7), style.muted, QPointF(lx + 10, ly), s);
        lx += textWidth(s, style.font(7)) + 26;
    }
    // The scale -100..100 with the score and its interval.
    const double axisY = ly + 34;
    auto xOf = [&](double v) {
        return rect.left() + (v + 100) / 200 * rect.width();
    };
    p.setPen(QPen(style.rule, 0.8));
    p.drawLine(QPointF(xOf(-100), axisY), QPointF(xOf(100), axisY));
    for (int v = -100; v <= 100; v += 25) {
        p.setPen(QPen(v == 0 ? style.faint : style.rule, 0.6));
        p.drawLine(QPointF(xOf(v), axisY - 3), QPointF(xOf(v), axisY + 3));
        if (v % 50 == 0)
            text(p, style.font(7), style.muted, QPointF(xOf(v), axisY + 13), signedText(v, 0),
                 v == -100      ? Qt::AlignLeft
                     : v == 100 ? Qt::AlignRight
                                : Qt::AlignHCenter);
    }
    p.fillRect(QRectF(xOf(nps.low), axisY - 5, xOf(nps.high) - xOf(nps.low), 10), style.accentSoft);
    whisker(p, xOf(nps.low), xOf(nps.high), axisY, 5, style.accent, false);
    p.setPen(Qt::NoPen);
    p.setBrush(style.accent);
    p.drawEllipse(QPointF(xOf(nps.value), axisY), 3.5, 3.5);
    const QString label = QStringLiteral("NPS %1  (95% CI %2 to %3, n = %4)")
                              .arg(signedText(nps.value), signedText(nps.low), signedText(nps.high),
                                   countText(nps.n));
    const double w = textWidth(label, style.font(8, QFont::Bold));
    const double lx2 = std::clamp(xOf(nps.value) - w / 2, rect.left(), rect.right() - w);
    text(p, style.font(8, QFont::Bold), style.accent, QPointF(lx2, axisY - 11), label);
    p.restore();
}

void paintRateBars(QPainter &p, const ReportStyle &style, const QRectF &rect, const QString &title,
                   const std::vector<RateBar> &bars)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const auto titleLines = wrapText(title, style.font(9, QFont::Bold), rect.width(), style.ink);
    drawLines(p, titleLines, rect.topLeft());
    const double axisW = 26;
    const QRectF plot(rect.left() + axisW, rect.top() + titleLines.height() + 18,
                      rect.width() - axisW, rect.height() - titleLines.height() - 18 - 30);
    auto yOf = [&](double v) {
        return plot.bottom() - v / 100 * plot.height();
    };
    for (int v = 0; v <= 100; v += 25) {
        p.setPen(QPen(v == 0 ? style.faint : style.rule, v == 0 ? 0.8 : 0.4));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        text(p, style.font(7), style.muted, QPointF(plot.left() - 4, yOf(v) + 2.5),
             percentText(v, 0), Qt::AlignRight);
    }
    const double slot = plot.width() / double(std::max<std::size_t>(1, bars.size()));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto &bar = bars[i];
        const double cx = plot.left() + slot * (double(i) + 0.5);
        const double bw = std::min(slot * 0.5, 46.0);
        if (bar.rate) {
            const auto &r = *bar.rate;
            p.fillRect(QRectF(cx - bw / 2, yOf(r.value), bw, plot.bottom() - yOf(r.value)),
                       bar.color);
            whisker(p, yOf(r.low), yOf(r.high), cx, 4, style.ink, true);
            text(p, style.font(8, QFont::Bold), style.ink, QPointF(cx, yOf(r.high) - 4),
                 percentText(r.value), Qt::AlignHCenter);
        } else {
            text(p, style.font(7, QFont::Normal, true), style.muted, QPointF(cx, plot.bottom() - 4),
                 QStringLiteral("no data"), Qt::AlignHCenter);
        }
        const QFont labelFont = style.font(textWidth(bar.label, style.font(8)) <= slot - 4 ? 8 : 7);
        text(p, labelFont, style.ink, QPointF(cx, plot.bottom() + 12),
             elided(bar.label, labelFont, slot - 4), Qt::AlignHCenter);
        text(p, style.font(7), style.muted, QPointF(cx, plot.bottom() + 22),
             bar.rate ? QStringLiteral("n = ") + countText(bar.rate->n) : QStringLiteral("n = 0"),
             Qt::AlignHCenter);
    }
    p.restore();
}

} // namespace ts::report
