#include "metrics/rowconverter.h"

#include "metrics/datecell.h"
#include "metrics/textutil.h"
#include "metrics/valueparser.h"

namespace ts::metrics {

namespace {

std::string quoted(std::string_view text)
{
    constexpr std::size_t kLongest = 40;
    if (text.size() > kLongest)
        return "\"" + std::string(text.substr(0, kLongest)) + "...\"";
    return "\"" + std::string(text) + "\"";
}

} // namespace

RowConverter::RowConverter(const SurveyLayout &layout, const ColumnMapping &mapping)
{
    for (const SurveyColumn &column : layout.columns)
        m_names.push_back(column.name);
    for (std::size_t c = 0; c < mapping.fields.size() && c < layout.columns.size(); ++c) {
        if (mapping.fields[c] && !mapping.groupOf(c))
            m_targets.push_back({c, *mapping.fields[c]});
    }
    for (const ColumnGroup &group : mapping.groups) {
        if (m_groups.size() < 32)
            m_groups.push_back({group.columns, group.field});
    }
}

bool RowConverter::fail(const Target &target, std::string_view text, std::string_view reason,
                        RowProblem &problem) const
{
    problem.column = m_names[target.column];
    problem.message = "column \"" + problem.column + "\" (" + std::string(fieldName(target.field))
        + "): " + quoted(text) + " is " + std::string(reason);
    return false;
}

bool RowConverter::convert(const std::vector<std::string_view> &fields, SurveyRecord &record,
                           RowProblem &problem, RowNotes *notes) const
{
    if (fields.size() != m_names.size()) {
        problem.column.clear();
        problem.message = "expected " + std::to_string(m_names.size()) + " columns, found "
            + std::to_string(fields.size());
        return false;
    }
    const std::uint32_t line = record.line;
    record = SurveyRecord {};
    record.line = line;
    std::optional<bool> churned;
    RowNotes seen;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        std::string_view chosen;
        std::size_t answers = 0;
        for (const std::size_t c : m_groups[g].columns) {
            const std::string_view text = trim(fields[c]);
            if (!isMissingValue(text)) {
                chosen = text;
                ++answers;
            }
        }
        if (answers > 1)
            seen.severalAnswers |= 1u << g;
        if (answers != 1)
            continue;
        auto &slot = m_groups[g].field == Field::Stage ? record.stage
            : m_groups[g].field == Field::Touchpoint   ? record.touchpoint
                                                       : record.segment;
        slot = chosen;
    }
    for (const Target &target : m_targets) {
        const std::string_view text = trim(fields[target.column]);
        if (target.field == Field::Comment) {
            record.comment = text; // kept as written: "n/a" may be what the customer typed
            continue;
        }
        if (isMissingValue(text))
            continue;
        switch (target.field) {
        case Field::CustomerId:
            record.customerId = text;
            break;
        case Field::Stage:
            record.stage = text;
            break;
        case Field::Touchpoint:
            record.touchpoint = text;
            break;
        case Field::Segment:
            record.segment = text;
            break;
        case Field::Date: {
            // A year-last date stays pending until its column's order is decided
            // (decideDateOrder, once every row is read).
            const auto date = readDateCell(text);
            if (!date)
                return fail(target, text, date.error, problem);
            record.date = date.value;
            break;
        }
        case Field::Nps:
        case Field::Csat:
        case Field::Ces: {
            int *label = &seen.scoreLabels[std::size_t(target.field) - std::size_t(Field::Nps)];
            const auto score = parseScore(text, target.field, label);
            if (!score)
                return fail(target, text, score.error, problem);
            auto &slot = target.field == Field::Nps ? record.nps
                : target.field == Field::Csat       ? record.csat
                                                    : record.ces;
            slot = score.value;
            break;
        }
        default: {
            const auto flag = parseFlag(text);
            if (!flag)
                return fail(target, text, flag.error, problem);
            if (target.field == Field::Retained)
                record.retained = flag.value;
            else if (target.field == Field::Churned)
                churned = flag.value;
            else if (target.field == Field::Expansion)
                record.expansion = flag.value;
            else
                record.referral = flag.value;
            break;
        }
        }
    }
    if (churned) {
        if (record.retained && *record.retained == *churned) {
            problem.column.clear();
            problem.message = "retained and churned say the same ("
                + std::string(*churned ? "yes" : "no") + "): a customer either stays or churns";
            return false;
        }
        record.retained = !*churned;
    }
    if (notes)
        *notes = seen;
    return true;
}

} // namespace ts::metrics
