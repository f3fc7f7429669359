#include "alignment/gaprule.h"

#include <array>

namespace ts::alignment {

int areaRank(const std::string &areaName)
{
    static const std::array<std::string, 5> order
        = {area::Purpose, area::Goals, area::Journeys, area::Metrics, area::Roadmap};
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] == areaName)
            return int(i);
    return int(order.size());
}

std::vector<Finding> GapRule::findings(const Workspace &workspace,
                                       const GapSettings &settings) const
{
    auto found = check(workspace, settings);
    for (auto &finding : found) {
        finding.ruleId = id;
        finding.area = area;
    }
    return found;
}

} // namespace ts::alignment
