// The purpose canvas: purpose -> strategies -> CX vision -> principles -> behaviours -> EX.
#pragma once

#include "core/enums.h"
#include "core/ids.h"

#include <string>
#include <vector>

namespace ts {

struct PurposeCanvas
{
    std::string organisation;
    std::string businessPurpose;
    std::string businessStrategy;
    std::string customerStrategy;
    std::string cxVision;
    std::string brandPromise;
    bool visionTiedToBrand = false;
    std::vector<std::string> cxPrinciples;
    std::vector<std::string> employeeBehaviours;
    std::string employeeExperience;
    bool operator==(const PurposeCanvas &) const = default;
};

// An organisational or CX goal that department goals should support.
struct OrgGoal
{
    Id id = 0;
    std::string uid;
    GoalKind kind = GoalKind::Organisational;
    std::string title;
    std::string description;
    int position = 0;
    bool operator==(const OrgGoal &) const = default;
};

// One row of the plan for telling employees the purpose and goals.
struct CommunicationItem
{
    Id id = 0;
    std::string uid;
    std::string audience;
    std::string message;
    std::string channel;
    std::string date; // YYYY-MM-DD or empty
    int position = 0;
    bool operator==(const CommunicationItem &) const = default;
};

} // namespace ts
