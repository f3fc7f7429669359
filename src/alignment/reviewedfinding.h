// Findings joined with their reviews: open ones as found, and reviewed gaps whose problem has
// gone (while the object still exists) as fixed.
#pragma once

#include "alignment/finding.h"
#include "core/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace ts::alignment {

struct ReviewedFinding
{
    Finding finding;
    std::optional<GapReview> review; // none until someone reviews it
    bool fixed = false; // the rule no longer finds it
};

// The findings in their order, then the fixed ones.
std::vector<ReviewedFinding> reviewFindings(const Workspace &workspace,
                                            const std::vector<Finding> &findings);

struct ObjectRef
{
    std::string name; // empty when the object is gone
    std::string kind; // as Finding::objectKind
};
// The object a uid (or a synthetic key such as "canvas:cx_vision") points at.
ObjectRef findObject(const Workspace &workspace, const std::string &uid);

} // namespace ts::alignment
