// Running counts over survey responses that give the headline figures metric targets use.
#pragma once

#include "core/survey.h"

#include <optional>
#include <string>

namespace ts::alignment {

class MetricTally
{
public:
    void add(const SurveyResponse &response);

    // In the units of metric targets and `metrics --json`: NPS -100..100, CSAT and retention as
    // percentages, CES as the mean on 1-7. nullopt when no response carries that metric, or the
    // metric (e.g. conversion) is not computed from responses.
    std::optional<double> value(const std::string &metric) const;
    // How many responses the figure of `metric` rests on.
    long long sampleSize(const std::string &metric) const;

private:
    long long m_npsN = 0, m_promoters = 0, m_detractors = 0;
    long long m_csatN = 0, m_satisfied = 0;
    long long m_cesN = 0, m_cesSum = 0;
    long long m_retentionN = 0, m_retained = 0;
};

} // namespace ts::alignment
