#include "metrics/datecell.h"

#include "metrics/civildate.h"
#include "metrics/textutil.h"

#include <cstdio>

namespace ts::metrics {

namespace {

constexpr std::string_view kNotADate = "not a date (expected YYYY-MM-DD, M/D/YYYY or D.M.YYYY)";
constexpr std::string_view kNoSuchDay = "not a calendar day";
constexpr std::string_view kNotATime
    = "not a date and time (a time after the date reads hh:mm[:ss] [AM|PM] [Z|+01:00|GMT+1])";

// Pending codes: kPendingBase + separator * 1e8 + year * 1e4 + first * 100 + second. They lie
// far below every real day (year 1 is day -719162) and above kNoDate.
constexpr std::int32_t kPendingBase = -2'000'000'000;
constexpr std::int32_t kPendingSpan = 300'000'000;
constexpr char kSeparators[] = {'/', '.', '-'};

void skipSpaces(std::string_view text, std::size_t &pos)
{
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
}

bool startsWithWord(std::string_view text, std::size_t pos, std::string_view word)
{
    return text.size() - pos >= word.size()
        && equalsIgnoringCase(text.substr(pos, word.size()), word);
}

// +01:00, +0100, +1, -05 after Z/GMT/UTC or on its own.
bool readOffset(std::string_view text, std::size_t &pos)
{
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-'))
        return true;
    ++pos;
    std::size_t digits = 0;
    const int hours = readNumber(text, pos, 2, digits);
    if (hours < 0 || hours > 14)
        return false;
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    if (pos < text.size() && isDigit(text[pos])) {
        const int minutes = readNumber(text, pos, 2, digits);
        if (digits != 2 || minutes > 59)
            return false;
    }
    return true;
}

// The time and zone after a date: checked, not kept (see readDateCell).
bool isTimeOfDay(std::string_view text)
{
    std::size_t pos = 0, digits = 0;
    skipSpaces(text, pos);
    const int hour = readNumber(text, pos, 2, digits);
    if (hour < 0 || pos >= text.size() || text[pos++] != ':')
        return false;
    const int minute = readNumber(text, pos, 2, digits);
    if (digits != 2 || minute > 59)
        return false;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        const int second = readNumber(text, pos, 2, digits);
        if (digits != 2 || second > 60)
            return false;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            if (pos >= text.size() || !isDigit(text[pos]))
                return false;
            while (pos < text.size() && isDigit(text[pos]))
                ++pos;
        }
    }
    skipSpaces(text, pos);
    const bool twelveHour = startsWithWord(text, pos, "am") || startsWithWord(text, pos, "pm");
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return false;
        pos += 2;
        skipSpaces(text, pos);
    } else if (hour > 23) {
        return false;
    }
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z'))
        ++pos;
    else if (startsWithWord(text, pos, "gmt") || startsWithWord(text, pos, "utc"))
        pos += 3;
    if (!readOffset(text, pos))
        return false;
    skipSpaces(text, pos);
    return pos == text.size();
}

std::int32_t pendingCode(int separator, int year, int first, int second)
{
    return kPendingBase + separator * 100'000'000 + year * 10'000 + first * 100 + second;
}

} // namespace

Parsed<std::int32_t> readDateCell(std::string_view text)
{
    text = trim(text);
    std::size_t pos = 0, d1 = 0, d2 = 0, d3 = 0;
    const int a = readNumber(text, pos, 4, d1);
    if (a < 0 || pos >= text.size())
        return {0, kNotADate};
    const char separator = text[pos++];
    if (separator != '-' && separator != '/' && separator != '.')
        return {0, kNotADate};
    const int b = readNumber(text, pos, 2, d2);
    if (b < 0 || pos >= text.size() || text[pos++] != separator)
        return {0, kNotADate};
    const int c = readNumber(text, pos, 4, d3);
    if (c < 0)
        return {0, kNotADate};
    if (pos < text.size() && text[pos] != ' ' && text[pos] != 'T')
        return {0, kNotADate};
    if (pos < text.size() && !isTimeOfDay(text.substr(pos + 1)))
        return {0, kNotATime};
    if (d1 == 4 && d3 <= 2) { // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
        if (!CivilDate::isValid(a, b, c))
            return {0, kNoSuchDay};
        return {CivilDate {a, b, c}.toDays(), {}};
    }
    // D/M/YYYY or M/D/YYYY (and with dots): the column decides. Dashes stay year-first only
    // (01-03-2024 is no common export's form).
    if (d1 > 2 || d3 != 4 || separator == '-')
        return {0, kNotADate};
    const bool dayFirstFits = CivilDate::isValid(c, b, a);
    const bool monthFirstFits = CivilDate::isValid(c, a, b);
    if (!dayFirstFits && !monthFirstFits)
        return {0, kNoSuchDay};
    // A first field over 12 must be the day, a second over 12 the day too; both fit otherwise.
    if ((a > 12 && !dayFirstFits) || (b > 12 && !monthFirstFits))
        return {0, kNoSuchDay};
    return {pendingCode(separator == '/' ? 0 : 1, c, a, b), {}};
}

bool isPendingDate(std::int32_t code)
{
    return code >= kPendingBase && code < kPendingBase + kPendingSpan;
}

namespace {

struct PendingFields
{
    char separator;
    int year, first, second;
};

PendingFields fieldsOf(std::int32_t code)
{
    const std::int32_t packed = code - kPendingBase;
    return {kSeparators[packed / 100'000'000], packed / 10'000 % 10'000, packed / 100 % 100,
            packed % 100};
}

} // namespace

DateEvidence evidenceOf(std::int32_t pendingCode)
{
    const PendingFields f = fieldsOf(pendingCode);
    if (f.first > 12)
        return DateEvidence::DayFirst;
    if (f.second > 12)
        return DateEvidence::MonthFirst;
    return DateEvidence::None;
}

std::int32_t resolvePendingDate(std::int32_t pendingCode, DateOrder order)
{
    const PendingFields f = fieldsOf(pendingCode);
    const int month = order == DateOrder::Dmy ? f.second : f.first;
    const int day = order == DateOrder::Dmy ? f.first : f.second;
    if (order == DateOrder::Ymd || !CivilDate::isValid(f.year, month, day))
        return kNoDate;
    return CivilDate {f.year, month, day}.toDays();
}

std::string pendingDateText(std::int32_t pendingCode)
{
    const PendingFields f = fieldsOf(pendingCode);
    char text[24];
    std::snprintf(text, sizeof text, "%02d%c%02d%c%04d", f.first, f.separator, f.second,
                  f.separator, f.year);
    return text;
}

} // namespace ts::metrics
