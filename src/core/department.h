// A department, its leader and role in the experience, and the goals it pursues.
#pragma once

#include "core/ids.h"

#include <string>
#include <vector>

namespace ts {

struct Department
{
    Id id = 0;
    std::string uid;
    std::string name;
    std::string leader;
    std::string role;
    int position = 0;
    bool operator==(const Department &) const = default;
};

struct DepartmentGoal
{
    Id id = 0;
    std::string uid;
    Id departmentId = 0;
    std::string title;
    std::string description;
    int position = 0;
    std::vector<Id> supports; // OrgGoal ids this goal supports
    bool operator==(const DepartmentGoal &) const = default;
};

} // namespace ts
