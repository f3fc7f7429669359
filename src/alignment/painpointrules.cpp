// Pain point rules: each pain point should lead somewhere, and the worst ones onto the roadmap.
#include "alignment/builtinrules.h"
#include "alignment/textutil.h"
#include "alignment/workspaceindex.h"

#include <unordered_set>

namespace ts::alignment {
namespace {

const char *const kUnaddressedWhy
    = "A pain point that nobody has turned into an opportunity or an initiative stays a sticky "
      "note on the wall: customers keep feeling it, and the evidence gathered in the workshop is "
      "lost. Every pain point should lead to an opportunity or an initiative, even when the "
      "decision is to address it later.";

const char *const kUnplannedWhy
    = "High and critical pain points are where customers give up, complain or leave. When "
      "nothing on the roadmap touches the stage where one happens, the organisation has seen the "
      "problem and decided, by default, to live with it. Plan at least one initiative for that "
      "moment of the journey.";

bool isPainPoint(const Card *card)
{
    return card && card->kind == CardKind::PainPoint;
}

bool isOpportunity(const Card *card)
{
    return card && card->kind == CardKind::Opportunity;
}

std::string severityName(const Card &card)
{
    return card.severity ? toString(*card.severity) : std::string("unrated");
}

// Pain points with an "addresses" link to or from an opportunity, or an initiative on them.
std::unordered_set<Id> addressedPainPoints(const Workspace &w, const WorkspaceIndex &index)
{
    std::unordered_set<Id> addressed;
    for (const auto &link : w.cardLinks) {
        if (link.kind != LinkKind::Addresses)
            continue;
        const auto *from = index.card(link.fromCardId);
        const auto *to = index.card(link.toCardId);
        if (isPainPoint(from) && isOpportunity(to))
            addressed.insert(from->id);
        if (isPainPoint(to) && isOpportunity(from))
            addressed.insert(to->id);
    }
    for (const auto &initiative : w.initiatives)
        if (isActive(initiative))
            for (const auto &link : initiative.links)
                if (link.target == InitiativeTarget::Card)
                    addressed.insert(link.targetId);
    return addressed;
}

std::vector<Finding> unaddressedPainPoints(const Workspace &w, const GapSettings &)
{
    const WorkspaceIndex index(w);
    const auto addressed = addressedPainPoints(w, index);
    std::vector<Finding> out;
    for (const auto &card : w.cards) {
        if (card.kind != CardKind::PainPoint || addressed.count(card.id))
            continue;
        const bool serious = card.severity && *card.severity >= Severity::High;
        out.push_back(Finding {
            .severity = serious ? GapSeverity::Major : GapSeverity::Minor,
            .objectUid = card.uid,
            .objectKind = "painpoint",
            .title = "Pain point " + quoted(card.title) + " (" + index.placeOf(card)
                + ") is addressed by nothing",
            .detail = "This " + severityName(card)
                + " pain point has no opportunity linked as addressing it, and no initiative "
                  "is linked to it.",
            .fix = "Journey map: link an opportunity card that addresses it, or link it to an "
                   "initiative on the roadmap.",
        });
    }
    return out;
}

// Stages with an initiative (not dropped) linked to the stage or to a card in it.
std::unordered_set<Id> plannedStages(const Workspace &w, const WorkspaceIndex &index)
{
    std::unordered_set<Id> planned;
    for (const auto &initiative : w.initiatives) {
        if (!isActive(initiative))
            continue;
        for (const auto &link : initiative.links) {
            if (link.target == InitiativeTarget::Stage)
                planned.insert(link.targetId);
            else if (link.target == InitiativeTarget::Card)
                if (const auto *card = index.card(link.targetId))
                    planned.insert(card->stageId);
        }
    }
    return planned;
}

std::vector<Finding> unplannedPainPoints(const Workspace &w, const GapSettings &)
{
    const WorkspaceIndex index(w);
    const auto planned = plannedStages(w, index);
    std::vector<Finding> out;
    for (const auto &card : w.cards) {
        if (card.kind != CardKind::PainPoint || !card.severity || *card.severity < Severity::High
            || planned.count(card.stageId))
            continue;
        const bool critical = *card.severity == Severity::Critical;
        out.push_back(Finding {
            .severity = critical ? GapSeverity::Critical : GapSeverity::Major,
            .objectUid = card.uid,
            .objectKind = "painpoint",
            .title = "Pain point " + quoted(card.title) + " (" + index.placeOf(card) + ", "
                + severityName(card) + ") has no initiative planned in its stage",
            .detail = "No initiative on the roadmap (other than dropped ones) is linked to this "
                      "stage or to any card in it.",
            .fix = "Roadmap: plan an initiative for this stage and link it to the pain point.",
        });
    }
    return out;
}

} // namespace

std::vector<GapRule> painPointRules()
{
    return {
        GapRule {"pain-point-unaddressed", "Pain point that no opportunity or initiative addresses",
                 kUnaddressedWhy, GapSeverity::Major, area::Journeys, unaddressedPainPoints},
        GapRule {"pain-point-unplanned",
                 "High-severity pain point in a stage with no initiative planned", kUnplannedWhy,
                 GapSeverity::Critical, area::Journeys, unplannedPainPoints},
    };
}

} // namespace ts::alignment
