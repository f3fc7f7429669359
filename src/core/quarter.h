// A calendar quarter such as 2026-Q3, used for initiative start and end.
#pragma once

#include <optional>
#include <string>

namespace ts {

struct Quarter
{
    int year = 0;
    int quarter = 0; // 1..4

    static std::optional<Quarter> parse(const std::string &text);
    std::string toString() const;
    int index() const { return year * 4 + (quarter - 1); }
    auto operator<=>(const Quarter &) const = default;
};

// True for "YYYY-MM-DD" naming a real calendar day.
bool isIsoDate(const std::string &text);
// True for an ISO 8601 date-time such as "2026-05-02T10:00:00Z" (seconds and zone optional).
bool isIsoDateTime(const std::string &text);
// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string nowIso();

} // namespace ts
