// A calendar day stored as days since 1970-01-01, with its month and quarter keys and text forms.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace ts::metrics {

// The marker for "no date" in a column of day numbers.
inline constexpr std::int32_t kNoDate = std::numeric_limits<std::int32_t>::min();

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1; // 1..31

    static bool isValid(int year, int month, int day);
    static int daysInMonth(int year, int month);
    // Days since 1970-01-01 (negative before it); the date must be valid.
    std::int32_t toDays() const;
    static CivilDate fromDays(std::int32_t days);

    // Keys that sort chronologically: year * 12 + month - 1, and year * 4 + quarter - 1.
    int monthKey() const { return year * 12 + month - 1; }
    int quarterKey() const { return year * 4 + (month - 1) / 3; }

    std::string toString() const; // "YYYY-MM-DD"
    auto operator<=>(const CivilDate &) const = default;
};

std::string monthKeyToString(int key); // "2024-03"
std::string quarterKeyToString(int key); // "2024-Q1", as core's Quarter writes it

} // namespace ts::metrics
