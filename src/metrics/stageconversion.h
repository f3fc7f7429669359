// Stage-to-stage conversion: the share of customers who reached a stage and went on to the next.
#pragma once

#include "metrics/proportion.h"
#include "metrics/surveytable.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ts::metrics {

struct StageConversion
{
    std::string from;
    std::string to;
    std::size_t reachedFrom = 0; // customers who reached `from`
    std::size_t reachedTo = 0; // ... and `to`
    std::optional<Proportion> rate; // reachedTo / reachedFrom, Wilson interval
};

// From responses. A customer's furthest stage is the latest stage, in the given order, of any of
// their responses; a customer reached every stage up to and including it (a response at
// Retention means the customer got through Purchase, even if never surveyed there). Conversion
// from stage k to k+1 = customers who reached k+1 / customers who reached k. Responses without a
// customer id or with a stage not in the list are left out; names match case-insensitively.
// Only surveyed customers count, so this is conversion among respondents, and customers who
// dropped out before their first survey are invisible: prefer counts from the business when
// there are any.
std::vector<StageConversion> stageConversion(const SurveyTable &table,
                                             const std::vector<std::string> &orderedStages);

// From counts of customers who reached each stage (entered by the user). The rate is absent
// when a stage has no customers or the next stage has more (the counts are then not a funnel).
std::vector<StageConversion>
stageConversionFromCounts(const std::vector<std::string> &orderedStages,
                          const std::vector<std::size_t> &reached);

} // namespace ts::metrics
