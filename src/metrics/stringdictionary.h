// Interns the few distinct values of a category column (stage, touchpoint, segment) as small codes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ts::metrics {

class StringDictionary
{
public:
    // Code 0 is "no value"; an empty text always gets it.
    static constexpr std::uint32_t kNone = 0;

    std::uint32_t intern(std::string_view text);
    std::optional<std::uint32_t> find(std::string_view text) const;
    // The text of a code; empty for kNone.
    std::string_view text(std::uint32_t code) const
    {
        return code == kNone ? std::string_view() : std::string_view(m_texts[code - 1]);
    }
    // Distinct values, in order of first appearance; code = index + 1.
    const std::vector<std::string> &values() const { return m_texts; }
    std::size_t size() const { return m_texts.size(); }

private:
    static constexpr std::size_t kLinearSearch = 12;

    // Length and first eight bytes: rules out a non-matching value without calling memcmp.
    struct Key
    {
        std::size_t size;
        std::uint64_t prefix;
        explicit Key(std::string_view text);
        bool operator==(const Key &) const = default;
    };

    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_codes;
    std::vector<std::string> m_texts;
    std::vector<Key> m_keys; // one per text, for the linear search
};

} // namespace ts::metrics
