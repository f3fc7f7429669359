// A sticky note on a journey map, in one cell (stage x lane), and links between cards.
#pragma once

#include "core/enums.h"
#include "core/ids.h"

#include <optional>
#include <string>

namespace ts {

// One row for every kind: the fields that do not apply to a kind stay empty.
struct Card
{
    Id id = 0;
    std::string uid;
    Id mapId = 0;
    Id stageId = 0;
    Id laneId = 0;
    int position = 0; // order within its cell
    CardKind kind = CardKind::Note;
    std::string title;
    std::string notes;
    // touchpoints
    std::optional<std::string> channel;
    std::optional<bool> online;
    Id departmentId = 0; // owning department (touchpoint, backstage)
    std::optional<double> currentScore; // 0..10
    std::optional<double> targetScore; // 0..10
    // pain points
    std::optional<Severity> severity;
    std::optional<Frequency> frequency;
    std::string evidence; // verbatim quotes, one per line
    // opportunities
    std::optional<Dimension> dimension;
    bool operator==(const Card &) const = default;
};

struct CardLink
{
    Id id = 0;
    std::string uid;
    Id fromCardId = 0;
    Id toCardId = 0;
    LinkKind kind = LinkKind::Addresses;
    bool operator==(const CardLink &) const = default;
};

} // namespace ts
