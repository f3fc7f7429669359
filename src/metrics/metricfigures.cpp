#include "metrics/metricfigures.h"

#include "metrics/csatsummary.h"

namespace ts::metrics {

MetricFigures FigureTally::figures() const
{
    MetricFigures figures;
    figures.responses = m_responses;
    figures.nps = summarizeNps(m_nps);
    figures.csat = summarizeCsat(m_csat);
    figures.ces = summarizeCes(m_ces);
    figures.retention = linkRetention(m_retained, m_churned, m_nps, m_csat, m_ces);
    return figures;
}

MetricFigures computeFigures(const SurveyTable &table)
{
    FigureTally tally;
    for (std::size_t row = 0; row < table.size(); ++row)
        tally.add(table, row);
    return tally.figures();
}

} // namespace ts::metrics
