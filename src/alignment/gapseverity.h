// How urgent an alignment gap is, with the stable names the CLI and JSON use.
#pragma once

#include <string>

namespace ts::alignment {

// Declared most urgent first, so sorting by value lists critical gaps first.
enum class GapSeverity { Critical, Major, Minor };

inline std::string toString(GapSeverity severity)
{
    switch (severity) {
    case GapSeverity::Critical:
        return "critical";
    case GapSeverity::Major:
        return "major";
    case GapSeverity::Minor:
        return "minor";
    }
    return "minor";
}

} // namespace ts::alignment
