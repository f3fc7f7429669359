#include "metrics/stageconversion.h"

#include "metrics/textutil.h"

#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace ts::metrics {

namespace {

// For each code of the table's stage dictionary, the stage's position in the order, or -1.
std::vector<int> positionsOfCodes(const StringDictionary &stages,
                                  const std::vector<std::string> &order)
{
    std::vector<int> positions(stages.size() + 1, -1);
    for (std::size_t code = 1; code <= stages.size(); ++code) {
        for (std::size_t k = 0; k < order.size(); ++k) {
            if (equalsIgnoringCase(trim(order[k]), stages.text(std::uint32_t(code)))) {
                positions[code] = int(k);
                break;
            }
        }
    }
    return positions;
}

} // namespace

std::vector<StageConversion> stageConversion(const SurveyTable &table,
                                             const std::vector<std::string> &orderedStages)
{
    const std::vector<int> positions = positionsOfCodes(table.stages, orderedStages);
    std::unordered_map<std::string_view, int> furthest;
    for (std::size_t row = 0; row < table.size(); ++row) {
        const int position = positions[table.stage[row]];
        const std::string_view customer = table.customerId.at(row);
        if (position < 0 || customer.empty())
            continue;
        auto [entry, added] = furthest.try_emplace(customer, position);
        if (!added && entry->second < position)
            entry->second = position;
    }
    std::vector<std::size_t> reached(orderedStages.size());
    for (const auto &[customer, position] : furthest) {
        for (int k = 0; k <= position; ++k)
            ++reached[std::size_t(k)];
    }
    return stageConversionFromCounts(orderedStages, reached);
}

std::vector<StageConversion>
stageConversionFromCounts(const std::vector<std::string> &orderedStages,
                          const std::vector<std::size_t> &reached)
{
    if (reached.size() != orderedStages.size())
        throw std::invalid_argument("one count per stage is needed");
    std::vector<StageConversion> conversions;
    for (std::size_t k = 0; k + 1 < orderedStages.size(); ++k) {
        StageConversion conversion {
            orderedStages[k], orderedStages[k + 1], reached[k], reached[k + 1], {}};
        if (reached[k + 1] <= reached[k])
            conversion.rate = makeProportion(reached[k + 1], reached[k]);
        conversions.push_back(std::move(conversion));
    }
    return conversions;
}

} // namespace ts::metrics
