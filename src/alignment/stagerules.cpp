// Stage rules: every stage of a journey should show a touchpoint and be measured.
#include "alignment/builtinrules.h"
#include "alignment/textutil.h"
#include "alignment/workspaceindex.h"

#include <unordered_set>

namespace ts::alignment {
namespace {

const char *const kNoTouchpointWhy
    = "A stage without touchpoints shows no place where the customer meets the organisation. "
      "Either the map is unfinished, or the organisation is absent at that moment of the "
      "journey; both are worth knowing before deciding where to invest.";

const char *const kNoMeasureWhy
    = "What is not measured cannot be managed: a stage with no metric and no survey responses "
      "gives no way to tell whether the experience there is getting better, or what it does to "
      "retention. Tie a metric (NPS, CSAT, CES, conversion) or survey responses to each stage.";

std::unordered_set<Id> stagesWithCardOf(const Workspace &w, CardKind kind)
{
    std::unordered_set<Id> stages;
    for (const auto &card : w.cards)
        if (card.kind == kind)
            stages.insert(card.stageId);
    return stages;
}

// The stage names survey responses carry, compared the way the settings say.
class ResponseStages
{
public:
    ResponseStages(const Workspace &w, bool caseSensitive)
        : m_caseSensitive(caseSensitive)
    {
        std::unordered_set<std::string> raw;
        for (const auto &response : w.responses)
            if (!response.stage.empty())
                raw.insert(response.stage);
        for (const auto &name : raw)
            m_keys.insert(key(name));
    }
    bool contains(const std::string &stageName) const { return m_keys.count(key(stageName)) > 0; }

private:
    std::string key(const std::string &name) const
    {
        return m_caseSensitive ? name : foldCase(name);
    }
    bool m_caseSensitive;
    std::unordered_set<std::string> m_keys;
};

std::vector<Finding> stagesWithoutTouchpoint(const Workspace &w, const GapSettings &)
{
    const WorkspaceIndex index(w);
    const auto covered = stagesWithCardOf(w, CardKind::Touchpoint);
    std::vector<Finding> out;
    for (const auto &stage : w.stages) {
        if (covered.count(stage.id))
            continue;
        out.push_back(Finding {
            .severity = GapSeverity::Minor,
            .objectUid = stage.uid,
            .objectKind = "stage",
            .title
            = "Stage " + quoted(stage.name) + " has no touchpoint (" + index.describe(stage) + ")",
            .detail = "No touchpoint card sits in this stage, so the map shows no interaction "
                      "with the organisation there.",
            .fix = "Journey map: add the touchpoints of this stage in the Touchpoints lane, with "
                   "their channel and owning department.",
        });
    }
    return out;
}

std::vector<Finding> stagesWithoutMeasure(const Workspace &w, const GapSettings &settings)
{
    const WorkspaceIndex index(w);
    const auto measured = stagesWithCardOf(w, CardKind::Metric);
    const ResponseStages responses(w, settings.stageNamesCaseSensitive);
    std::vector<Finding> out;
    for (const auto &stage : w.stages) {
        if (measured.count(stage.id) || responses.contains(stage.name))
            continue;
        out.push_back(Finding {
            .severity = GapSeverity::Major,
            .objectUid = stage.uid,
            .objectKind = "stage",
            .title
            = "Stage " + quoted(stage.name) + " is not measured (" + index.describe(stage) + ")",
            .detail = "The stage has no metric card, and no survey response names "
                + quoted(stage.name) + " as its stage.",
            .fix = "Journey map: add a metric card in the Metrics lane of this stage, or import "
                   "survey responses with a stage column that names it.",
        });
    }
    return out;
}

} // namespace

std::vector<GapRule> stageRules()
{
    return {
        GapRule {"stage-no-touchpoint", "Stage with no touchpoint", kNoTouchpointWhy,
                 GapSeverity::Minor, area::Journeys, stagesWithoutTouchpoint},
        GapRule {"stage-no-measure", "Stage with no measure (no metric, no responses)",
                 kNoMeasureWhy, GapSeverity::Major, area::Metrics, stagesWithoutMeasure},
    };
}

} // namespace ts::alignment
