#include "metrics/dateorderdecision.h"

#include "core/error.h"
#include "metrics/datecell.h"

namespace ts::metrics {

namespace {

constexpr std::size_t kNone = std::size_t(-1);

std::string lineOf(const SurveyTable &table, std::size_t row)
{
    return "line " + std::to_string(table.line[row]) + " (" + pendingDateText(table.date[row])
        + ")";
}

std::string orderWords(DateOrder order)
{
    switch (order) {
    case DateOrder::Dmy:
        return "day first (dmy)";
    case DateOrder::Mdy:
        return "month first (mdy)";
    default:
        return "year first (ymd)";
    }
}

} // namespace

std::optional<DateOrderChoice> decideDateOrder(SurveyTable &table, const std::string &column,
                                               std::optional<DateOrder> requested,
                                               const std::string &source)
{
    std::size_t dayFirst = kNone, monthFirst = kNone, ambiguous = kNone;
    bool anyDate = false;
    for (std::size_t row = 0; row < table.date.size(); ++row) {
        const std::int32_t code = table.date[row];
        if (code == kNoDate)
            continue;
        anyDate = true;
        if (!isPendingDate(code))
            continue;
        const DateEvidence evidence = evidenceOf(code);
        std::size_t &slot = evidence == DateEvidence::DayFirst ? dayFirst
            : evidence == DateEvidence::MonthFirst             ? monthFirst
                                                               : ambiguous;
        if (slot == kNone)
            slot = row;
    }
    if (!anyDate)
        return std::nullopt;
    const std::string where = source + ": column \"" + column + "\": ";
    if (dayFirst != kNone && monthFirst != kNone)
        fail(ErrorKind::BadInput,
             where + "holds day-first and month-first dates: " + lineOf(table, dayFirst)
                 + " is day first, " + lineOf(table, monthFirst)
                 + " month first; correct the column so that all dates are written one way");
    DateOrderChoice choice;
    choice.column = column;
    if (dayFirst == kNone && monthFirst == kNone && ambiguous == kNone)
        return choice; // year first only
    if (dayFirst != kNone || monthFirst != kNone) {
        const std::size_t proof = dayFirst != kNone ? dayFirst : monthFirst;
        choice.order = dayFirst != kNone ? DateOrder::Dmy : DateOrder::Mdy;
        choice.basis = DateOrderBasis::Values;
        choice.exampleLine = table.line[proof];
        choice.exampleText = pendingDateText(table.date[proof]);
        if (requested && *requested != choice.order)
            fail(ErrorKind::BadInput,
                 where + "--date-order " + std::string(dateOrderName(*requested))
                     + " was given, but " + lineOf(table, proof) + " can only be "
                     + orderWords(choice.order) + "; give --date-order "
                     + std::string(dateOrderName(choice.order)) + " or leave it out");
    } else if (!requested) {
        fail(ErrorKind::BadInput,
             where + "every date could be day first or month first (e.g. "
                 + lineOf(table, ambiguous)
                 + "); say which with --date-order dmy (day first) or --date-order mdy (month "
                   "first)");
    } else if (*requested == DateOrder::Ymd) {
        fail(ErrorKind::BadInput,
             where + "--date-order ymd was given, but the dates have the year last (e.g. "
                 + lineOf(table, ambiguous) + "); give --date-order dmy or --date-order mdy");
    } else {
        choice.order = *requested;
        choice.basis = DateOrderBasis::Option;
    }
    for (std::int32_t &code : table.date) {
        if (isPendingDate(code))
            code = resolvePendingDate(code, choice.order); // every pending date fits this order
    }
    return choice;
}

std::string describeDateOrder(const DateOrderChoice &choice)
{
    switch (choice.basis) {
    case DateOrderBasis::YearFirst:
        return "year first (YYYY-MM-DD): nothing to decide";
    case DateOrderBasis::Values:
        return orderWords(choice.order) + ", from the values (line "
            + std::to_string(choice.exampleLine) + ": " + choice.exampleText + ")";
    default:
        return orderWords(choice.order) + ", from --date-order (every date could be either)";
    }
}

} // namespace ts::metrics
