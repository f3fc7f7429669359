#include "metrics/valueparser.h"

#include "metrics/civildate.h"
#include "metrics/datecell.h"
#include "metrics/textutil.h"

#include <array>

namespace ts::metrics {

namespace {

constexpr std::string_view kNotANumber = "not a number";
constexpr std::string_view kNotWhole = "not a whole number";
constexpr std::string_view kAmbiguousDate = "ambiguous: it could be day first or month first";
constexpr std::string_view kOtherOrder = "not a date in the order given";
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

} // namespace

bool isMissingValue(std::string_view text)
{
    using namespace std::string_view_literals;
    text = trim(text);
    if (text.empty())
        return true;
    switch (text.front()) {
    case 'n':
    case 'N':
        return equalsIgnoringCase(text, "na"sv) || equalsIgnoringCase(text, "n/a"sv)
            || equalsIgnoringCase(text, "null"sv);
    case '-':
        return text == "-"sv || text == "--"sv;
    case '(':
        return equalsIgnoringCase(text, "(blank)"sv);
    default:
        return false;
    }
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

Parsed<std::int32_t> parseDate(std::string_view text, std::optional<DateOrder> order)
{
    const auto cell = readDateCell(text);
    if (!cell || !isPendingDate(cell.value))
        return cell;
    const DateEvidence evidence = evidenceOf(cell.value);
    if (evidence == DateEvidence::None && (!order || *order == DateOrder::Ymd))
        return {0, kAmbiguousDate};
    const DateOrder used = evidence == DateEvidence::DayFirst ? DateOrder::Dmy
        : evidence == DateEvidence::MonthFirst                ? DateOrder::Mdy
                                                              : *order;
    if (order && *order != used)
        return {0, kOtherOrder};
    return {resolvePendingDate(cell.value, used), {}};
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
