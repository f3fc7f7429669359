// A bound on the schema of a file from anyone, checked before SQLite parses it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>

namespace ts::storage {

// Our schema has about a hundred entries; SQLite's parsing grows faster than linearly (100,000
// views take minutes), so a file with more than this is refused rather than stall the app.
inline constexpr std::size_t kMaxSchemaEntries = 5000;

// Counts the rows of sqlite_schema by walking its b-tree (rooted at page 1) in the file's own
// bytes, stopping past `limit`. nullopt when the pages do not look like a b-tree: that is left
// to SQLite's own checks, which report a damaged file; so when `pageSize` is not a power of two
// from 512 to 65536.
std::optional<std::size_t> countSchemaEntries(std::istream &file, std::uint32_t pageSize,
                                              std::uint64_t fileSize, std::size_t limit);

} // namespace ts::storage
