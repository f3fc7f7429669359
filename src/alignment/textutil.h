// Small text helpers shared by the gap rules (internal to the alignment library).
#pragma once

#include <string>

namespace ts::alignment {

// True for an empty or whitespace-only text.
bool isBlank(const std::string &text);
// Trimmed and Unicode case-folded, for comparing names the way people read them.
std::string foldCase(const std::string &text);
// The text in double quotes, or "(untitled)" when blank.
std::string quoted(const std::string &text);
// A number with one decimal, e.g. "31.2".
std::string oneDecimal(double value);

} // namespace ts::alignment
