// Roadmap rules: a balanced portfolio, and initiatives someone owns on a timeline.
#include "alignment/builtinrules.h"
#include "alignment/textutil.h"
#include "alignment/workspaceindex.h"

#include <array>

namespace ts::alignment {
namespace {

const char *const kBalanceWhy
    = "A strategy that addresses technology alone fails: new systems do not change how people "
      "treat customers. A balanced roadmap combines people initiatives (culture, training, "
      "incentives, recognition) with process and technology; without people initiatives the "
      "employee behaviours the CX vision requires never take hold.";

const char *const kNoOwnerWhy
    = "An initiative without an owner is an idea, not a commitment. Someone has to be "
      "accountable for delivering it and for reporting whether it moved the metric it was meant "
      "to move.";

const char *const kNoDatesWhy
    = "Without a start and an end quarter an initiative cannot be placed on the roadmap, "
      "sequenced against the others or followed up at the next review. Dates turn a list of good "
      "intentions into a plan.";

std::vector<Finding> unbalancedPortfolio(const Workspace &w, const GapSettings &)
{
    std::array<int, 3> count {}; // people, process, technology
    for (const auto &initiative : w.initiatives)
        if (isActive(initiative))
            ++count[std::size_t(initiative.dimension)];
    const int people = count[0], process = count[1], technology = count[2];
    const int total = people + process + technology;
    if (total == 0 || people > 0)
        return {};
    const bool technologyOnly = technology == total;
    const auto counts = std::to_string(total) + " initiatives (not counting dropped ones): "
        + std::to_string(process) + " process, " + std::to_string(technology) + " technology.";
    return {Finding {
        .severity = technologyOnly ? GapSeverity::Critical : GapSeverity::Major,
        .objectUid = "roadmap:portfolio",
        .objectKind = "roadmap",
        .title = technologyOnly ? "The roadmap is technology only"
                                : "The roadmap has no people initiative",
        .detail = (technologyOnly ? "Every initiative is a technology change. "
                                  : "No initiative works on culture, training or incentives. ")
            + counts,
        .fix = "Roadmap: add people initiatives (training, coaching, incentives, recognition) "
               "that build the employee behaviours the CX vision needs.",
    }};
}

std::vector<Finding> initiativesWithoutOwner(const Workspace &w, const GapSettings &)
{
    const WorkspaceIndex index(w);
    std::vector<Finding> out;
    for (const auto &initiative : w.initiatives) {
        if (!isActive(initiative) || index.department(initiative.departmentId)
            || !isBlank(initiative.owner))
            continue;
        out.push_back(Finding {
            .severity = GapSeverity::Major,
            .objectUid = initiative.uid,
            .objectKind = "initiative",
            .title = "Initiative " + quoted(initiative.title) + " has no owner",
            .detail = "Neither an owning department nor a person is named for it.",
            .fix = "Roadmap: set the owning department or the person who owns the initiative.",
        });
    }
    return out;
}

std::vector<Finding> initiativesWithoutDates(const Workspace &w, const GapSettings &)
{
    std::vector<Finding> out;
    for (const auto &initiative : w.initiatives) {
        const bool noStart = isBlank(initiative.startQuarter);
        const bool noEnd = isBlank(initiative.endQuarter);
        if (!isActive(initiative) || (!noStart && !noEnd))
            continue;
        const std::string missing = noStart && noEnd ? "a start or an end quarter"
            : noStart                                ? "a start quarter"
                                                     : "an end quarter";
        out.push_back(Finding {
            .severity = GapSeverity::Minor,
            .objectUid = initiative.uid,
            .objectKind = "initiative",
            .title = "Initiative " + quoted(initiative.title) + " has no dates",
            .detail = "It has no " + missing + ", so it cannot be placed on the timeline.",
            .fix = "Roadmap: set its start and end quarters (e.g. 2026-Q1 to 2026-Q3).",
        });
    }
    return out;
}

} // namespace

std::vector<GapRule> roadmapRules()
{
    return {
        GapRule {"portfolio-unbalanced", "Initiative portfolio out of balance", kBalanceWhy,
                 GapSeverity::Critical, area::Roadmap, unbalancedPortfolio},
        GapRule {"initiative-no-owner", "Initiative with no owner", kNoOwnerWhy, GapSeverity::Major,
                 area::Roadmap, initiativesWithoutOwner},
        GapRule {"initiative-no-dates", "Initiative with no start or end quarter", kNoDatesWhy,
                 GapSeverity::Minor, area::Roadmap, initiativesWithoutDates},
    };
}

} // namespace ts::alignment
