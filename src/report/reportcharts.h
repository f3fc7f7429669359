// Vector charts of survey figures for the PDF report, painted with QPainter in points: figure
// tiles, the NPS composition with its interval, and rates with 95 % error bars.
#pragma once

#include "metrics/npssummary.h"
#include "metrics/proportion.h"
#include "report/reportstyle.h"

#include <QRectF>
#include <QStringList>
#include <optional>
#include <vector>

class QPainter;

namespace ts::report {

struct FigureTile
{
    QString label; // "Net Promoter Score"
    QString value; // "+25.2", or a dash when it cannot be computed
    QStringList lines; // interval, n, target
    QColor accent;
    QColor lastLineColor; // e.g. green when the target is met; invalid: muted
};

struct RateBar
{
    QString label;
    std::optional<metrics::Proportion> rate;
    QColor color;
};

void paintFigureTile(QPainter &p, const ReportStyle &style, const QRectF &rect,
                     const FigureTile &tile);
// The promoter / passive / detractor split as one stacked bar, and the NPS with its 95 %
// interval on the -100..100 scale below it.
void paintNpsComposition(QPainter &p, const ReportStyle &style, const QRectF &rect,
                         const metrics::NpsSummary &nps);
// Rates (0..100 %) as bars with 95 % error bars, value and n under each.
void paintRateBars(QPainter &p, const ReportStyle &style, const QRectF &rect, const QString &title,
                   const std::vector<RateBar> &bars);

// "1,234"; "+25.2"; "75.0%".
QString countText(std::size_t n);
QString signedText(double value, int decimals = 1);
QString percentText(double value, int decimals = 1);

} // namespace ts::report
