#include "metrics/stringdictionary.h"

#include <algorithm>
#include <cstring>

namespace ts::metrics {

StringDictionary::Key::Key(std::string_view text)
    : size(text.size())
    , prefix(0)
{
    std::memcpy(&prefix, text.data(), std::min<std::size_t>(text.size(), sizeof prefix));
}

std::uint32_t StringDictionary::intern(std::string_view text)
{
    if (text.empty())
        return kNone;
    if (const auto found = find(text))
        return *found;
    m_texts.emplace_back(text);
    m_keys.emplace_back(text);
    const auto code = static_cast<std::uint32_t>(m_texts.size());
    m_codes.emplace(m_texts.back(), code);
    return code;
}

std::optional<std::uint32_t> StringDictionary::find(std::string_view text) const
{
    if (text.empty())
        return kNone;
    // A stage or touchpoint column holds a handful of values: comparing them beats hashing.
    if (m_texts.size() <= kLinearSearch) {
        const Key key(text);
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == key && (key.size <= sizeof key.prefix || m_texts[i] == text))
                return std::uint32_t(i + 1);
        }
        return std::nullopt;
    }
    if (const auto found = m_codes.find(text); found != m_codes.end())
        return found->second;
    return std::nullopt;
}

} // namespace ts::metrics
