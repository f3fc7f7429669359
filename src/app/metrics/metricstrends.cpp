// The charts over time: NPS, CSAT and CES with their bands, and NPS against retention.
#include "app/metrics/metricscharts.h"
#include "app/metrics/metricsformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QObject>
#include <QValueAxis>
#include <cmath>
#include <optional>

namespace ts::app::metricscharts {
namespace {

using namespace metricstext;

struct Point
{
    double value, low, high;
};

// One figure of a group as (value, low, high); nullopt when it cannot be computed.
using Pick = std::optional<Point> (*)(const metrics::MetricFigures &);

std::optional<Point> npsOf(const metrics::MetricFigures &f)
{
    return f.nps ? std::optional<Point>({f.nps->value, f.nps->low, f.nps->high}) : std::nullopt;
}
std::optional<Point> csatOf(const metrics::MetricFigures &f)
{
    return f.csat ? std::optional<Point>({f.csat->value, f.csat->low, f.csat->high}) : std::nullopt;
}
std::optional<Point> cesOf(const metrics::MetricFigures &f)
{
    return f.ces ? std::optional<Point>({f.ces->mean, f.ces->low, f.ces->high}) : std::nullopt;
}
std::optional<Point> retentionOf(const metrics::MetricFigures &f)
{
    const auto &r = f.retention.retention;
    return r ? std::optional<Point>({r->value, r->low, r->high}) : std::nullopt;
}

QString periodWord(metrics::GroupBy by)
{
    return by == metrics::GroupBy::Quarter ? QObject::tr("quarter") : QObject::tr("month");
}

std::size_t responsesIn(const metrics::GroupedFigures &periods)
{
    std::size_t n = 0;
    for (const auto &g : periods.groups)
        n += g.figures.responses;
    return n;
}

// Periods along the bottom at 0, 1, 2, ...; at most about eight labels so that they stay legible.
QCategoryAxis *periodAxis(const metrics::GroupedFigures &periods)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int count = int(periods.groups.size());
    const int step = std::max(1, (count + 7) / 8);
    for (int i = 0; i < count; i += step)
        axis->append(escaped(periods.groups[std::size_t(i)].key), i);
    axis->setRange(-0.3, std::max(0.3, count - 0.7));
    axis->setGridLineVisible(false);
    return axis;
}

struct Range
{
    double low = INFINITY, high = -INFINITY;
    void add(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
};

// Fits the axis to the figures (rounded out to `unit`, kept within the scale) and names it.
void shapeAxis(QValueAxis *axis, Range range, double unit, double floor, double ceiling,
               const QString &title, const QColor &color)
{
    if (range.low > range.high)
        range = {floor, ceiling};
    const double low = std::max(floor, std::floor(range.low / unit) * unit);
    const double high = std::min(ceiling, std::ceil(range.high / unit) * unit);
    axis->setRange(low, std::max(high, low + unit));
    axis->setTickCount(5);
    axis->setLabelFormat(unit < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setLinePenColor(color);
}

// The figure's line and, when `band`, its 95 % interval as a translucent area; widens `range`.
QLineSeries *addFigure(QChart *chart, const metrics::GroupedFigures &periods, Pick pick,
                       const QString &name, const QColor &color, bool band, Range &range,
                       QAbstractAxis *x, QAbstractAxis *y)
{
    auto *line = new QLineSeries;
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    for (std::size_t i = 0; i < periods.groups.size(); ++i) {
        const auto p = pick(periods.groups[i].figures);
        if (!p)
            continue;
        line->append(double(i), p->value);
        upper->append(double(i), p->high);
        lower->append(double(i), p->low);
        range.add(band ? p->low : p->value);
        range.add(band ? p->high : p->value);
    }
    if (band) {
        auto *area = new QAreaSeries(upper, lower);
        QColor fill = color;
        fill.setAlpha(45);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        for (auto *marker : chart->legend()->markers(area))
            marker->setVisible(false);
    } else {
        delete upper;
        delete lower;
    }
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(2.2);
    line->setPen(pen);
    line->setPointsVisible(periods.groups.size() < 30);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    return line;
}

} // namespace

QChart *trendChart(const metrics::GroupedFigures &periods)
{
    const QString period = periodWord(periods.by);
    auto *chart = newChart(QObject::tr("NPS, CSAT and CES by %1, with 95% bands · n = %2")
                               .arg(period, count(responsesIn(periods))));
    if (periods.groups.empty()) {
        chart->setTitle(
            QObject::tr("NPS, CSAT and CES by %1: no dated responses (n = 0)").arg(period));
        return chart;
    }
    auto *x = periodAxis(periods);
    auto *percent = new QValueAxis;
    auto *ces = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(ces, Qt::AlignRight);
    Range percentRange, cesRange;
    addFigure(chart, periods, npsOf, QObject::tr("NPS"), kNps, true, percentRange, x, percent);
    addFigure(chart, periods, csatOf, QObject::tr("CSAT %"), kCsat, true, percentRange, x, percent);
    addFigure(chart, periods, cesOf, QObject::tr("CES (right, 1-7)"), kCes, true, cesRange, x, ces);
    shapeAxis(percent, percentRange, 10, -100, 100, QObject::tr("NPS / CSAT %"), Qt::darkGray);
    shapeAxis(ces, cesRange, 0.5, 1, 7, QObject::tr("CES"), kCes);
    return chart;
}

QChart *scoreRetentionChart(const metrics::GroupedFigures &periods)
{
    const QString period = periodWord(periods.by);
    auto *chart = newChart(
        QObject::tr("NPS and retention by %1 · n = %2").arg(period, count(responsesIn(periods))));
    if (periods.groups.empty()) {
        chart->setTitle(
            QObject::tr("NPS and retention by %1: no dated responses (n = 0)").arg(period));
        return chart;
    }
    auto *x = periodAxis(periods);
    auto *left = new QValueAxis;
    auto *right = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    Range npsRange, retentionRange;
    addFigure(chart, periods, npsOf, QObject::tr("NPS (left)"), kNps, false, npsRange, x, left);
    addFigure(chart, periods, retentionOf, QObject::tr("Retention % (right)"), kRetention, false,
              retentionRange, x, right);
    shapeAxis(left, npsRange, 5, -100, 100, QObject::tr("NPS"), kNps);
    left->setLabelsColor(kNps);
    shapeAxis(right, retentionRange, 5, 0, 100, QObject::tr("% retained"), kRetention);
    right->setLabelsColor(kRetention);
    return chart;
}

} // namespace ts::app::metricscharts
