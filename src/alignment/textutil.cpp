#include "alignment/textutil.h"

#include <QString>
#include <cctype>
#include <cstdio>

namespace ts::alignment {

bool isBlank(const std::string &text)
{
    for (unsigned char c : text)
        if (!std::isspace(c))
            return false;
    return true;
}

std::string foldCase(const std::string &text)
{
    bool plain = true;
    for (unsigned char c : text)
        plain = plain && c < 0x80;
    if (!plain)
        return QString::fromStdString(text).trimmed().toCaseFolded().toStdString();
    // ASCII fast path: titles are folded once per card, and most are plain ASCII.
    std::size_t begin = 0, end = text.size();
    while (begin < end && std::isspace((unsigned char)text[begin]))
        ++begin;
    while (end > begin && std::isspace((unsigned char)text[end - 1]))
        --end;
    std::string out = text.substr(begin, end - begin);
    for (auto &c : out)
        c = char(std::tolower((unsigned char)c));
    return out;
}

std::string quoted(const std::string &text)
{
    return isBlank(text) ? std::string("(untitled)") : "\"" + text + "\"";
}

std::string oneDecimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

} // namespace ts::alignment
