#include "metrics/columnmapping.h"

#include "core/error.h"
#include "metrics/textutil.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace ts::metrics {

namespace {

struct Rule
{
    Field field;
    std::string_view phrase; // normalised: lower case words separated by one space
    bool exact; // the whole header, or else a run of whole words inside it
    int score;
};

// Exact names score 80-100; telling words inside a longer wording score 40-70, so a column
// named for a field always beats a question that merely mentions it.
constexpr std::array kRules = {
    Rule {Field::CustomerId, "customer id", true, 100},
    Rule {Field::CustomerId, "customer", true, 95},
    Rule {Field::CustomerId, "customer number", true, 95},
    Rule {Field::CustomerId, "cust id", true, 90},
    Rule {Field::CustomerId, "client id", true, 90},
    Rule {Field::CustomerId, "account id", true, 90},
    Rule {Field::CustomerId, "user id", true, 85},
    Rule {Field::CustomerId, "contact id", true, 85},
    Rule {Field::CustomerId, "external reference", true, 85},
    Rule {Field::CustomerId, "external data reference", true, 85},
    Rule {Field::CustomerId, "respondent id", true, 80},
    Rule {Field::CustomerId, "customer id", false, 70},
    Rule {Field::CustomerId, "email", true, 45},
    Rule {Field::CustomerId, "email address", true, 45},
    Rule {Field::CustomerId, "recipient email", true, 45},
    Rule {Field::CustomerId, "response id", true, 40},
    Rule {Field::Date, "date", true, 100},
    Rule {Field::Date, "recorded date", true, 98},
    Rule {Field::Date, "response date", true, 95},
    Rule {Field::Date, "survey date", true, 95},
    Rule {Field::Date, "submission date", true, 90},
    Rule {Field::Date, "end date", true, 85},
    Rule {Field::Date, "completion date", true, 85},
    Rule {Field::Date, "date completed", true, 85},
    Rule {Field::Date, "start date", true, 80},
    Rule {Field::Date, "submitted at", true, 80},
    Rule {Field::Date, "submitted", true, 80},
    Rule {Field::Date, "timestamp", true, 80},
    Rule {Field::Date, "created at", true, 70},
    Rule {Field::Date, "date", false, 60},
    Rule {Field::Nps, "nps", true, 100},
    Rule {Field::Nps, "nps score", true, 100},
    Rule {Field::Nps, "net promoter score", true, 100},
    Rule {Field::Nps, "likelihood to recommend", true, 100},
    Rule {Field::Nps, "ltr", true, 90},
    Rule {Field::Nps, "recommend", true, 90},
    Rule {Field::Nps, "recommend", false, 70},
    Rule {Field::Nps, "nps", false, 70},
    Rule {Field::Nps, "net promoter", false, 70},
    Rule {Field::Csat, "csat", true, 100},
    Rule {Field::Csat, "csat score", true, 100},
    Rule {Field::Csat, "satisfaction", true, 100},
    Rule {Field::Csat, "customer satisfaction", true, 100},
    Rule {Field::Csat, "overall satisfaction", true, 100},
    Rule {Field::Csat, "satisfaction score", true, 100},
    Rule {Field::Csat, "csat", false, 70},
    Rule {Field::Csat, "satisfaction", false, 70},
    Rule {Field::Csat, "satisfied", false, 70},
    Rule {Field::Ces, "ces", true, 100},
    Rule {Field::Ces, "ces score", true, 100},
    Rule {Field::Ces, "effort", true, 100},
    Rule {Field::Ces, "customer effort", true, 100},
    Rule {Field::Ces, "customer effort score", true, 100},
    Rule {Field::Ces, "ease", true, 90},
    Rule {Field::Ces, "ces", false, 70},
    Rule {Field::Ces, "effort", false, 70},
    Rule {Field::Ces, "easy", false, 65},
    Rule {Field::Ces, "ease", false, 60},
    Rule {Field::Ces, "difficult", false, 50},
    Rule {Field::Stage, "stage", true, 100},
    Rule {Field::Stage, "journey stage", true, 100},
    Rule {Field::Stage, "lifecycle stage", true, 100},
    Rule {Field::Stage, "customer stage", true, 100},
    Rule {Field::Stage, "phase", true, 80},
    Rule {Field::Stage, "stage", false, 70},
    Rule {Field::Touchpoint, "touchpoint", true, 100},
    Rule {Field::Touchpoint, "touch point", true, 100},
    Rule {Field::Touchpoint, "channel", true, 85},
    Rule {Field::Touchpoint, "interaction", true, 70},
    Rule {Field::Touchpoint, "touchpoint", false, 70},
    Rule {Field::Touchpoint, "touch point", false, 70},
    Rule {Field::Touchpoint, "channel", false, 60},
    Rule {Field::Segment, "segment", true, 100},
    Rule {Field::Segment, "customer segment", true, 100},
    Rule {Field::Segment, "persona", true, 85},
    Rule {Field::Segment, "customer type", true, 80},
    Rule {Field::Segment, "tier", true, 70},
    Rule {Field::Segment, "segment", false, 70},
    Rule {Field::Retained, "retained", true, 100},
    Rule {Field::Retained, "is retained", true, 100},
    Rule {Field::Retained, "retention", true, 95},
    Rule {Field::Retained, "renewed", true, 90},
    Rule {Field::Retained, "still customer", true, 80},
    Rule {Field::Retained, "still a customer", true, 80},
    Rule {Field::Retained, "retained", false, 70},
    Rule {Field::Retained, "renewed", false, 60},
    Rule {Field::Churned, "churned", true, 100},
    Rule {Field::Churned, "is churned", true, 100},
    Rule {Field::Churned, "churn", true, 95},
    Rule {Field::Churned, "cancelled", true, 85},
    Rule {Field::Churned, "canceled", true, 85},
    Rule {Field::Churned, "churned", false, 70},
    Rule {Field::Churned, "churn", false, 70},
    Rule {Field::Expansion, "expansion", true, 100},
    Rule {Field::Expansion, "expanded", true, 95},
    Rule {Field::Expansion, "upsell", true, 90},
    Rule {Field::Expansion, "upgraded", true, 85},
    Rule {Field::Expansion, "cross sell", true, 80},
    Rule {Field::Expansion, "expansion", false, 70},
    Rule {Field::Expansion, "upsell", false, 60},
    Rule {Field::Referral, "referral", true, 100},
    Rule {Field::Referral, "referred", true, 95},
    Rule {Field::Referral, "referrals", true, 95},
    Rule {Field::Referral, "referral", false, 70},
    Rule {Field::Referral, "referred", false, 70},
    Rule {Field::Comment, "comment", true, 100},
    Rule {Field::Comment, "comments", true, 100},
    Rule {Field::Comment, "verbatim", true, 95},
    Rule {Field::Comment, "feedback", true, 90},
    Rule {Field::Comment, "remarks", true, 80},
    Rule {Field::Comment, "comment", false, 65},
    Rule {Field::Comment, "comments", false, 65},
    Rule {Field::Comment, "feedback", false, 55},
    Rule {Field::Comment, "why", false, 55},
    Rule {Field::Comment, "reason", false, 55},
    Rule {Field::Comment, "anything else", false, 55},
    Rule {Field::Comment, "tell us", false, 50},
    Rule {Field::Comment, "explain", false, 50},
    Rule {Field::Comment, "improve", false, 40},
};

// Derived columns (Qualtrics' Q1_NPS_GROUP, Text iQ topics and sentiment) and metadata that
// merely contain a telling word must not take a field from the real answer column.
constexpr std::array<std::string_view, 4> kNeverMapped
    = {"topic", "topics", "sentiment", "distribution channel"};
constexpr std::array<std::string_view, 8> kNotAScore
    = {"group", "category", "segment", "reason", "why", "comment", "comments", "explain"};
constexpr std::array<std::string_view, 3> kNotASegment = {"nps", "promoter", "recommend"};

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isWordChar(char c)
{
    return isUpper(c) || isLower(c) || (c >= '0' && c <= '9')
        || static_cast<unsigned char>(c) >= 0x80;
}

// "RecordedDate" -> "recorded date", "Q1_NPS_GROUP" -> "q1 nps group", "How likely...?" -> words.
std::string normalise(std::string_view header)
{
    std::string words;
    char previous = ' ';
    for (const char c : header) {
        if (!isWordChar(c)) {
            if (!words.empty() && words.back() != ' ')
                words += ' ';
        } else {
            if (isUpper(c) && isLower(previous))
                words += ' ';
            words += lowerAscii(c);
        }
        previous = c;
    }
    if (!words.empty() && words.back() == ' ')
        words.pop_back();
    return words;
}

bool hasWords(std::string_view words, std::string_view phrase)
{
    for (std::size_t pos = words.find(phrase); pos != std::string_view::npos;
         pos = words.find(phrase, pos + 1)) {
        const bool startsWord = pos == 0 || words[pos - 1] == ' ';
        const std::size_t end = pos + phrase.size();
        if (startsWord && (end == words.size() || words[end] == ' '))
            return true;
    }
    return false;
}

template<std::size_t N>
bool hasAnyWords(std::string_view words, const std::array<std::string_view, N> &phrases)
{
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](std::string_view phrase) { return hasWords(words, phrase); });
}

