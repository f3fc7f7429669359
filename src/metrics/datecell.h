// Reads one date cell before its column's day/month order is known.
//
// A year-first date (2024-03-05) is read at once as days since 1970-01-01. A year-last date
// (05/03/2024, 14.03.2024) is kept as a "pending" code that holds its year, its first and its
// second field; once the whole column has been read, DateOrderDecision decides the column's order
// and turns every pending code into days. That keeps the import to one pass over the text.
#pragma once

#include "metrics/dateorder.h"
#include "metrics/valueparser.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ts::metrics {

// What a year-last date says about its column's order.
enum class DateEvidence { None, DayFirst, MonthFirst };

// Days since 1970-01-01, or a pending code. A time of day (hh:mm[:ss[.fff]], AM/PM) and a time
// zone (Z, +01:00, +0100, GMT+1, UTC) may follow the date after a space or 'T'; they are checked
// and then dropped: the stored day is the calendar day as written, in the respondent's local
// time (2024-03-05T23:30:00-05:00 is 5 March, not 6 March in UTC), because that is the day an
// analyst sees in the export and in the survey tool. A year-last date is checked for both orders
// its fields allow (31/04/2024 is no day in either).
Parsed<std::int32_t> readDateCell(std::string_view text);

bool isPendingDate(std::int32_t code);
DateEvidence evidenceOf(std::int32_t pendingCode);
// The day of a pending code read in `order` (Dmy or Mdy), or kNoDate when it is no day then.
std::int32_t resolvePendingDate(std::int32_t pendingCode, DateOrder order);
// The date as the export wrote it, fields zero-padded: "05/03/2024".
std::string pendingDateText(std::int32_t pendingCode);

} // namespace ts::metrics
