// Touchpoint rules: each touchpoint has an owner, and scores alike on every channel.
#include "alignment/builtinrules.h"
#include "alignment/textutil.h"
#include "alignment/workspaceindex.h"

#include <map>
#include <unordered_map>

namespace ts::alignment {
namespace {

const char *const kNoOwnerWhy
    = "A touchpoint with no owning department is one nobody is accountable for: when it "
      "breaks, each team assumes another will fix it. Name the department that owns it, so the "
      "backstage work behind the touchpoint has a home and someone answers for its score.";

const char *const kInconsistentWhy
    = "Customers expect the same interaction to feel the same whether they use the web, the "
      "phone or the store. When one touchpoint scores far better on one channel than on "
      "another, the experience is inconsistent: customers who switch channels notice, and trust "
      "in the brand promise erodes.";

std::vector<Finding> touchpointsWithoutOwner(const Workspace &w, const GapSettings &)
{
    const WorkspaceIndex index(w);
    std::vector<Finding> out;
    for (const auto &card : w.cards) {
        if (card.kind != CardKind::Touchpoint || index.department(card.departmentId))
            continue;
        out.push_back(Finding {
            .severity = GapSeverity::Major,
            .objectUid = card.uid,
            .objectKind = "touchpoint",
            .title = "Touchpoint " + quoted(card.title) + " (" + index.placeOf(card)
                + ") has no owning department",
            .detail = "No department is named as owning this touchpoint.",
            .fix = "Journey map: set the owning department of the touchpoint (card details, or "
                   "a Backstage card under it).",
        });
    }
    return out;
}

std::string channelName(const Card &card)
{
    return card.channel && !card.channel->empty() ? *card.channel : std::string("no channel");
}

// The scored cards of one touchpoint title, lowest and highest per channel.
struct ScoredTouchpoint
{
    struct Range
    {
        const Card *low = nullptr;
        const Card *high = nullptr;
    };
    std::map<std::string, Range> byChannel;

    void add(const Card &card)
    {
        auto &range = byChannel[channelName(card)];
        if (!range.low || *card.currentScore < *range.low->currentScore)
            range.low = &card;
        if (!range.high || *card.currentScore > *range.high->currentScore)
            range.high = &card;
    }

    // The lowest and highest score on two different channels, furthest apart.
    std::pair<const Card *, const Card *> widestGap() const
    {
        std::pair<const Card *, const Card *> best {nullptr, nullptr};
        double widest = -1;
        for (const auto &[lowChannel, low] : byChannel)
            for (const auto &[highChannel, high] : byChannel) {
                const double spread = *high.high->currentScore - *low.low->currentScore;
                if (lowChannel != highChannel && spread > widest) {
                    widest = spread;
                    best = {low.low, high.high};
                }
            }
        return best;
    }
};

Finding inconsistency(const WorkspaceIndex &index, const Card &low, const Card &high,
                      double threshold)
{
    const double spread = *high.currentScore - *low.currentScore;
    return Finding {
        .severity = GapSeverity::Major,
        .objectUid = low.uid,
        .objectKind = "touchpoint",
        .title = "Touchpoint " + quoted(low.title) + " scores " + oneDecimal(*low.currentScore)
            + " on " + channelName(low) + " but " + oneDecimal(*high.currentScore) + " on "
            + channelName(high),
        .detail = "Current score " + oneDecimal(*low.currentScore) + " on " + channelName(low)
            + " (" + index.placeOf(low) + ") against " + oneDecimal(*high.currentScore) + " on "
            + channelName(high) + " (" + index.placeOf(high) + "): " + oneDecimal(spread)
            + " points apart, more than the " + oneDecimal(threshold) + " allowed.",
        .fix = "Journey map: find out what the " + channelName(high)
            + " channel does better, and plan an initiative for the weaker channel.",
    };
}

std::vector<Finding> inconsistentTouchpoints(const Workspace &w, const GapSettings &settings)
{
    // Groups keep the order their first card appears in, so findings come out stably.
    std::vector<ScoredTouchpoint> groups;
    std::unordered_map<std::string, std::size_t> groupOf;
    for (const auto &card : w.cards) {
        if (card.kind != CardKind::Touchpoint || !card.currentScore || isBlank(card.title))
            continue;
        const auto [it, added] = groupOf.emplace(foldCase(card.title), groups.size());
        if (added)
            groups.emplace_back();
        groups[it->second].add(card);
    }
    const WorkspaceIndex index(w);
    std::vector<Finding> out;
    for (const auto &group : groups) {
        const auto [low, high] = group.widestGap();
        if (low && *high->currentScore - *low->currentScore > settings.touchpointScoreSpread)
            out.push_back(inconsistency(index, *low, *high, settings.touchpointScoreSpread));
    }
    return out;
}

} // namespace

std::vector<GapRule> touchpointRules()
{
    return {
        GapRule {"touchpoint-no-owner", "Touchpoint with no owning department", kNoOwnerWhy,
                 GapSeverity::Major, area::Journeys, touchpointsWithoutOwner},
        GapRule {"touchpoint-inconsistent",
                 "Same touchpoint scored very differently across channels", kInconsistentWhy,
                 GapSeverity::Major, area::Journeys, inconsistentTouchpoints},
    };
}

} // namespace ts::alignment
