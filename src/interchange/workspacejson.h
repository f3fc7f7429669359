// The whole workspace as interchange JSON (docs/FORMAT.md) and back, losslessly.
#pragma once

#include "core/workspace.h"

#include <nlohmann/json.hpp>
#include <string>

namespace ts::interchange {

using Json = nlohmann::ordered_json;

constexpr const char *kFormatName = "touchstone-workspace";
constexpr int kFormatVersion = 1;

// Workspace -> JSON; references become uids, database ids disappear.
Json toJson(const Workspace &workspace, bool withSnapshots = true);
// JSON -> Workspace with fresh sequential ids, ready for storage::storeWorkspace.
// Throws Error(BadInput) "<source>: $.maps[1].cards[7].stage: <problem>".
Workspace fromJson(const Json &json, const std::string &source);

// Parses text, naming `source` and the line and column of a syntax error.
Json parseJson(const std::string &text, const std::string &source);
// The canonical text form used for files (stable key order, 1-space indent, UTF-8).
std::string dumpJson(const Json &json);

} // namespace ts::interchange
