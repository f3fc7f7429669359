#include "metrics/columnmapping.h"

#include "core/error.h"
#include "metrics/datecell.h"
#include "metrics/textutil.h"
#include "metrics/valueparser.h"

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
    // SurveyMonkey's custom variable, which carries the customer id; its "Respondent ID" is the
    // response's own id, worth no more than "response id".
    Rule {Field::CustomerId, "custom data 1", true, 100},
    Rule {Field::CustomerId, "custom data", true, 90},
    Rule {Field::CustomerId, "respondent id", true, 40},
    Rule {Field::CustomerId, "kundennummer", true, 95},
    Rule {Field::CustomerId, "kunden id", true, 95},
    Rule {Field::CustomerId, "kundennr", true, 90},
    Rule {Field::CustomerId, "numéro client", true, 95},
    Rule {Field::CustomerId, "identifiant client", true, 95},
    Rule {Field::CustomerId, "id client", true, 90},
    Rule {Field::CustomerId, "número de cliente", true, 95},
    Rule {Field::CustomerId, "id de cliente", true, 95},
    Rule {Field::CustomerId, "id cliente", true, 90},
    Rule {Field::CustomerId, "klantnummer", true, 95},
    Rule {Field::CustomerId, "klant id", true, 95},
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
    Rule {Field::Date, "submit date", true, 90}, // Typeform: "Submit Date (UTC)"
    Rule {Field::Date, "submit date utc", true, 90},
    Rule {Field::Date, "start date utc", true, 80},
    Rule {Field::Date, "datum", true, 100},
    Rule {Field::Date, "fecha", true, 100},
    Rule {Field::Date, "date", false, 60},
    Rule {Field::Date, "datum", false, 60},
    Rule {Field::Date, "fecha", false, 60},
    Rule {Field::Nps, "nps", true, 100},
    Rule {Field::Nps, "nps score", true, 100},
    Rule {Field::Nps, "net promoter score", true, 100},
    Rule {Field::Nps, "likelihood to recommend", true, 100},
    Rule {Field::Nps, "ltr", true, 90},
    Rule {Field::Nps, "recommend", true, 90},
    Rule {Field::Nps, "recommend", false, 70},
    Rule {Field::Nps, "nps", false, 70},
    Rule {Field::Nps, "net promoter", false, 70},
    Rule {Field::Nps, "promoter score", true, 95},
    Rule {Field::Nps, "recommendation", true, 90},
    Rule {Field::Nps, "recommendation", false, 70},
    Rule {Field::Nps, "weiterempfehlung", true, 90},
    Rule {Field::Nps, "weiterempfehlung", false, 70},
    Rule {Field::Nps, "weiterempfehlen", false, 70},
    Rule {Field::Nps, "empfehlen", false, 70},
    Rule {Field::Nps, "recommandation", true, 90},
    Rule {Field::Nps, "recommandation", false, 70},
    Rule {Field::Nps, "recommander", false, 70},
    Rule {Field::Nps, "recomendación", true, 90},
    Rule {Field::Nps, "recomendación", false, 70},
    Rule {Field::Nps, "recomendar", false, 70},
    Rule {Field::Nps, "recomendaría", false, 70},
    Rule {Field::Nps, "aanbeveling", true, 90},
    Rule {Field::Nps, "aanbeveling", false, 70},
    Rule {Field::Nps, "aanbevelen", false, 70},
    Rule {Field::Csat, "csat", true, 100},
    Rule {Field::Csat, "csat score", true, 100},
    Rule {Field::Csat, "satisfaction", true, 100},
    Rule {Field::Csat, "customer satisfaction", true, 100},
    Rule {Field::Csat, "overall satisfaction", true, 100},
    Rule {Field::Csat, "satisfaction score", true, 100},
    Rule {Field::Csat, "csat", false, 70},
    Rule {Field::Csat, "satisfaction", false, 70},
    Rule {Field::Csat, "satisfied", false, 70},
    Rule {Field::Csat, "zufriedenheit", true, 100},
    Rule {Field::Csat, "zufriedenheit", false, 70},
    Rule {Field::Csat, "zufrieden", false, 70},
    Rule {Field::Csat, "satisfait", false, 70},
    Rule {Field::Csat, "satisfacción", true, 100},
    Rule {Field::Csat, "satisfacción", false, 70},
    Rule {Field::Csat, "satisfecho", false, 70},
    Rule {Field::Csat, "tevredenheid", true, 100},
    Rule {Field::Csat, "tevredenheid", false, 70},
    Rule {Field::Csat, "tevreden", false, 70},
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
    Rule {Field::Ces, "aufwand", true, 100},
    Rule {Field::Ces, "aufwand", false, 70},
    Rule {Field::Ces, "esfuerzo", true, 100},
    Rule {Field::Ces, "esfuerzo", false, 70},
    Rule {Field::Ces, "inspanning", true, 100},
    Rule {Field::Ces, "inspanning", false, 70},
    Rule {Field::Ces, "moeite", true, 100},
    Rule {Field::Ces, "moeite", false, 70},
    Rule {Field::Stage, "stage", true, 100},
    Rule {Field::Stage, "journey stage", true, 100},
    Rule {Field::Stage, "lifecycle stage", true, 100},
    Rule {Field::Stage, "customer stage", true, 100},
    Rule {Field::Stage, "phase", true, 80},
    Rule {Field::Stage, "stage", false, 70},
    Rule {Field::Stage, "kundenphase", true, 100},
    Rule {Field::Stage, "étape", true, 100},
    Rule {Field::Stage, "étape", false, 70},
    Rule {Field::Stage, "etapa", true, 100},
    Rule {Field::Stage, "etapa", false, 70},
    Rule {Field::Stage, "fase", true, 80},
    Rule {Field::Stage, "klantfase", true, 100},
    Rule {Field::Touchpoint, "touchpoint", true, 100},
    Rule {Field::Touchpoint, "touch point", true, 100},
    Rule {Field::Touchpoint, "channel", true, 85},
    Rule {Field::Touchpoint, "interaction", true, 70},
    Rule {Field::Touchpoint, "touchpoint", false, 70},
    Rule {Field::Touchpoint, "touch point", false, 70},
    Rule {Field::Touchpoint, "channel", false, 60},
    Rule {Field::Touchpoint, "kontaktpunkt", true, 100},
    Rule {Field::Touchpoint, "kontaktpunkt", false, 70},
    Rule {Field::Touchpoint, "kanal", true, 85},
    Rule {Field::Touchpoint, "point de contact", true, 100},
    Rule {Field::Touchpoint, "point de contact", false, 70},
    Rule {Field::Touchpoint, "canal", true, 85},
    Rule {Field::Touchpoint, "punto de contacto", true, 100},
    Rule {Field::Touchpoint, "punto de contacto", false, 70},
    Rule {Field::Touchpoint, "contactmoment", true, 100},
    Rule {Field::Touchpoint, "contactmoment", false, 70},
    Rule {Field::Touchpoint, "kanaal", true, 85},
    Rule {Field::Segment, "segment", true, 100},
    Rule {Field::Segment, "customer segment", true, 100},
    Rule {Field::Segment, "persona", true, 85},
    Rule {Field::Segment, "customer type", true, 80},
    Rule {Field::Segment, "tier", true, 70},
    Rule {Field::Segment, "segment", false, 70},
    Rule {Field::Segment, "kundensegment", true, 100},
    Rule {Field::Retained, "retained", true, 100},
    Rule {Field::Retained, "is retained", true, 100},
    Rule {Field::Retained, "retention", true, 95},
    Rule {Field::Retained, "renewed", true, 90},
    Rule {Field::Retained, "still customer", true, 80},
    Rule {Field::Retained, "still a customer", true, 80},
    Rule {Field::Retained, "retained", false, 70},
    Rule {Field::Retained, "renewed", false, 60},
    Rule {Field::Retained, "verlängert", true, 90},
    Rule {Field::Retained, "renouvelé", true, 90},
    Rule {Field::Retained, "renovado", true, 90},
    Rule {Field::Retained, "verlengd", true, 90},
    Rule {Field::Churned, "churned", true, 100},
    Rule {Field::Churned, "is churned", true, 100},
    Rule {Field::Churned, "churn", true, 95},
    Rule {Field::Churned, "cancelled", true, 85},
    Rule {Field::Churned, "canceled", true, 85},
    Rule {Field::Churned, "churned", false, 70},
    Rule {Field::Churned, "churn", false, 70},
    Rule {Field::Churned, "gekündigt", true, 90},
    Rule {Field::Churned, "gekündigt", false, 70},
    Rule {Field::Churned, "résilié", true, 90},
    Rule {Field::Churned, "résilié", false, 70},
    Rule {Field::Churned, "cancelado", true, 85},
    Rule {Field::Churned, "opgezegd", true, 90},
    Rule {Field::Churned, "opgezegd", false, 70},
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
    Rule {Field::Comment, "kommentar", true, 100},
    Rule {Field::Comment, "kommentare", true, 100},
    Rule {Field::Comment, "anmerkungen", true, 80},
    Rule {Field::Comment, "kommentar", false, 65},
    Rule {Field::Comment, "commentaire", true, 100},
    Rule {Field::Comment, "commentaires", true, 100},
    Rule {Field::Comment, "commentaire", false, 65},
    Rule {Field::Comment, "comentario", true, 100},
    Rule {Field::Comment, "comentarios", true, 100},
    Rule {Field::Comment, "comentario", false, 65},
    Rule {Field::Comment, "opmerking", true, 100},
    Rule {Field::Comment, "opmerkingen", true, 100},
    Rule {Field::Comment, "opmerking", false, 65},
};

