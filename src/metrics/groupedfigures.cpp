#include "metrics/groupedfigures.h"

#include "metrics/civildate.h"
#include "metrics/textutil.h"

#include <algorithm>
#include <limits>
#include <map>

namespace ts::metrics {

namespace {

// Sums per category code (code 0 is "no value") in one pass.
GroupedFigures byCategory(const SurveyTable &table, const std::vector<std::uint32_t> &codes,
                          const StringDictionary &names, GroupBy by)
{
    std::vector<FigureTally> tallies(names.size() + 1);
    for (std::size_t row = 0; row < table.size(); ++row)
        tallies[codes[row]].add(table, row);
    GroupedFigures grouped;
    grouped.by = by;
    grouped.withoutKey = tallies[0].responses();
    for (std::uint32_t code = 1; code < tallies.size(); ++code) {
        if (tallies[code].responses() > 0)
            grouped.groups.push_back({std::string(names.text(code)), tallies[code].figures()});
    }
    return grouped;
}

// Periods are dense keys (year * 12 + month, or year * 4 + quarter) between the first and the
// last date, so a vector indexed by key - first replaces a map; a map only serves data whose
// dates span centuries (a typo such as 0224 for 2024).
GroupedFigures byPeriod(const SurveyTable &table, GroupBy by)
{
    constexpr int kDenseKeys = 2400;
    const bool quarters = by == GroupBy::Quarter;
    auto keyOf = [&](std::int32_t days) {
        const CivilDate date = CivilDate::fromDays(days);
        return quarters ? date.quarterKey() : date.monthKey();
    };
    GroupedFigures grouped;
    grouped.by = by;
    std::int32_t first = std::numeric_limits<std::int32_t>::max(), last = kNoDate;
    for (const std::int32_t days : table.date) {
        if (days != kNoDate) {
            first = std::min(first, days);
            last = std::max(last, days);
        }
    }
    if (last == kNoDate) {
        grouped.withoutKey = table.size();
        return grouped;
    }
    const int firstKey = keyOf(first);
    const int span = keyOf(last) - firstKey + 1;
    std::vector<FigureTally> dense(span <= kDenseKeys ? std::size_t(span) : 0);
    std::map<int, FigureTally> sparse;
    for (std::size_t row = 0; row < table.size(); ++row) {
        if (table.date[row] == kNoDate) {
            ++grouped.withoutKey;
            continue;
        }
        const int key = keyOf(table.date[row]);
        (dense.empty() ? sparse[key] : dense[std::size_t(key - firstKey)]).add(table, row);
    }
    auto emit = [&](int key, const FigureTally &tally) {
        if (tally.responses() > 0)
            grouped.groups.push_back(
                {quarters ? quarterKeyToString(key) : monthKeyToString(key), tally.figures()});
    };
    for (std::size_t i = 0; i < dense.size(); ++i)
        emit(firstKey + int(i), dense[i]);
    for (const auto &[key, tally] : sparse)
        emit(key, tally);
    return grouped;
}

} // namespace

std::string_view groupByName(GroupBy by)
{
    switch (by) {
    case GroupBy::Stage:
        return "stage";
    case GroupBy::Touchpoint:
        return "touchpoint";
    case GroupBy::Segment:
        return "segment";
    case GroupBy::Month:
        return "month";
    case GroupBy::Quarter:
        return "quarter";
    }
    return "stage";
}

std::string_view groupKeyName(GroupBy by)
{
    // A period is keyed on the response's date; a category on the field it is named after.
    return by == GroupBy::Month || by == GroupBy::Quarter ? std::string_view("date")
                                                          : groupByName(by);
}

std::optional<GroupBy> groupByFromName(std::string_view name)
{
    name = trim(name);
    if (equalsIgnoringCase(name, "period"))
        return GroupBy::Month;
    for (const GroupBy by : {GroupBy::Stage, GroupBy::Touchpoint, GroupBy::Segment, GroupBy::Month,
                             GroupBy::Quarter}) {
        if (equalsIgnoringCase(name, groupByName(by)))
            return by;
    }
    return std::nullopt;
}

GroupedFigures computeGroups(const SurveyTable &table, GroupBy by)
{
    switch (by) {
    case GroupBy::Stage:
        return byCategory(table, table.stage, table.stages, by);
    case GroupBy::Touchpoint:
        return byCategory(table, table.touchpoint, table.touchpoints, by);
    case GroupBy::Segment:
        return byCategory(table, table.segment, table.segments, by);
    default:
        return byPeriod(table, by);
    }
}

} // namespace ts::metrics
