// A persona or segment a journey map is drawn for.
#pragma once

#include "core/ids.h"

#include <string>

namespace ts {

struct Persona
{
    Id id = 0;
    std::string uid;
    std::string name;
    std::string segment;
    std::string photo; // raw image bytes (PNG/JPEG), empty for none
    std::string goals;
    std::string needs;
    std::string frustrations;
    std::string quote;
    int position = 0;
    bool operator==(const Persona &) const = default;
};

} // namespace ts
