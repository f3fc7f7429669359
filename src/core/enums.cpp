#include "core/enums.h"

#include <algorithm>

namespace ts {

const std::vector<std::string> &knownChannels()
{
    static const std::vector<std::string> channels
        = {"web",    "app",       "store", "phone", "email", "sms",
           "social", "in_person", "chat",  "mail",  "event", "other"};
    return channels;
}

bool isKnownChannel(const std::string &channel)
{
    const auto &all = knownChannels();
    return std::find(all.begin(), all.end(), channel) != all.end();
}

LaneKind defaultLaneFor(CardKind kind)
{
    switch (kind) {
    case CardKind::Action:
        return LaneKind::Actions;
    case CardKind::Touchpoint:
        return LaneKind::Touchpoints;
    case CardKind::Channel:
        return LaneKind::Channels;
    case CardKind::Thought:
        return LaneKind::Thoughts;
    case CardKind::PainPoint:
        return LaneKind::PainPoints;
    case CardKind::Opportunity:
        return LaneKind::Opportunities;
    case CardKind::Backstage:
        return LaneKind::Backstage;
    case CardKind::Metric:
        return LaneKind::Metrics;
    case CardKind::Note:
        return LaneKind::Thoughts;
    }
    return LaneKind::Actions;
}

std::optional<CardKind> defaultCardKindFor(LaneKind lane)
{
    switch (lane) {
    case LaneKind::Actions:
        return CardKind::Action;
    case LaneKind::Touchpoints:
        return CardKind::Touchpoint;
    case LaneKind::Channels:
        return CardKind::Channel;
    case LaneKind::Thoughts:
        return CardKind::Thought;
    case LaneKind::Emotion:
        return std::nullopt; // the emotion lane holds the curve, not cards
    case LaneKind::PainPoints:
        return CardKind::PainPoint;
    case LaneKind::Opportunities:
        return CardKind::Opportunity;
    case LaneKind::Backstage:
        return CardKind::Backstage;
    case LaneKind::Metrics:
        return CardKind::Metric;
    }
    return std::nullopt;
}

std::string defaultLaneTitle(LaneKind lane)
{
    switch (lane) {
    case LaneKind::Actions:
        return "Customer actions";
    case LaneKind::Touchpoints:
        return "Touchpoints";
    case LaneKind::Channels:
        return "Channels";
    case LaneKind::Thoughts:
        return "Thoughts & feelings";
    case LaneKind::Emotion:
        return "Emotion curve";
    case LaneKind::PainPoints:
        return "Pain points";
    case LaneKind::Opportunities:
        return "Opportunities";
    case LaneKind::Backstage:
        return "Backstage / owner";
    case LaneKind::Metrics:
        return "Metrics";
    }
    return {};
}

} // namespace ts
