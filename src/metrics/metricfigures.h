// Every figure of a set of survey responses (the whole table or one group), and how to tally them.
#pragma once

#include "metrics/cessummary.h"
#include "metrics/npssummary.h"
#include "metrics/proportion.h"
#include "metrics/retentionlinkage.h"
#include "metrics/scoretally.h"
#include "metrics/surveytable.h"

#include <cstddef>
#include <optional>

namespace ts::metrics {

// A figure that cannot be computed (no response of that kind) is nullopt, never 0.
struct MetricFigures
{
    std::size_t responses = 0;
    std::optional<NpsSummary> nps;
    std::optional<Proportion> csat; // top-2-box
    std::optional<CesSummary> ces;
    RetentionLinkage retention;
};

// The counts behind MetricFigures, filled row by row in a single pass.
class FigureTally
{
public:
    void add(const SurveyTable &table, std::size_t row)
    {
        const std::int8_t retained = table.retained[row];
        ++m_responses;
        m_nps.add(table.nps[row], retained);
        m_csat.add(table.csat[row], retained);
        m_ces.add(table.ces[row], retained);
        m_retained += retained == 1;
        m_churned += retained == 0;
    }
    std::size_t responses() const { return m_responses; }
    MetricFigures figures() const;

private:
    std::size_t m_responses = 0;
    std::size_t m_retained = 0;
    std::size_t m_churned = 0;
    ScoreTally m_nps = ScoreTally::forField(Field::Nps);
    ScoreTally m_csat = ScoreTally::forField(Field::Csat);
    ScoreTally m_ces = ScoreTally::forField(Field::Ces);
};

MetricFigures computeFigures(const SurveyTable &table);

} // namespace ts::metrics
