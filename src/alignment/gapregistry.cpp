#include "alignment/gapregistry.h"

#include "alignment/builtinrules.h"

#include <algorithm>
#include <tuple>

namespace ts::alignment {

GapRegistry::GapRegistry()
{
    for (auto group : {purposeRules, goalRules, painPointRules, stageRules, touchpointRules,
                       metricRules, roadmapRules})
        for (auto &rule : group())
            m_rules.push_back(std::move(rule));
}

const GapRegistry &GapRegistry::builtIn()
{
    static const GapRegistry registry;
    return registry;
}

const GapRule *GapRegistry::rule(const std::string &id) const
{
    for (const auto &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

std::vector<Finding> GapRegistry::findings(const Workspace &workspace,
                                           const GapSettings &settings) const
{
    struct Ranked
    {
        int severity, area, rule;
        Finding finding;
    };
    std::vector<Ranked> ranked;
    for (std::size_t r = 0; r < m_rules.size(); ++r)
        for (auto &finding : m_rules[r].findings(workspace, settings))
            ranked.push_back(
                {int(finding.severity), areaRank(finding.area), int(r), std::move(finding)});
    // Stable, so findings of one rule keep the display order the rule produced them in.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(a.severity, a.area, a.rule) < std::tie(b.severity, b.area, b.rule);
    });
    std::vector<Finding> out;
    out.reserve(ranked.size());
    for (auto &r : ranked)
        out.push_back(std::move(r.finding));
    return out;
}

} // namespace ts::alignment
