#include "metrics/valueparser.h"

#include "metrics/civildate.h"
#include "metrics/datecell.h"
#include "metrics/textutil.h"

#include <array>

namespace ts::metrics {

namespace {

constexpr std::string_view kAmbiguousDate = "ambiguous: it could be day first or month first";
constexpr std::string_view kOtherOrder = "not a date in the order given";
constexpr std::string_view kNotAFlag
    = "not a yes/no value (expected 1/0, yes/no, true/false, y/n, ja/nein, oui/non, sí/no, "
      "ja/nee, wahr/falsch, vrai/faux or verdadero/falso)";
constexpr std::string_view kSevenPointSatisfaction
    = "a 7-point satisfaction label, which csat's 1-5 cannot hold without deciding what counts "
      "as satisfied (expected a 5-point label: \"Very satisfied\", \"Somewhat satisfied\", "
      "\"Neither satisfied nor dissatisfied\", \"Somewhat dissatisfied\", \"Very "
      "dissatisfied\"); recode the column to 1-5, or --map it to ignore";

// What each score field accepts, for its "not a ..." messages.
struct ScoreMessages
{
    std::string_view notAScore;
    std::string_view notWhole;
    std::string_view outOfRange;
};

constexpr ScoreMessages kNpsMessages = {
    "not a 0-10 score (expected 0-10, \"10 - Extremely likely\", \"Not at all "
    "likely\"/\"Extremely likely\")",
    "not a whole number (expected a whole 0-10 score)",
    "out of range 0-10",
};
constexpr ScoreMessages kCsatMessages = {
    "not a 1-5 score (expected 1-5, \"5 - Very satisfied\", a 5-point satisfaction label from "
    "\"Very dissatisfied\" to \"Very satisfied\" or \"Neutral\", or a 5-point agreement "
    "label from \"Strongly disagree\" to \"Strongly agree\")",
    "not a whole number (expected a whole 1-5 score)",
    "out of range 1-5",
};
constexpr ScoreMessages kCesMessages = {
    "not a 1-7 score (expected 1-7 with 7 the easiest, \"7 - Very easy\", an ease label from "
    "\"Extremely difficult\" to \"Extremely easy\" (Somewhat, Slightly, Moderately, Neither "
    "easy nor difficult), or an agreement label from \"Strongly disagree\" to \"Strongly "
    "agree\")",
    "not a whole number (expected a whole 1-7 score)",
    "out of range 1-7",
};

const ScoreMessages &messagesOf(Field field)
{
    switch (field) {
    case Field::Nps:
        return kNpsMessages;
    case Field::Csat:
        return kCsatMessages;
    default:
        return kCesMessages;
    }
}

constexpr std::array kNpsLabels
    = {ScoreLabel {"Not at all likely", 0}, ScoreLabel {"Extremely likely", 10}};
// Satisfaction (Qualtrics' and SurveyMonkey's 5-point wordings) and 5-point agreement.
constexpr std::array kCsatLabels = {
    ScoreLabel {"Extremely dissatisfied", 1},
    ScoreLabel {"Very dissatisfied", 1},
    ScoreLabel {"Somewhat dissatisfied", 2},
    ScoreLabel {"Dissatisfied", 2},
    ScoreLabel {"Neither satisfied nor dissatisfied", 3},
    ScoreLabel {"Neutral", 3},
    ScoreLabel {"Somewhat satisfied", 4},
    ScoreLabel {"Satisfied", 4},
    ScoreLabel {"Very satisfied", 5},
    ScoreLabel {"Extremely satisfied", 5},
    ScoreLabel {"Strongly disagree", 1},
    ScoreLabel {"Disagree", 2},
    ScoreLabel {"Somewhat disagree", 2},
    ScoreLabel {"Neither agree nor disagree", 3},
    ScoreLabel {"Somewhat agree", 4},
    ScoreLabel {"Agree", 4},
    ScoreLabel {"Strongly agree", 5},
};
constexpr std::array<std::string_view, 4> kSevenPointSatisfactionLabels
    = {"Moderately satisfied", "Slightly satisfied", "Slightly dissatisfied",
       "Moderately dissatisfied"};
// Ease (5- and 7-point) and agreement (5- and 7-point) on 1-7, 7 the easiest.
constexpr std::array kCesLabels = {
    ScoreLabel {"Strongly disagree", 1},
    ScoreLabel {"Disagree", 2},
    ScoreLabel {"Somewhat disagree", 3},
    ScoreLabel {"Neither agree nor disagree", 4},
    ScoreLabel {"Neutral", 4},
    ScoreLabel {"Somewhat agree", 5},
    ScoreLabel {"Agree", 6},
    ScoreLabel {"Strongly agree", 7},
    ScoreLabel {"Extremely difficult", 1},
    ScoreLabel {"Very difficult", 1},
    ScoreLabel {"Moderately difficult", 2},
    ScoreLabel {"Difficult", 2},
    ScoreLabel {"Slightly difficult", 3},
    ScoreLabel {"Somewhat difficult", 3},
    ScoreLabel {"Neither easy nor difficult", 4},
    ScoreLabel {"Somewhat easy", 5},
    ScoreLabel {"Slightly easy", 5},
    ScoreLabel {"Easy", 6},
    ScoreLabel {"Moderately easy", 6},
    ScoreLabel {"Very easy", 7},
    ScoreLabel {"Extremely easy", 7},
};

int findLabel(std::span<const ScoreLabel> labels, std::string_view text)
{
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (equalsIgnoringCase(text, labels[i].text))
            return int(i);
    }
    return -1;
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

std::span<const ScoreLabel> scoreLabels(Field scoreField)
{
    switch (scoreField) {
    case Field::Nps:
        return kNpsLabels;
    case Field::Csat:
        return kCsatLabels;
    case Field::Ces:
        return kCesLabels;
    default:
        return {};
    }
}

bool isSevenPointSatisfaction(std::string_view error)
{
    return error.data() == kSevenPointSatisfaction.data();
}

namespace {

// Everything but a bare whole number: kept out of parseScore so that its common path stays a
// few instructions with no registers to save.
[[gnu::noinline]] Parsed<std::int8_t> parseScoreText(std::string_view text, Field scoreField,
                                                     int *labelIndex)
{
    const ScoreScale scale = scaleOf(scoreField);
    const ScoreMessages &messages = messagesOf(scoreField);
    std::size_t pos = 0;
    const bool negative = !text.empty() && text.front() == '-';
    pos += negative;
    std::size_t digits = 0;
    const int number = readNumber(text, pos, 9, digits);
    if (number < 0) {
        const std::span<const ScoreLabel> labels = scoreLabels(scoreField);
        if (const int index = findLabel(labels, text); index >= 0) {
            if (labelIndex)
                *labelIndex = index;
            return {std::int8_t(labels[std::size_t(index)].value), {}};
        }
        if (scoreField == Field::Csat) {
            for (const std::string_view label : kSevenPointSatisfactionLabels) {
                if (equalsIgnoringCase(text, label))
                    return {0, kSevenPointSatisfaction};
            }
        }
        return {0, messages.notAScore};
    }
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',') && pos + 1 < text.size()
        && isDigit(text[pos + 1])) {
        ++pos;
        while (pos < text.size() && text[pos] == '0')
            ++pos;
        if (pos < text.size() && isDigit(text[pos]))
            return {0, messages.notWhole};
    }
    if (!isLabelSuffix(text.substr(pos)))
        return {0, messages.notAScore};
    const int value = negative ? -number : number;
    if (value < scale.low || value > scale.high)
        return {0, messages.outOfRange};
    return {std::int8_t(value), {}};
}

} // namespace

Parsed<std::int8_t> parseScore(std::string_view text, Field scoreField, int *labelIndex)
{
    if (labelIndex)
        *labelIndex = -1;
    text = trim(text);
    if (!text.empty() && text.size() <= 2 && isDigit(text.front()) && isDigit(text.back())) {
        const int value = text.size() == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
        const ScoreScale scale = scaleOf(scoreField);
        if (value < scale.low || value > scale.high)
            return {0, messagesOf(scoreField).outOfRange};
        return {std::int8_t(value), {}};
    }
    return parseScoreText(text, scoreField, labelIndex);
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
    // "s\xC3\xAD" is "sí" and "s\xC3\x8D" "sÍ": equalsIgnoringCase folds only the ASCII "S".
    static constexpr std::array kYes
        = {"yes"sv,       "true"sv, "y"sv,    "ja"sv,   "oui"sv,      "s\xC3\xAD"sv,
           "s\xC3\x8D"sv, "si"sv,   "wahr"sv, "vrai"sv, "verdadero"sv};
    static constexpr std::array kNo
        = {"no"sv, "false"sv, "n"sv, "nein"sv, "non"sv, "nee"sv, "falsch"sv, "faux"sv, "falso"sv};
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
