// A column of short texts (customer ids, comments) packed into one buffer instead of a string each.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

class StringColumn
{
public:
    void append(std::string_view text)
    {
        m_chars.append(text);
        m_ends.push_back(m_chars.size());
    }
    // Every row of `other`, after this column's own.
    void append(const StringColumn &other)
    {
        const std::size_t offset = m_chars.size();
        m_chars.append(other.m_chars);
        m_ends.reserve(m_ends.size() + other.m_ends.size());
        for (const std::size_t end : other.m_ends)
            m_ends.push_back(offset + end);
    }
    std::string_view at(std::size_t row) const
    {
        const std::size_t begin = row == 0 ? 0 : m_ends[row - 1];
        return std::string_view(m_chars).substr(begin, m_ends[row] - begin);
    }
    std::size_t size() const { return m_ends.size(); }
    void reserve(std::size_t rows, std::size_t chars)
    {
        m_ends.reserve(rows);
        m_chars.reserve(chars);
    }

private:
    std::string m_chars;
    std::vector<std::size_t> m_ends; // end offset of each row in m_chars
};

} // namespace ts::metrics
