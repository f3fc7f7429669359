// Identifiers: integer row ids inside one file and stable UUIDs across files.
#pragma once

#include <cstdint>
#include <string>

namespace ts {

using Id = std::int64_t; // 0 means "none"

// A new random (version 4) UUID in lower case, e.g. "3f2b...-...".
std::string newUid();
bool isUid(const std::string &text);

} // namespace ts
