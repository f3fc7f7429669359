// The demo workspace and the map templates shipped in the resources.
#pragma once

#include "core/workspace.h"

#include <string>
#include <vector>

namespace ts::interchange {

// The demo workspace (resources/demo/demo-workspace.json) with fresh ids.
Workspace demoWorkspace();

struct MapTemplateInfo
{
    std::string id; // file stem, e.g. "car-dealership"
    std::string name; // shown to users
    std::string description;
};
std::vector<MapTemplateInfo> mapTemplates();
// The raw template JSON text of one template id; empty when unknown.
std::string mapTemplateJson(const std::string &id);

} // namespace ts::interchange
