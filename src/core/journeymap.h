// A journey map and its grid: stages (columns) by lanes (rows).
#pragma once

#include "core/enums.h"
#include "core/ids.h"

#include <optional>
#include <string>

namespace ts {

struct JourneyMap
{
    Id id = 0;
    std::string uid;
    std::string name;
    Id personaId = 0;
    std::string description;
    int position = 0;
    bool operator==(const JourneyMap &) const = default;
};

struct Stage
{
    Id id = 0;
    std::string uid;
    Id mapId = 0;
    std::string name;
    std::string color = "#4E79A7";
    std::optional<int> emotionAsIs; // -3..3
    std::optional<int> emotionToBe; // -3..3
    std::string feeling;
    int position = 0;
    bool operator==(const Stage &) const = default;
};

struct Lane
{
    Id id = 0;
    std::string uid;
    Id mapId = 0;
    LaneKind kind = LaneKind::Actions;
    std::string title;
    bool visible = true;
    int position = 0;
    bool operator==(const Lane &) const = default;
};

} // namespace ts