// Derived columns (Qualtrics' Q1_NPS_GROUP, Text iQ topics and sentiment) and metadata that
// merely contain a telling word must not take a field from the real answer column.
constexpr std::array<std::string_view, 4> kNeverMapped
    = {"topic", "topics", "sentiment", "distribution channel"};
constexpr std::array<std::string_view, 8> kNotAScore
    = {"group", "category", "segment", "reason", "why", "comment", "comments", "explain"};
constexpr std::array<std::string_view, 3> kNotASegment = {"nps", "promoter", "recommend"};

// Headers that say nothing of their field: their values decide (nps) or the import asks. Only
// words for a rating: "Total" or "Points" could count anything.
constexpr std::array<std::string_view, 9> kGenericHeaders
    = {"score",      "rating",      "value",         "rate",          "grade",
       "your score", "your rating", "overall score", "overall rating"};

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

// The lower case of an accented Latin capital in UTF-8 (Latin-1 Supplement and Latin
// Extended-A: Ü -> ü, É -> é, Í -> í, Ł -> ł), written to `out`; false for any other sequence.
bool appendLowerLatin(std::string_view text, std::size_t &i, std::string &out)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    if (i + 1 >= text.size() || (byte(i) & 0xE0) != 0xC0 || (byte(i + 1) & 0xC0) != 0x80)
        return false;
    unsigned code = ((byte(i) & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu);
    if (code >= 0xC0 && code <= 0xDE && code != 0xD7)
        code += 0x20;
    else if (code == 0x178)
        code = 0xFF; // Ÿ
    else if ((code >= 0x100 && code <= 0x137) || (code >= 0x14A && code <= 0x177))
        code |= 1u; // capitals are even there
    else if ((code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E))
        code += code % 2; // capitals are odd there
    out += char(0xC0 | (code >> 6));
    out += char(0x80 | (code & 0x3F));
    i += 1;
    return true;
}

