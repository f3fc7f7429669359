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
#include <cstdio>
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

// A period key ("2024-03", "2024-Q1") as a count of months or quarters; nullopt when unreadable.
std::optional<int> periodNumber(const std::string &key, metrics::GroupBy by)
{
    int year = 0, part = 0;
    const char *format = by == metrics::GroupBy::Quarter ? "%d-Q%d" : "%d-%d";
    if (std::sscanf(key.c_str(), format, &year, &part) != 2)
        return std::nullopt;
    return by == metrics::GroupBy::Quarter ? year * 4 + part - 1 : year * 12 + part - 1;
}

// Where each period goes along the bottom: months or quarters after the first, so that periods
// without responses show as a gap rather than vanish.
struct Timeline
{
    std::vector<double> x;
    std::optional<int> first; // the first period's number, when every key could be read
};

Timeline timeline(const metrics::GroupedFigures &periods)
{
    Timeline out;
    std::vector<int> numbers;
    for (const auto &g : periods.groups) {
        const auto number = periodNumber(g.key, periods.by);
        if (!number)
            break;
        numbers.push_back(*number);
    }
    if (numbers.size() != periods.groups.size() || numbers.empty()) {
        for (std::size_t i = 0; i < periods.groups.size(); ++i)
            out.x.push_back(double(i));
        return out;
    }
    out.first = numbers.front();
    for (int number : numbers)
        out.x.push_back(double(number - numbers.front()));
    return out;
}

// The periods' axis, with at most `maxLabels` labels so that they stay legible.
QCategoryAxis *periodAxis(const metrics::GroupedFigures &periods, const Timeline &line,
                          int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int span = line.x.empty() ? 0 : int(line.x.back());
    const int step = std::max(1, (span + maxLabels) / maxLabels);
    if (line.first) {
        for (int at = 0; at <= span; at += step) {
            const int number = *line.first + at;
            axis->append(QString::fromStdString(periods.by == metrics::GroupBy::Quarter
                                                    ? metrics::quarterKeyToString(number)
                                                    : metrics::monthKeyToString(number)),
                         at);
        }
    } else {
        for (int i = 0; i <= span; i += step)
            axis->append(escaped(periods.groups[std::size_t(i)].key), i);
    }
    axis->setRange(-0.3, std::max(0.3, span + 0.3));
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
    const double pad = std::max((range.high - range.low) * 0.04, unit / 10);
    range = {std::max(floor, range.low - pad), std::min(ceiling, range.high + pad)};
    // Round ticks: the smallest step of 1, 2, 2.5 or 5 times a power of ten (at least `unit`)
    // that needs no more than six intervals.
    double step = unit;
    for (double scale = unit; scale < 1e6; scale *= 10) {
        bool found = false;
        for (double k : {1.0, 2.0, 2.5, 5.0}) {
            step = k * scale;
            if (std::ceil(range.high / step) - std::floor(range.low / step) <= 6) {
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    const double low = std::max(floor, std::floor(range.low / step) * step);
    const double high
        = std::min(ceiling, std::max(std::ceil(range.high / step) * step, low + step));
    axis->setRange(low, high);
    axis->setTickCount(int(std::lround((high - low) / step)) + 1);
    const int decimals = step >= 1 ? 0 : (std::fmod(step * 10, 1.0) == 0 ? 1 : 2);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(title);
    axis->setLinePenColor(color);
}

// The figure's line and, when `band`, its 95 % interval as a translucent area; widens `range`.
QLineSeries *addFigure(QChart *chart, const metrics::GroupedFigures &periods, const Timeline &at,
                       Pick pick, const QString &name, const QColor &color, bool band, Range &range,
                       QAbstractAxis *x, QAbstractAxis *y)
{
    auto *line = new QLineSeries;
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    for (std::size_t i = 0; i < periods.groups.size(); ++i) {
        const auto p = pick(periods.groups[i].figures);
        if (!p)
            continue;
        line->append(at.x[i], p->value);
        upper->append(at.x[i], p->high);
        lower->append(at.x[i], p->low);
        range.add(band ? p->low : p->value);
        range.add(band ? p->high : p->value);
    }
    if (band) {
        auto *area = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its bounds; the chart deletes the area, the area its bounds.
        upper->setParent(area);
        lower->setParent(area);
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

// " · 12 undated responses not shown": the trend leaves out what has no date, and says so.
QString undated(const metrics::GroupedFigures &periods)
{
    if (!periods.withoutKey)
        return {};
    return periods.withoutKey == 1
        ? QObject::tr(" · 1 undated response not shown")
        : QObject::tr(" · %1 undated responses not shown").arg(count(periods.withoutKey));
}

} // namespace

QChart *trendChart(const metrics::GroupedFigures &periods)
{
    const QString period = periodWord(periods.by);
    auto *chart = newChart(QObject::tr("NPS, CSAT and CES by %1, with 95% bands · n = %2")
                               .arg(period, count(responsesIn(periods)))
                           + undated(periods));
    if (periods.groups.empty()) {
        chart->setTitle(
            QObject::tr("NPS, CSAT and CES by %1: no dated responses (n = 0)").arg(period)
            + undated(periods));
        return chart;
    }
    const Timeline at = timeline(periods);
    auto *x = periodAxis(periods, at, 10);
    auto *percent = new QValueAxis;
    auto *ces = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(ces, Qt::AlignRight);
    Range percentRange, cesRange;
    addFigure(chart, periods, at, npsOf, QObject::tr("NPS"), kNps, true, percentRange, x, percent);
    addFigure(chart, periods, at, csatOf, QObject::tr("CSAT %"), kCsat, true, percentRange, x,
              percent);
    addFigure(chart, periods, at, cesOf, QObject::tr("CES (right, 1-7)"), kCes, true, cesRange, x,
              ces);
    shapeAxis(percent, percentRange, 1, -100, 100, QObject::tr("NPS / CSAT %"), Qt::darkGray);
    shapeAxis(ces, cesRange, 0.1, 1, 7, QObject::tr("CES"), kCes);
    return chart;
}

QChart *scoreRetentionChart(const metrics::GroupedFigures &periods)
{
    const QString period = periodWord(periods.by);
    auto *chart = newChart(
        QObject::tr("NPS and retention by %1 · n = %2").arg(period, count(responsesIn(periods)))
        + undated(periods));
    if (periods.groups.empty()) {
        chart->setTitle(
            QObject::tr("NPS and retention by %1: no dated responses (n = 0)").arg(period)
            + undated(periods));
        return chart;
    }
    const Timeline at = timeline(periods);
    auto *x = periodAxis(periods, at, 5);
    auto *left = new QValueAxis;
    auto *right = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    Range npsRange, retentionRange;
    addFigure(chart, periods, at, npsOf, QObject::tr("NPS (left)"), kNps, false, npsRange, x, left);
    addFigure(chart, periods, at, retentionOf, QObject::tr("Retention % (right)"), kRetention,
              false, retentionRange, x, right);
    shapeAxis(left, npsRange, 1, -100, 100, QObject::tr("NPS"), kNps);
    left->setLabelsColor(kNps);
    shapeAxis(right, retentionRange, 1, 0, 100, QObject::tr("% retained"), kRetention);
    right->setLabelsColor(kRetention);
    return chart;
}

} // namespace ts::app::metricscharts
