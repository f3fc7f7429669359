#include "app/metrics/metricscharts.h"

#include "app/metrics/metricsformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QObject>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace ts::app::metricscharts {
namespace {

using namespace metricstext;

QBarSet *barSet(const QString &label, const QColor &color, const QList<qreal> &values)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    set->append(values);
    return set;
}

QValueAxis *percentAxis(double low, double high, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(low, high);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    axis->setTickCount(6);
    return axis;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (auto *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// A 95 % whisker at category `index`: the vertical line with a cap at each end.
QLineSeries *whisker(double index, double low, double high)
{
    auto *line = new QLineSeries;
    const double cap = 0.08;
    line->append({{index - cap, low},
                  {index + cap, low},
                  {index, low},
                  {index, high},
                  {index - cap, high},
                  {index + cap, high}});
    QPen pen(QColor(0x22, 0x22, 0x22));
    pen.setWidthF(1.6);
    line->setPen(pen);
    return line;
}

} // namespace

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QChart *npsChart(const metrics::MetricFigures &figures)
{
    if (!figures.nps)
        return newChart(QObject::tr("NPS: no scores (n = 0)"));
    const auto &nps = *figures.nps;
    auto *chart = newChart(
        QObject::tr("NPS %1 (95% CI %2) · n = %3")
            .arg(signedNumber(nps.value), interval(nps.low, nps.high, true), count(nps.n)));
    const double n = double(nps.n);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(barSet(QObject::tr("Promoters (9-10)"), kPromoter, {100.0 * nps.promoters / n}));
    series->append(barSet(QObject::tr("Passives (7-8)"), kPassive, {100.0 * nps.passives / n}));
    series->append(
        barSet(QObject::tr("Detractors (0-6)"), kDetractor, {100.0 * nps.detractors / n}));
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    for (auto *set : series->barSets())
        set->setLabelColor(Qt::white);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(QObject::tr("%1 responses").arg(count(nps.n)));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *share = percentAxis(0, 100, QObject::tr("% of scores"));
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
    return chart;
}

QChart *retentionBySegmentChart(const metrics::MetricFigures &figures)
{
    const auto &r = figures.retention;
    const std::optional<metrics::Proportion> rates[]
        = {r.promoterRetention, r.passiveRetention, r.detractorRetention};
    const QString names[]
        = {QObject::tr("Promoters"), QObject::tr("Passives"), QObject::tr("Detractors")};
    const QColor colors[] = {kPromoter, kPassive, kDetractor};
    std::size_t n = 0;
    for (const auto &rate : rates)
        n += rate ? rate->n : 0;
    auto *chart
        = newChart(QObject::tr("Retention by NPS segment, with 95% CI · n = %1").arg(count(n)));
    if (n == 0) {
        chart->setTitle(QObject::tr("Retention by NPS segment: no scores with an outcome (n = 0)"));
        return chart;
    }
    auto *series = new QStackedBarSeries; // one set per segment, so each bar keeps its colour
    auto *categories = new QBarCategoryAxis;
    for (int i = 0; i < 3; ++i) {
        QList<qreal> values {0, 0, 0};
        values[i] = rates[i] ? rates[i]->value : 0;
        series->append(barSet(names[i], colors[i], values));
        categories->append(rates[i]
                               ? QObject::tr("%1<br>%2%<br>n = %3")
                                     .arg(names[i], number(rates[i]->value), count(rates[i]->n))
                               : QObject::tr("%1<br>no outcome").arg(names[i]));
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *rate = percentAxis(0, 100, QObject::tr("% retained"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(rate, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(rate);
    for (int i = 0; i < 3; ++i) {
        if (!rates[i])
            continue;
        auto *line = whisker(i, rates[i]->low, rates[i]->high);
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(rate);
        hideFromLegend(chart, line);
    }
    chart->legend()->setVisible(false);
    return chart;
}

QChart *funnelChart(const std::vector<metrics::StageConversion> &funnel)
{
    if (funnel.empty() || funnel.front().reachedFrom == 0)
        return newChart(
            QObject::tr("Stage conversion: no customers at a stage of the map (n = 0)"));
    std::vector<std::size_t> reached {funnel.front().reachedFrom};
    QStringList labels {escaped(funnel.front().from)};
    for (const auto &step : funnel) {
        reached.push_back(step.reachedTo);
        labels.push_back(step.rate ? QObject::tr("%1 %2%<br>95% CI %3")
                                         .arg(escaped(step.to), number(step.rate->value),
                                              interval(step.rate->low, step.rate->high))
                                   : escaped(step.to));
    }
    auto *chart = newChart(
        QObject::tr("Conversion from the stage above, among respondents · n = %1 customers")
            .arg(count(reached.front())));
    const double widest = double(*std::max_element(reached.begin(), reached.end()));
    QList<qreal> spacer, customers;
    auto *categories = new QBarCategoryAxis;
    for (std::size_t i = reached.size(); i-- > 0;) { // the first stage at the top
        spacer.append((widest - double(reached[i])) / 2);
        customers.append(double(reached[i]));
        categories->append(labels[qsizetype(i)]);
    }
    auto *series = new QHorizontalStackedBarSeries;
    auto *gap = barSet(QString(), Qt::transparent, spacer);
    gap->setLabelColor(Qt::transparent);
    series->append(gap);
    auto *bars = barSet(QObject::tr("Customers"), kNps, customers);
    bars->setLabelColor(Qt::white);
    series->append(bars);
    series->append(barSet(QString(), Qt::transparent, spacer));
    series->barSets().back()->setLabelColor(Qt::transparent);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(9);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *axis = new QValueAxis;
    axis->setRange(0, widest);
    axis->setVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace ts::app::metricscharts
