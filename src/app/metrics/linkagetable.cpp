#include "app/metrics/linkagetable.h"

#include "app/metrics/metricsformat.h"

#include <QHeaderView>

namespace ts::app {
namespace {

using namespace metricstext;

QString bands(const std::array<metrics::BandRate, 3> &rates)
{
    QStringList out;
    for (const auto &band : rates)
        out << (band.rate
                    ? QObject::tr("%1: %2% churn (n = %3)")
                          .arg(QString::fromLatin1(band.label.data(), qsizetype(band.label.size())),
                               number(band.rate->value), count(band.rate->n))
                    : QObject::tr("%1: no outcome")
                          .arg(QString::fromLatin1(band.label.data(),
                                                   qsizetype(band.label.size()))));
    return out.join(QStringLiteral(";  "));
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

LinkageTable::LinkageTable(QWidget *parent)
    : QTableWidget(3, 6, parent)
{
    setHorizontalHeaderLabels({tr("Score"), tr("Spearman ρ with retention"), tr("n"),
                               tr("Churn odds ratio per point (95% CI)"), tr("p"),
                               tr("Churn by band")});
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

void LinkageTable::setLinkage(const metrics::RetentionLinkage &linkage)
{
    const metrics::ScoreLinkage *scores[] = {&linkage.nps, &linkage.csat, &linkage.ces};
    const QString names[] = {tr("NPS"), tr("CSAT"), tr("CES")};
    for (int row = 0; row < 3; ++row) {
        const auto &s = *scores[row];
        setItem(row, 0, cell(names[row], false));
        const auto &rank = s.spearman.fit;
        setItem(row, 1, cell(rank ? number(rank->rho, 3) : QStringLiteral("—")));
        if (!rank && !s.spearman.refusal.empty())
            item(row, 1)->setToolTip(QString::fromStdString(s.spearman.refusal));
        setItem(row, 2, cell(count(s.spearman.n)));
        if (const auto &fit = s.churnLogit.fit) {
            setItem(row, 3,
                    cell(QStringLiteral("%1 (%2)").arg(
                        number(fit->oddsRatio, 3),
                        interval(fit->oddsRatioLow, fit->oddsRatioHigh, false, 3))));
            setItem(row, 4,
                    cell(fit->slope.p < 0.0001 ? QStringLiteral("< 0.0001")
                                               : QString::number(fit->slope.p, 'g', 2)));
        } else {
            auto *why
                = cell(s.churnLogit.refusal.empty()
                           ? tr("no fit")
                           : tr("no fit: %1").arg(QString::fromStdString(s.churnLogit.refusal)),
                       false);
            setItem(row, 3, why);
            setItem(row, 4, cell(QStringLiteral("—")));
        }
    }
    std::array<metrics::BandRate, 3> nps
        = {metrics::BandRate {"0-6", 0, 6, {}}, metrics::BandRate {"7-8", 7, 8, {}},
           metrics::BandRate {"9-10", 9, 10, {}}};
    const std::optional<metrics::Proportion> retained[]
        = {linkage.detractorRetention, linkage.passiveRetention, linkage.promoterRetention};
    for (std::size_t i = 0; i < nps.size(); ++i)
        if (retained[i])
            nps[i].rate = metrics::complement(*retained[i]);
    setItem(0, 5, cell(bands(nps), false));
    setItem(1, 5, cell(bands(linkage.churnByCsat), false));
    setItem(2, 5, cell(bands(linkage.churnByCes), false));
}

} // namespace ts::app
