// The list of every alignment rule, and running them all over a workspace.
#pragma once

#include "alignment/gaprule.h"

#include <string>
#include <vector>

namespace ts::alignment {

class GapRegistry
{
public:
    // The built-in rules, in a fixed order.
    GapRegistry();
    static const GapRegistry &builtIn();

    const std::vector<GapRule> &rules() const { return m_rules; }
    // nullptr when no rule has this id.
    const GapRule *rule(const std::string &id) const;

    // All findings, in a stable order: severity (critical first), area, rule, then the
    // display order of the objects they point at.
    std::vector<Finding> findings(const Workspace &workspace,
                                  const GapSettings &settings = {}) const;

private:
    std::vector<GapRule> m_rules;
};

} // namespace ts::alignment