bool isScore(Field field)
{
    return field == Field::Nps || field == Field::Csat || field == Field::Ces;
}

int scoreFor(std::string_view words, Field field)
{
    if (words.empty() || hasAnyWords(words, kNeverMapped))
        return 0;
    if (isScore(field) && hasAnyWords(words, kNotAScore))
        return 0;
    if (field == Field::Segment && hasAnyWords(words, kNotASegment))
        return 0;
    int best = 0;
    for (const Rule &rule : kRules) {
        if (rule.field != field || rule.score <= best)
            continue;
        if (rule.exact ? words == rule.phrase : hasWords(words, rule.phrase))
            best = rule.score;
    }
    return best;
}

int columnScore(const SurveyColumn &column, Field field)
{
    return std::max(scoreFor(normalise(column.name), field),
                    scoreFor(normalise(column.question), field));
}

std::string joinNames(const SurveyLayout &layout)
{
    std::string names;
    const std::size_t shown = std::min<std::size_t>(layout.columns.size(), 20);
    for (std::size_t i = 0; i < shown; ++i)
        names += (i ? ", " : "") + layout.columns[i].name;
    if (shown < layout.columns.size())
        names += ", ...";
    return names;
}

std::vector<std::optional<Field>> mapByName(const SurveyLayout &layout)
{
    std::vector<std::tuple<int, std::size_t, Field>> candidates; // score, column, field
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        for (const Field field : kAllFields) {
            if (const int score = columnScore(layout.columns[c], field); score > 0)
                candidates.emplace_back(-score, c, field);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<std::optional<Field>> fields(layout.columns.size());
    std::vector<bool> taken(kAllFields.size());
    for (const auto &[negativeScore, column, field] : candidates) {
        if (fields[column] || taken[std::size_t(field)])
            continue;
        fields[column] = field;
        taken[std::size_t(field)] = true;
    }
    return fields;
}

std::size_t findColumn(const SurveyLayout &layout, std::string_view wanted, const std::string &spec)
{
    auto failUsage = [&](const std::string &why) {
        fail(ErrorKind::Usage, "column mapping \"" + spec + "\": " + why);
    };
    if (wanted.size() > 1 && wanted.front() == '#') {
        const std::string digits(wanted.substr(1));
        const bool numeric = digits.find_first_not_of("0123456789") == std::string::npos;
        const std::size_t number = numeric && digits.size() < 9 ? std::stoul(digits) : 0;
        if (number < 1 || number > layout.columns.size())
            failUsage("there is no column " + std::string(wanted) + " (the file has "
                      + std::to_string(layout.columns.size()) + " columns)");
        return number - 1;
    }
    std::vector<std::size_t> matches;
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        const SurveyColumn &column = layout.columns[c];
        if (equalsIgnoringCase(wanted, column.name) || equalsIgnoringCase(wanted, column.question)
            || (!column.importId.empty() && equalsIgnoringCase(wanted, column.importId)))
            matches.push_back(c);
    }
    if (matches.empty())
        failUsage("no column is named \"" + std::string(wanted)
                  + "\" (columns: " + joinNames(layout) + ")");
    if (matches.size() > 1)
        failUsage(std::to_string(matches.size()) + " columns are named \"" + std::string(wanted)
                  + "\"; write #N for the N-th column");
    return matches.front();
}

