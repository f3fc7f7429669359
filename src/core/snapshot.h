// A named, dated copy of the workspace state (a "regular audit").
#pragma once

#include "core/ids.h"

#include <string>

namespace ts {

struct Snapshot
{
    Id id = 0;
    std::string uid;
    std::string name;
    std::string createdAt;
    std::string note;
    std::string data; // the workspace as interchange JSON (without snapshots)
    bool operator==(const Snapshot &) const = default;
};

} // namespace ts
