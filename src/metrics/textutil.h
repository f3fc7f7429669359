// Small ASCII text helpers shared by the survey import: trimming and case-insensitive compares.
#pragma once

#include <cstddef>
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

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads up to maxDigits ASCII digits at text[pos], moving pos past them and setting digits to
// how many were read; -1 when there is none. Shared by the value and the date parsers.
inline int readNumber(std::string_view text, std::size_t &pos, std::size_t maxDigits,
                      std::size_t &digits)
{
    int value = 0;
    digits = 0;
    while (pos < text.size() && isDigit(text[pos]) && digits < maxDigits) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++digits;
    }
    return digits ? value : -1;
}

} // namespace ts::metrics
