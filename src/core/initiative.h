// A change on the strategy roadmap, and what it serves.
#pragma once

#include "core/enums.h"
#include "core/ids.h"

#include <optional>
#include <string>
#include <vector>

namespace ts {

struct InitiativeLink
{
    InitiativeTarget target = InitiativeTarget::Card;
    Id targetId = 0;
    bool operator==(const InitiativeLink &) const = default;
};

struct Initiative
{
    Id id = 0;
    std::string uid;
    std::string title;
    std::string description;
    Dimension dimension = Dimension::Process;
    Id departmentId = 0;
    std::string owner;
    InitiativeStatus status = InitiativeStatus::Idea;
    std::string startQuarter; // "YYYY-Qn" or empty
    std::string endQuarter;
    std::optional<double> cost;
    std::optional<double> effort;
    std::string metric; // nps, csat, ces, retention, conversion or empty
    std::optional<double> expectedChange;
    int position = 0;
    std::vector<InitiativeLink> links;
    bool operator==(const Initiative &) const = default;
};

} // namespace ts
