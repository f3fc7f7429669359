#include "metrics/valueparser.h"

#include "metrics/civildate.h"
#include "metrics/textutil.h"

#include <array>

namespace ts::metrics {

namespace {

constexpr std::string_view kNotANumber = "not a number";
constexpr std::string_view kNotWhole = "not a whole number";
constexpr std::string_view kNotADate = "not a date (expected YYYY-MM-DD, M/D/YYYY or D.M.YYYY)";
constexpr std::string_view kNoSuchDay = "not a calendar day";
constexpr std::string_view kNotAFlag
    = "not a yes/no value (expected 1/0, yes/no, true/false or y/n)";

struct Label
{
    std::string_view text;
    int value;
};

constexpr std::array kNpsLabels = {Label {"not at all likely", 0}, Label {"extremely likely", 10}};
constexpr std::array kCsatLabels = {
    Label {"extremely dissatisfied", 1},
    Label {"very dissatisfied", 1},
    Label {"somewhat dissatisfied", 2},
    Label {"dissatisfied", 2},
    Label {"neither satisfied nor dissatisfied", 3},
    Label {"neutral", 3},
    Label {"somewhat satisfied", 4},
    Label {"satisfied", 4},
    Label {"very satisfied", 5},
    Label {"extremely satisfied", 5},
};
constexpr std::array kCesLabels = {
    Label {"strongly disagree", 1},
    Label {"disagree", 2},
    Label {"somewhat disagree", 3},
    Label {"neither agree nor disagree", 4},
    Label {"neutral", 4},
    Label {"somewhat agree", 5},
    Label {"agree", 6},
    Label {"strongly agree", 7},
    Label {"very difficult", 1},
    Label {"difficult", 2},
    Label {"somewhat difficult", 3},
    Label {"neither easy nor difficult", 4},
    Label {"somewhat easy", 5},
    Label {"easy", 6},
    Label {"very easy", 7},
};

std::string_view outOfRange(Field field)
{
    switch (field) {
    case Field::Nps:
        return "out of range 0-10";
    case Field::Csat:
        return "out of range 1-5";
    default:
        return "out of range 1-7";
    }
}

template<std::size_t N>
std::optional<int> findLabel(const std::array<Label, N> &labels, std::string_view text)
{
    for (const Label &label : labels) {
        if (equalsIgnoringCase(text, label.text))
            return label.value;
    }
    return std::nullopt;
}

std::optional<int> scoreFromLabel(std::string_view text, Field field)
{
    switch (field) {
    case Field::Nps:
        return findLabel(kNpsLabels, text);
    case Field::Csat:
        return findLabel(kCsatLabels, text);
    default:
        return findLabel(kCesLabels, text);
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// After the number, only an answer label may follow, set apart: "10 - Extremely likely",
// "5 (Very satisfied)", "7: Strongly agree".
bool isLabelSuffix(std::string_view rest)
{
    if (rest.empty())
        return true;
    if (rest.front() != ' ' && rest.front() != '(' && rest.front() != '-' && rest.front() != ':')
        return false;
    const std::size_t label = rest.find_first_not_of(" \t-(:");
    return label == std::string_view::npos || !isDigit(rest[label]);
}

// Reads up to maxDigits digits at text[pos]; -1 when there is none.
int readNumber(std::string_view text, std::size_t &pos, std::size_t maxDigits, std::size_t &digits)
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

} // namespace

bool isMissingValue(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return true;
    if (lowerAscii(text.front()) != 'n')
        return false;
    using namespace std::string_view_literals;
    return equalsIgnoringCase(text, "na"sv) || equalsIgnoringCase(text, "n/a"sv)
        || equalsIgnoringCase(text, "null"sv);
}

Parsed<std::int8_t> parseScore(std::string_view text, Field scoreField)
{
    const ScoreScale scale = scaleOf(scoreField);
    text = trim(text);
    if (!text.empty() && text.size() <= 2 && isDigit(text.front()) && isDigit(text.back())) {
        const int value = text.size() == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
        if (value < scale.low || value > scale.high)
            return {0, outOfRange(scoreField)};
        return {std::int8_t(value), {}};
    }
    std::size_t pos = 0;
    const bool negative = !text.empty() && text.front() == '-';
    pos += negative;
    std::size_t digits = 0;
    const int number = readNumber(text, pos, 9, digits);
    if (number < 0) {
        if (const auto labelled = scoreFromLabel(text, scoreField))
            return {std::int8_t(*labelled), {}};
        return {0, kNotANumber};
    }
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',') && pos + 1 < text.size()
        && isDigit(text[pos + 1])) {
        ++pos;
        while (pos < text.size() && text[pos] == '0')
            ++pos;
        if (pos < text.size() && isDigit(text[pos]))
            return {0, kNotWhole};
    }
    if (!isLabelSuffix(text.substr(pos)))
        return {0, kNotANumber};
    const int value = negative ? -number : number;
    if (value < scale.low || value > scale.high)
        return {0, outOfRange(scoreField)};
    return {std::int8_t(value), {}};
}

Parsed<std::int32_t> parseDate(std::string_view text)
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
    CivilDate date;
    if (d1 == 4 && d3 <= 2)
        date = {a, b, c}; // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
    else if (d1 <= 2 && d3 == 4 && separator == '/')
        date = {c, a, b}; // M/D/YYYY, as US tools (SurveyMonkey) write it
    else if (d1 <= 2 && d3 == 4 && separator == '.')
        date = {c, b, a}; // D.M.YYYY, as German and Swiss exports write it
    else
        return {0, kNotADate};
    if (!CivilDate::isValid(date.year, date.month, date.day))
        return {0, kNoSuchDay};
    return {date.toDays(), {}};
}

Parsed<bool> parseFlag(std::string_view text)
{
    using namespace std::string_view_literals;
    static constexpr std::array kYes = {"1"sv, "yes"sv, "true"sv, "y"sv};
    static constexpr std::array kNo = {"0"sv, "no"sv, "false"sv, "n"sv};
    text = trim(text);
    if (text.size() == 1 && (text[0] == '1' || text[0] == '0'))
        return {text[0] == '1', {}};
    for (const std::string_view yes : kYes) {
        if (equalsIgnoringCase(text, yes))
            return {true, {}};
    }
    for (const std::string_view no : kNo) {
        if (equalsIgnoringCase(text, no))
            return {false, {}};
    }
    return {false, kNotAFlag};
}

} // namespace ts::metrics