struct Override
{
    std::size_t column;
    std::optional<Field> field; // nullopt = ignore the column
};

Override parseOverride(const SurveyLayout &layout, const std::string &spec)
{
    const std::size_t equals = spec.rfind('=');
    if (equals == std::string::npos)
        fail(ErrorKind::Usage, "column mapping \"" + spec + "\": expected COLUMN=FIELD");
    const std::string_view fieldText = trim(std::string_view(spec).substr(equals + 1));
    const std::optional<Field> field = fieldFromName(fieldText);
    if (!field && !equalsIgnoringCase(fieldText, "ignore"))
        fail(ErrorKind::Usage,
             "column mapping \"" + spec + "\": unknown field \"" + std::string(fieldText)
                 + "\" (fields: customer_id, date, nps, csat, ces, stage, "
                   "touchpoint, segment, retained, churned, expansion, "
                   "referral, comment, or ignore)");
    return {findColumn(layout, trim(std::string_view(spec).substr(0, equals)), spec), field};
}

} // namespace

std::optional<std::size_t> ColumnMapping::columnOf(Field field) const
{
    for (std::size_t c = 0; c < fields.size(); ++c) {
        if (fields[c] == field)
            return c;
    }
    return std::nullopt;
}

std::optional<FieldGuess> guessField(std::string_view header)
{
    const std::string words = normalise(header);
    std::optional<FieldGuess> best;
    for (const Field field : kAllFields) {
        const int score = scoreFor(words, field);
        if (score > 0 && (!best || score > best->score))
            best = FieldGuess {field, score};
    }
    return best;
}

ColumnMapping mapColumns(const SurveyLayout &layout, const std::vector<std::string> &overrides)
{
    ColumnMapping mapping {mapByName(layout)};
    std::vector<std::optional<std::size_t>> overriddenBy(kAllFields.size()); // field -> column
    for (const std::string &spec : overrides) {
        const Override change = parseOverride(layout, spec);
        for (auto &owner : overriddenBy) {
            if (owner == change.column)
                owner.reset();
        }
        if (change.field) {
            auto &previous = overriddenBy[std::size_t(*change.field)];
            if (previous && *previous != change.column)
                fail(ErrorKind::Usage,
                     "column mapping \"" + spec + "\": field "
                         + std::string(fieldName(*change.field))
                         + " is already mapped from column \"" + layout.columns[*previous].name
                         + "\"");
            previous = change.column;
            for (auto &other : mapping.fields) {
                if (other == change.field)
                    other.reset();
            }
        }
        mapping.fields[change.column] = change.field;
    }
    return mapping;
}

} // namespace ts::metrics
