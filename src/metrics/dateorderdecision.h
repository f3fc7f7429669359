// Decides the day/month order of an imported date column from its values (or the user's
// --date-order when every value could be either) and turns its pending dates into days.
#pragma once

#include "metrics/dateorder.h"
#include "metrics/surveytable.h"

#include <cstddef>
#include <optional>
#include <string>

namespace ts::metrics {

enum class DateOrderBasis {
    YearFirst, // every date was written year first (ISO): nothing to decide
    Values, // a first field over 12 proved day-first, a second over 12 month-first
    Option, // every year-last date could be either: the order the user gave
};

struct DateOrderChoice
{
    std::string column; // the date column's name
    DateOrder order = DateOrder::Ymd;
    DateOrderBasis basis = DateOrderBasis::YearFirst;
    std::size_t exampleLine = 0; // for Values: a line that proves the order
    std::string exampleText; // its date, as "14/03/2024"
};

// nullopt when the table holds no date. Throws ts::Error (BadInput) starting with `source` and
// naming the column when the column holds day-first and month-first dates (with a line of
// each), when every date is ambiguous and `requested` is not given (naming --date-order), and
// when `requested` contradicts the values or is ymd for year-last dates.
std::optional<DateOrderChoice> decideDateOrder(SurveyTable &table, const std::string &column,
                                               std::optional<DateOrder> requested,
                                               const std::string &source);

// "day first (dmy), from the values (line 4: 14/03/2024)" and the like, for import reports.
std::string describeDateOrder(const DateOrderChoice &choice);

} // namespace ts::metrics
