#include "alignment/metrictally.h"

namespace ts::alignment {

void MetricTally::add(const SurveyResponse &response)
{
    if (response.nps) {
        ++m_npsN;
        m_promoters += *response.nps >= 9;
        m_detractors += *response.nps <= 6;
    }
    if (response.csat) {
        ++m_csatN;
        m_satisfied += *response.csat >= 4;
    }
    if (response.ces) {
        ++m_cesN;
        m_cesSum += *response.ces;
    }
    if (response.retained) {
        ++m_retentionN;
        m_retained += *response.retained;
    }
}

std::optional<double> MetricTally::value(const std::string &metric) const
{
    if (sampleSize(metric) == 0)
        return std::nullopt;
    if (metric == "nps")
        return 100.0 * double(m_promoters - m_detractors) / double(m_npsN);
    if (metric == "csat")
        return 100.0 * double(m_satisfied) / double(m_csatN);
    if (metric == "ces")
        return double(m_cesSum) / double(m_cesN);
    return 100.0 * double(m_retained) / double(m_retentionN);
}

long long MetricTally::sampleSize(const std::string &metric) const
{
    if (metric == "nps")
        return m_npsN;
    if (metric == "csat")
        return m_csatN;
    if (metric == "ces")
        return m_cesN;
    if (metric == "retention")
        return m_retentionN;
    return 0;
}

} // namespace ts::alignment
