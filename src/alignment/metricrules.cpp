// Metric rules: a score below its target needs an initiative meant to move it.
#include "alignment/builtinrules.h"
#include "alignment/metrictally.h"
#include "alignment/textutil.h"
#include "alignment/workspaceindex.h"

#include <unordered_map>
#include <unordered_set>

namespace ts::alignment {
namespace {

const char *const kBelowTargetWhy
    = "A metric below its target with nothing on the roadmap meant to move it is a known "
      "shortfall without a response. Each initiative should state the metric it expects to "
      "change; a score below target that no initiative names will most likely stay below "
      "target, and the next review will find the same gap.";

std::string label(const std::string &metric)
{
    if (metric == "nps")
        return "NPS";
    if (metric == "csat")
        return "CSAT";
    if (metric == "ces")
        return "CES";
    return metric == "retention" ? "Retention" : metric;
}

std::string figure(const std::string &metric, double value)
{
    return oneDecimal(value) + (metric == "csat" || metric == "retention" ? "%" : "");
}

// The overall tally, and one per stage name for stage-scoped targets.
class ScopedTallies
{
public:
    ScopedTallies(const Workspace &w, bool caseSensitive)
        : m_caseSensitive(caseSensitive)
    {
        bool scoped = false;
        for (const auto &target : w.metricTargets)
            scoped = scoped || !isBlank(target.scope);
        std::unordered_map<std::string, std::string> keyOf; // fold each distinct name once
        for (const auto &response : w.responses) {
            m_overall.add(response);
            if (!scoped || response.stage.empty())
                continue;
            auto it = keyOf.find(response.stage);
            if (it == keyOf.end())
                it = keyOf.emplace(response.stage, key(response.stage)).first;
            m_byStage[it->second].add(response);
        }
    }

    // nullptr when no response names that stage.
    const MetricTally *forScope(const std::string &scope) const
    {
        if (isBlank(scope))
            return &m_overall;
        const auto it = m_byStage.find(key(scope));
        return it == m_byStage.end() ? nullptr : &it->second;
    }

private:
    std::string key(const std::string &stage) const
    {
        return m_caseSensitive ? stage : foldCase(stage);
    }
    bool m_caseSensitive;
    MetricTally m_overall;
    std::unordered_map<std::string, MetricTally> m_byStage;
};

std::vector<Finding> metricsBelowTarget(const Workspace &w, const GapSettings &settings)
{
    std::unordered_set<std::string> moved; // metrics some planned initiative names
    for (const auto &initiative : w.initiatives)
        if (isActive(initiative) && !isBlank(initiative.metric))
            moved.insert(foldCase(initiative.metric));
    const ScopedTallies tallies(w, settings.stageNamesCaseSensitive);
    std::vector<Finding> out;
    for (const auto &target : w.metricTargets) {
        const auto *tally = tallies.forScope(target.scope);
        const auto value = tally ? tally->value(target.metric) : std::nullopt;
        if (!value || *value >= target.target || moved.count(foldCase(target.metric)))
            continue;
        const auto name = label(target.metric);
        const auto scope
            = isBlank(target.scope) ? std::string() : " at stage " + quoted(target.scope);
        out.push_back(Finding {
            .severity = GapSeverity::Major,
            .objectUid = target.uid,
            .objectKind = "metric_target",
            .title = name + scope + " is below target (" + figure(target.metric, *value)
                + " against " + figure(target.metric, target.target) + ")",
            .detail = name + scope + " is " + figure(target.metric, *value) + " over "
                + std::to_string(tally->sampleSize(target.metric)) + " responses, below the "
                + "target of " + figure(target.metric, target.target)
                + ", and no initiative on the roadmap names " + name + " as the metric it moves.",
            .fix = "Roadmap: plan an initiative expected to move " + name
                + " (set its metric), or revisit the target under Metrics.",
        });
    }
    return out;
}

} // namespace

std::vector<GapRule> metricRules()
{
    return {
        GapRule {"metric-below-target", "Metric below its target with no initiative linked to it",
                 kBelowTargetWhy, GapSeverity::Major, area::Metrics, metricsBelowTarget},
    };
}

} // namespace ts::alignment