// "RecordedDate" -> "recorded date", "Q1_NPS_GROUP" -> "q1 nps group", "How likely...?" -> words;
// "GEKÜNDIGT" -> "gekündigt".
std::string normalise(std::string_view header)
{
    std::string words;
    char previous = ' ';
    for (std::size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        if (!isWordChar(c)) {
            if (!words.empty() && words.back() != ' ')
                words += ' ';
        } else {
            if (isUpper(c) && isLower(previous))
                words += ' ';
            if (!appendLowerLatin(header, i, words))
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

bool isFlag(Field field)
{
    return field == Field::Retained || field == Field::Churned || field == Field::Expansion
        || field == Field::Referral;
}

// The best rule naming `field` in the words, or nullptr.
const Rule *bestRule(std::string_view words, Field field)
{
    if (words.empty() || hasAnyWords(words, kNeverMapped))
        return nullptr;
    if (isScore(field) && hasAnyWords(words, kNotAScore))
        return nullptr;
    if (field == Field::Segment && hasAnyWords(words, kNotASegment))
        return nullptr;
    const Rule *best = nullptr;
    for (const Rule &rule : kRules) {
        if (rule.field != field || (best && rule.score <= best->score))
            continue;
        if (rule.exact ? words == rule.phrase : hasWords(words, rule.phrase))
            best = &rule;
    }
    return best;
}

int scoreFor(std::string_view words, Field field)
{
    const Rule *rule = bestRule(words, field);
    return rule ? rule->score : 0;
}

// The better of the column's name and question text.
const Rule *columnRule(const SurveyColumn &column, Field field)
{
    const Rule *byName = bestRule(normalise(column.name), field);
    const Rule *byQuestion = bestRule(normalise(column.question), field);
    if (!byName || (byQuestion && byQuestion->score > byName->score))
        return byQuestion;
    return byName;
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

std::string quote(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// What a field's values must be, for "..., not 0-10 scores".
std::string_view wantedValues(Field field)
{
    switch (field) {
    case Field::Nps:
        return "0-10 scores";
    case Field::Csat:
        return "1-5 scores";
    case Field::Ces:
        return "1-7 scores";
    case Field::Date:
        return "dates";
    default:
        return "yes/no values";
    }
}

bool isText(Field field)
{
    return field == Field::CustomerId || field == Field::Stage || field == Field::Touchpoint
        || field == Field::Segment || field == Field::Comment;
}

std::size_t fitting(const ColumnValues &values, Field field)
{
    switch (field) {
    case Field::Nps:
        return values.nps;
    case Field::Csat:
        return values.csat;
    case Field::Ces:
        return values.ces;
    case Field::Date:
        return values.dates;
    default:
        return isFlag(field) ? values.flags : values.present;
    }
}

// "yes/no values", "whole numbers 1-5", "dates", "text".
std::string describeValues(const ColumnValues &values)
{
    const std::size_t most = values.present / 2 + 1;
    if (values.wholeNumbers >= most && values.flags < values.present)
        return "whole numbers " + std::to_string(values.lowest) + "-"
            + std::to_string(values.highest);
    if (values.flags >= most)
        return "yes/no values";
    if (values.dates >= most)
        return "dates";
    if (values.nps >= most || values.csat >= most || values.ces >= most)
        return "score labels";
    return "text values";
}

// A unit of the mapping by wording: one column, or a SurveyMonkey multi-select group.
struct Unit
{
    std::vector<std::size_t> columns;
    std::string question; // the group's question; empty for a single column
};

struct Candidate
{
    int score;
    std::size_t unit;
    Field field;
    std::string reason;
};

ColumnValues sumOf(const std::vector<ColumnValues> &values, const std::vector<std::size_t> &columns)
{
    ColumnValues sum;
    for (const std::size_t c : columns) {
        const ColumnValues &v = values[c];
        sum.sampled = std::max(sum.sampled, v.sampled);
        sum.present += v.present;
        sum.ownLabel += v.ownLabel;
    }
    return sum;
}

std::string unitName(const SurveyLayout &layout, const Unit &unit)
{
    return unit.question.empty() ? layout.columns[unit.columns.front()].name : unit.question;
}

} // namespace

void ColumnValues::add(std::string_view cell, const SurveyColumn &column)
{
    ++sampled;
    cell = trim(cell);
    if (isMissingValue(cell))
        return;
    ++present;
    if (isDigit(cell.front()) || (cell.size() > 1 && cell.front() == '-' && isDigit(cell[1])))
        ++numbers;
    if (const auto score = parseScore(cell, Field::Nps)) {
        ++nps;
        if (cell.size() <= 2) {
            ++wholeNumbers;
            lowest = std::min<int>(lowest, score.value);
            highest = std::max<int>(highest, score.value);
        }
    }
    if (const auto score = parseScore(cell, Field::Csat);
        score || isSevenPointSatisfaction(score.error))
        ++csat;
    if (parseScore(cell, Field::Ces))
        ++ces;
    if (parseFlag(cell))
        ++flags;
    if (readDateCell(cell))
        ++dates;
    if (!column.answer.empty() && equalsIgnoringCase(cell, column.answer))
        ++ownLabel;
}

namespace {

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

const ColumnGroup *ColumnMapping::groupOf(std::size_t column) const
{
    for (const ColumnGroup &group : groups) {
        if (std::find(group.columns.begin(), group.columns.end(), column) != group.columns.end())
            return &group;
    }
    return nullptr;
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

ColumnMapping mapColumns(const SurveyLayout &layout, const std::vector<std::string> &overrides,
                         const std::vector<ColumnValues> &values)
{
    const std::size_t count = layout.columns.size();
    const bool sampled = values.size() == count;
    const bool haveValues = sampled
        && std::any_of(values.begin(), values.end(), [](const auto &v) { return v.sampled > 0; });
    ColumnMapping mapping;
    mapping.fields.resize(count);
    mapping.reasons.resize(count);

    // The overrides first: their columns and fields are out of the mapping by wording.
    std::vector<std::optional<std::size_t>> overriddenBy(kAllFields.size()); // field -> column
    std::vector<std::optional<Override>> overridden(count);
    std::vector<std::string> overrideSpec(count);
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
        }
        overridden[change.column] = change;
        overrideSpec[change.column] = spec;
    }

    // The units: each column, but a SurveyMonkey multi-select question (its cells hold their
    // answer's label) is one unit.
    std::vector<Unit> units;
    for (std::size_t c = 0; c < count;) {
        const std::string &group = layout.columns[c].group;
        std::size_t end = c + 1;
        while (!group.empty() && end < count && layout.columns[end].group == group)
            ++end;
        bool whole = end - c > 1;
        for (std::size_t g = c; whole && g < end; ++g)
            whole = !overridden[g];
        if (whole && sampled) {
            const ColumnValues sum = sumOf(values, [&] {
                std::vector<std::size_t> columns;
                for (std::size_t g = c; g < end; ++g)
                    columns.push_back(g);
                return columns;
            }());
            whole = sum.ownLabel * 2 >= sum.present; // a matrix holds ratings, not its labels
        }
        if (whole) {
            Unit unit;
            unit.question = group;
            for (std::size_t g = c; g < end; ++g)
                unit.columns.push_back(g);
            units.push_back(std::move(unit));
        } else {
            for (std::size_t g = c; g < end; ++g)
                units.push_back({{g}, {}});
        }
        c = end;
    }

    std::vector<Candidate> candidates;
    std::vector<std::string> passedOver(units.size());
    auto passOver = [&](std::size_t u, std::string why) {
        if (passedOver[u].empty())
            passedOver[u] = std::move(why);
    };
    for (std::size_t u = 0; u < units.size(); ++u) {
        const Unit &unit = units[u];
        const std::size_t first = unit.columns.front();
        if (overridden[first])
            continue;
        const SurveyColumn &column = layout.columns[first];
        const ColumnValues *columnValues = nullptr;
        ColumnValues groupValues;
        if (sampled) {
            groupValues = sumOf(values, unit.columns);
            columnValues = unit.columns.size() == 1 ? &values[first] : &groupValues;
        }
        bool named = false;
        for (const Field field : kAllFields) {
            if (overriddenBy[std::size_t(field)])
                continue;
            const Rule *rule = nullptr;
            if (!unit.question.empty()) {
                rule = bestRule(normalise(unit.question), field);
                if (rule && field != Field::Stage && field != Field::Touchpoint
                    && field != Field::Segment) {
                    passOver(u,
                             "several answers group: " + unit.question
                                 + " (only stage, touchpoint or segment can be one chosen "
                                   "answer)");
                    continue;
                }
            } else {
                rule = columnRule(column, field);
            }
            if (!rule)
                continue;
            named = true;
            if (columnValues && columnValues->sampled > 0) {
                if (columnValues->present == 0) {
                    passOver(u,
                             "all " + std::to_string(columnValues->sampled)
                                 + " sampled values empty");
                    continue;
                }
                // Mostly unreadable as the field and mostly not numbers either (numbers out of
                // range, or dates that are no calendar day, are kept: their rows are bad rows).
                if (unit.columns.size() == 1
                    && fitting(*columnValues, field) * 2 < columnValues->present
                    && (isText(field) || columnValues->numbers * 2 < columnValues->present)) {
                    passOver(u,
                             describeValues(*columnValues) + ", not "
                                 + std::string(wantedValues(field)));
                    continue;
                }
            }
            std::string reason = "header wording " + quote(rule->phrase);
            if (!unit.question.empty())
                reason = "several answers group: " + unit.question + ", " + reason
                    + "; the value is the one answer chosen";
            candidates.push_back({rule->score, u, field, std::move(reason)});
        }
        // A generic header ("Score", "Rating") is decided by its values.
        const std::string header = normalise(column.name);
        if (named || unit.columns.size() != 1 || !columnValues
            || std::find(kGenericHeaders.begin(), kGenericHeaders.end(), header)
                == kGenericHeaders.end())
            continue;
        const ColumnValues &v = *columnValues;
        if (v.present == 0) {
            if (v.sampled > 0)
                passOver(u, "all " + std::to_string(v.sampled) + " sampled values empty");
            continue;
        }
        if (v.wholeNumbers != v.present) {
            passOver(u,
                     "a generic header whose values (" + describeValues(v)
                         + ") are not whole-number scores");
            continue;
        }
        if (v.lowest == 0 || v.highest > 7) {
            if (!overriddenBy[std::size_t(Field::Nps)])
                candidates.push_back({50, u, Field::Nps,
                                      "values: 0-10 whole numbers (" + std::to_string(v.lowest)
                                          + "-" + std::to_string(v.highest)
                                          + ") under a generic header"});
            continue;
        }
        const std::string name = column.name;
        mapping.questions.push_back(
            {unit.columns,
             "column " + quote(name) + ": the header does not say which score it holds, and its "
                 + std::to_string(v.present) + " sampled values are whole numbers "
                 + std::to_string(v.lowest) + "-" + std::to_string(v.highest)
                 + ", which could be nps (0-10), csat (1-5) or ces (1-7); say which with --map "
                 + quote(name + "=nps") + ", --map " + quote(name + "=csat") + " or --map "
                 + quote(name + "=ces") + " (or --map " + quote(name + "=ignore") + ")"});
        passedOver[u] = "which score? nps, csat or ces: to choose";
    }

    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    std::vector<bool> unitTaken(units.size());
    std::vector<std::optional<std::size_t>> fieldUnit(kAllFields.size());
    std::vector<bool> fieldAsked(kAllFields.size()); // in a question: no lesser column takes it
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate &candidate = candidates[i];
        const auto f = std::size_t(candidate.field);
        if (unitTaken[candidate.unit] || fieldAsked[f])
            continue;
        if (fieldUnit[f]) {
            passOver(candidate.unit,
                     std::string(fieldName(candidate.field)) + " went to "
                         + quote(unitName(layout, units[*fieldUnit[f]]))
                         + ", which names it better");
            continue;
        }
        // Another free unit naming the field as well: harmless for comment and customer_id
        // (the first is kept, and the report says so); otherwise the import cannot choose.
        std::vector<std::size_t> rivals;
        for (std::size_t j = i + 1; j < candidates.size() && candidates[j].score == candidate.score;
             ++j) {
            const Candidate &rival = candidates[j];
            if (rival.field != candidate.field || unitTaken[rival.unit]
                || rival.unit == candidate.unit)
                continue;
            // Without sampled values (a preview of the header alone) nothing says both fit:
            // the first is kept, as before value-aware mapping.
            if (candidate.field == Field::Comment || candidate.field == Field::CustomerId
                || !haveValues) {
                const std::string field(fieldName(candidate.field));
                passOver(
                    rival.unit,
                    field + " went to " + quote(unitName(layout, units[candidate.unit]))
                        + ", the first of the columns naming it equally well ("
                        + (haveValues ? "harmless for " + field : "no values to tell them apart")
                        + ")");
                continue;
            }
            rivals.push_back(rival.unit);
        }
        if (!rivals.empty()) {
            const std::string a = unitName(layout, units[candidate.unit]);
            const std::string b = unitName(layout, units[rivals.front()]);
            const std::string field(fieldName(candidate.field));
            MappingQuestion question;
            question.message = "columns " + quote(a) + " and " + quote(b) + " name " + field
                + " equally well (" + candidate.reason + ")"
                + (sampled ? " and both hold fitting values" : "") + "; say which with --map "
                + quote(a + "=" + field) + " or --map " + quote(b + "=" + field);
            rivals.insert(rivals.begin(), candidate.unit);
            for (const std::size_t u : rivals) {
                unitTaken[u] = true;
                passedOver[u] = field + " (as well as another column): to choose";
                for (const std::size_t c : units[u].columns)
                    question.columns.push_back(c);
            }
            fieldAsked[f] = true;
            mapping.questions.push_back(std::move(question));
            continue;
        }
        unitTaken[candidate.unit] = true;
        fieldUnit[f] = candidate.unit;
        const Unit &unit = units[candidate.unit];
        for (const std::size_t c : unit.columns) {
            mapping.fields[c] = candidate.field;
            mapping.reasons[c] = candidate.reason;
        }
        if (!unit.question.empty())
            mapping.groups.push_back({candidate.field, unit.question, unit.columns});
    }
    for (std::size_t u = 0; u < units.size(); ++u) {
        if (unitTaken[u] && mapping.fields[units[u].columns.front()])
            continue;
        for (const std::size_t c : units[u].columns)
            mapping.reasons[c] = passedOver[u];
    }
    for (std::size_t c = 0; c < count; ++c) {
        if (!overridden[c])
            continue;
        mapping.fields[c] = overridden[c]->field;
        mapping.reasons[c] = "--map " + quote(overrideSpec[c]);
    }
    return mapping;
}

} // namespace ts::metrics
