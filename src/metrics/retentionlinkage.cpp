#include "metrics/retentionlinkage.h"

namespace ts::metrics {

std::optional<Proportion> retentionBetween(const ScoreTally &tally, int low, int high)
{
    const std::size_t retained = tally.countBetween(low, high, ScoreTally::Retained);
    const std::size_t churned = tally.countBetween(low, high, ScoreTally::Churned);
    return makeProportion(retained, retained + churned);
}

std::array<BandRate, 3> churnByBand(const ScoreTally &tally, const std::array<BandRate, 3> &bands)
{
    std::array<BandRate, 3> rates = bands;
    for (BandRate &band : rates) {
        const std::size_t churned = tally.countBetween(band.low, band.high, ScoreTally::Churned);
        const std::size_t retained = tally.countBetween(band.low, band.high, ScoreTally::Retained);
        band.rate = makeProportion(churned, churned + retained);
    }
    return rates;
}

ScoreLinkage linkScore(const ScoreTally &tally)
{
    return {correlateWithRetention(tally), fitChurnOnScore(tally)};
}

RetentionLinkage linkRetention(std::size_t retained, std::size_t churned, const ScoreTally &nps,
                               const ScoreTally &csat, const ScoreTally &ces)
{
    RetentionLinkage linkage;
    linkage.retention = makeProportion(retained, retained + churned);
    if (linkage.retention)
        linkage.churn = complement(*linkage.retention);
    linkage.promoterRetention = retentionBetween(nps, 9, 10);
    linkage.passiveRetention = retentionBetween(nps, 7, 8);
    linkage.detractorRetention = retentionBetween(nps, 0, 6);
    linkage.churnByCsat = churnByBand(csat, kCsatBands);
    linkage.churnByCes = churnByBand(ces, kCesBands);
    linkage.nps = linkScore(nps);
    linkage.csat = linkScore(csat);
    linkage.ces = linkScore(ces);
    return linkage;
}

} // namespace ts::metrics
