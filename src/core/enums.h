// The closed vocabularies of the domain and their stable names (used in SQL and JSON).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

enum class LaneKind {
    Actions,
    Touchpoints,
    Channels,
    Thoughts,
    Emotion,
    PainPoints,
    Opportunities,
    Backstage,
    Metrics
};
enum class CardKind {
    Action,
    Touchpoint,
    Channel,
    Thought,
    PainPoint,
    Opportunity,
    Backstage,
    Metric,
    Note
};
enum class Severity { Low = 1, Medium, High, Critical };
enum class Frequency { Rare = 1, Occasional, Frequent, Constant };
enum class Dimension { People, Process, Technology };
enum class GoalKind { Organisational, Cx };
enum class InitiativeStatus { Idea, Planned, InProgress, Done, Dropped };
enum class ReviewStatus { Open, Accepted, InProgress, Resolved, WontFix };
enum class LinkKind { Addresses, Relates };
enum class InitiativeTarget { Card, Stage, OrgGoal, DepartmentGoal };

// Each vocabulary: names[i] is the stable name of the enumerator with value first+i.
template<typename E> struct Vocabulary;

#define TS_VOCABULARY(E, FIRST, ...)                                                               \
    template<> struct Vocabulary<E>                                                                \
    {                                                                                              \
        static constexpr int first = FIRST;                                                        \
        static constexpr std::string_view names[] = {__VA_ARGS__};                                 \
    };

TS_VOCABULARY(LaneKind, 0, "actions", "touchpoints", "channels", "thoughts", "emotion",
              "painpoints", "opportunities", "backstage", "metrics")
TS_VOCABULARY(CardKind, 0, "action", "touchpoint", "channel", "thought", "painpoint", "opportunity",
              "backstage", "metric", "note")
TS_VOCABULARY(Severity, 1, "low", "medium", "high", "critical")
TS_VOCABULARY(Frequency, 1, "rare", "occasional", "frequent", "constant")
TS_VOCABULARY(Dimension, 0, "people", "process", "technology")
TS_VOCABULARY(GoalKind, 0, "organisational", "cx")
TS_VOCABULARY(InitiativeStatus, 0, "idea", "planned", "in_progress", "done", "dropped")
TS_VOCABULARY(ReviewStatus, 0, "open", "accepted", "in_progress", "resolved", "wont_fix")
TS_VOCABULARY(LinkKind, 0, "addresses", "relates")
TS_VOCABULARY(InitiativeTarget, 0, "card", "stage", "org_goal", "department_goal")
#undef TS_VOCABULARY

template<typename E> std::string toString(E value)
{
    return std::string(Vocabulary<E>::names[static_cast<int>(value) - Vocabulary<E>::first]);
}

template<typename E> std::optional<E> fromString(std::string_view name)
{
    int i = 0;
    for (auto candidate : Vocabulary<E>::names) {
        if (candidate == name)
            return static_cast<E>(i + Vocabulary<E>::first);
        ++i;
    }
    return std::nullopt;
}

template<typename E> std::vector<E> allOf()
{
    std::vector<E> out;
    for (int i = 0; i < int(std::size(Vocabulary<E>::names)); ++i)
        out.push_back(static_cast<E>(i + Vocabulary<E>::first));
    return out;
}

// Channels are an open-ended list in workshops but validated against this set.
const std::vector<std::string> &knownChannels();
bool isKnownChannel(const std::string &channel);

// The lane a card of this kind lives in by default, and the card kind a lane creates.
LaneKind defaultLaneFor(CardKind kind);
std::optional<CardKind> defaultCardKindFor(LaneKind lane);
// The title of a lane as the default map shows it, e.g. "Pain points".
std::string defaultLaneTitle(LaneKind lane);

} // namespace ts
