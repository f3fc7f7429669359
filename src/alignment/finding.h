// One alignment gap found in a workspace, pointing at the object to fix.
#pragma once

#include "alignment/gapseverity.h"

#include <string>

namespace ts::alignment {

struct Finding
{
    std::string ruleId {}; // stamped by GapRule::findings, like the area
    GapSeverity severity = GapSeverity::Major;
    std::string area {};
    // The uid of the object to fix, or a stable key such as "canvas:business_strategy" for
    // things without a uid; a review is keyed on (ruleId, objectUid), so it must not drift.
    std::string objectUid;
    std::string objectKind; // "department_goal", "org_goal", "canvas", "painpoint", "stage", ...
    std::string title; // names the object
    std::string detail; // what exactly is out of line
    std::string fix; // where to fix it
    bool operator==(const Finding &) const = default;
};

} // namespace ts::alignment
