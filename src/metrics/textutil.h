// Small ASCII text helpers shared by the survey import: trimming and case-insensitive compares.
#pragma once

#include <string>
#include <string_view>

namespace ts::metrics {

// Trims spaces, tabs and line ends (not other Unicode spaces). Inline: it runs on every cell.
inline std::string_view trim(std::string_view text)
{
    auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    return text;
}

inline char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b);

} // namespace ts::metrics
