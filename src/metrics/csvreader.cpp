#include "metrics/csvreader.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace ts::metrics {

namespace {

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// Line breaks inside a quoted field still count for the physical line numbers.
std::size_t countLineBreaks(const char *begin, const char *end)
{
    std::size_t breaks = 0;
    for (const char *p = begin; p != end; ++p) {
        if (*p == '\n')
            ++breaks;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++breaks;
    }
    return breaks;
}

// Excel writes "sep=;" as the first line to name the delimiter.
bool readSeparatorHint(std::string_view text, char &delimiter, std::size_t &length)
{
    if (text.size() < 5 || !text.starts_with("sep=") || isLineEnd(text[4]))
        return false;
    std::size_t end = 5;
    if (end < text.size() && !isLineEnd(text[end]))
        return false;
    if (end < text.size() && text[end] == '\r')
        ++end;
    if (end < text.size() && text[end] == '\n')
        ++end;
    delimiter = text[4];
    length = end;
    return true;
}

} // namespace

CsvReader::CsvReader(std::string text, char delimiter, Continuing)
    : m_text(std::move(text))
{
    useDelimiter(delimiter);
}

CsvReader CsvReader::continuing(std::string text, char delimiter)
{
    return CsvReader(std::move(text), delimiter, Continuing {});
}

CsvReader::CsvReader(std::string text, char delimiter)
    : m_text(std::move(text))
{
    if (delimiter == '"' || isLineEnd(delimiter))
        throw std::invalid_argument("a CSV delimiter cannot be a quote or a line end");
    if (std::string_view(m_text).starts_with("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
    char hinted = 0;
    std::size_t hintLength = 0;
    if (readSeparatorHint(std::string_view(m_text).substr(m_pos), hinted, hintLength)) {
        m_pos += hintLength;
        m_line = 2;
    }
    useDelimiter(delimiter
                     ? delimiter
                     : (hinted ? hinted : detectDelimiter(std::string_view(m_text).substr(m_pos))));
}

void CsvReader::useDelimiter(char delimiter)
{
    m_delimiter = delimiter;
    m_stops[static_cast<unsigned char>(m_delimiter)] = true;
    m_stops['\n'] = true;
    m_stops['\r'] = true;
    m_stops[0] = true;
}

char CsvReader::detectDelimiter(std::string_view text)
{
    // Count the candidates outside quotes in the first record: the header names the columns,
    // so the most frequent candidate there is the one that separates them.
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineEnd(c))
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

std::size_t CsvReader::estimateRemainingRows() const
{
    std::size_t rows = 1;
    const char *p = m_text.data() + m_pos;
    const char *end = m_text.data() + std::min(m_stop, m_text.size());
    while (p < end) {
        const void *hit = std::memchr(p, '\n', std::size_t(end - p));
        if (!hit)
            break;
        ++rows;
        p = static_cast<const char *>(hit) + 1;
    }
    return rows;
}

void CsvReader::skipBlankLines()
{
    while (m_pos < m_text.size() && isLineEnd(m_text[m_pos])) {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
}

bool CsvReader::next(CsvRow &row)
{
    row.fields.clear();
    row.error = {};
    if (m_pos >= m_stop)
        return false;
    skipBlankLines();
    if (m_pos >= m_text.size())
        return false;
    row.line = m_line;
    const char *const base = m_text.data();
    const char *const end = base + m_text.size();
    const bool *const stops = m_stops.data();
    const char *p = base + m_pos;
    for (;;) {
        // Spaces before an opening quote are a common hand-edited slip; read the field as quoted.
        const char *start = p;
        while (start != end && *start == ' ')
            ++start;
        if (start != end && *start == '"') {
            m_pos = std::size_t(start - base);
            readQuoted(row);
            p = base + m_pos;
        } else {
            // The string's terminating NUL is a stop too, so the scan needs no bounds check.
            const char *q = p;
            for (;;) {
                while (!stops[static_cast<unsigned char>(*q)])
                    ++q;
                if (*q != '\0' || q == end)
                    break;
                ++q;
            }
            row.fields.emplace_back(p, std::size_t(q - p));
            p = q;
        }
        if (p == end) {
            m_pos = m_text.size();
            return true;
        }
        const char stop = *p++;
        if (stop == m_delimiter)
            continue;
        if (stop == '\r' && p != end && *p == '\n')
            ++p;
        ++m_line;
        m_pos = std::size_t(p - base);
        return true;
    }
}

void CsvReader::readQuoted(CsvRow &row)
{
    // Doubled quotes are undone in place: the text only ever shrinks, and only inside the field
    // being read, so the views handed out before stay valid.
    char *const base = m_text.data();
    char *const end = base + m_text.size();
    char *const begin = base + m_pos + 1;
    char *write = begin;
    char *p = begin;
    for (;;) {
        auto *quote = static_cast<char *>(std::memchr(p, '"', std::size_t(end - p)));
        char *const stop = quote ? quote : end;
        m_line += countLineBreaks(p, stop);
        if (write != p)
            std::memmove(write, p, std::size_t(stop - p));
        write += stop - p;
        if (!quote) {
            row.fields.emplace_back(begin, std::size_t(write - begin));
            if (row.error.empty())
                row.error = "a quoted field is never closed";
            m_pos = m_text.size();
            return;
        }
        if (quote + 1 != end && quote[1] == '"') {
            *write++ = '"';
            p = quote + 2;
            continue;
        }
        p = quote + 1;
        break;
    }
    row.fields.emplace_back(begin, std::size_t(write - begin));
    auto endsField = [this](char c) {
        return c != '\0' && m_stops[static_cast<unsigned char>(c)];
    };
    while (p != end && *p == ' ' && !endsField(' '))
        ++p;
    if (p != end && !endsField(*p)) {
        if (row.error.empty())
            row.error = "unexpected text after a closing quote";
        while (p != end && !endsField(*p))
            ++p;
    }
    m_pos = std::size_t(p - base);
}

} // namespace ts::metrics
