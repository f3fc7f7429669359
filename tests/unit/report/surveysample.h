// Survey responses for the map figure tests: one touchpoint of the sample map rated by 40.
#pragma once

#include "core/workspace.h"

#include <string>

namespace ts::test {

// Adds an import (if none) and 40 responses naming `stage` and `touchpoint`: 20 promoters,
// 10 passives, 10 detractors, so NPS +25 and n 40. The import is scoped to the maps its names
// match and linked by name, as an import into this workspace would be.
void addResponses(Workspace &w, const std::string &stage, const std::string &touchpoint);

} // namespace ts::test
