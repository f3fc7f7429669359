// One alignment rule: what it checks, why that matters, and the check itself.
#pragma once

#include "alignment/finding.h"
#include "alignment/gapsettings.h"
#include "core/workspace.h"

#include <functional>
#include <string>
#include <vector>

namespace ts::alignment {

// The areas findings are grouped by, in the order the gaps view and the CLI list them.
namespace area {
inline constexpr const char *Purpose = "Purpose & strategy";
inline constexpr const char *Goals = "Departments & goals";
inline constexpr const char *Journeys = "Journey maps";
inline constexpr const char *Metrics = "Metrics";
inline constexpr const char *Roadmap = "Roadmap";
} // namespace area

// The position of an area in the list order; unknown areas go last.
int areaRank(const std::string &areaName);

struct GapRule
{
    using Check = std::function<std::vector<Finding>(const Workspace &, const GapSettings &)>;

    std::string id; // stable: reviews are stored against it
    std::string title;
    std::string why; // one paragraph, in the words of CX leads and consultants
    GapSeverity severity = GapSeverity::Major; // the highest severity its findings take
    std::string area;
    // Fills each finding's object, severity, title, detail and fix; `findings` adds the rest.
    Check check;

    // The check's findings, stamped with this rule's id and area.
    std::vector<Finding> findings(const Workspace &workspace, const GapSettings &settings) const;
};

} // namespace ts::alignment
