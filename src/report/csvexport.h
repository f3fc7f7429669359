// Touchpoints, pain points and initiatives as CSV (RFC 4180, UTF-8, one header row), for
// spreadsheets and slide decks.
#pragma once

#include <string>

namespace ts {
struct Workspace;
}

namespace ts::report {

std::string touchpointsCsv(const Workspace &w);
std::string painPointsCsv(const Workspace &w); // sorted by severity, most severe first
std::string initiativesCsv(const Workspace &w);

// One field quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string &text);

} // namespace ts::report
