// The order of day, month and year in a date column, as `--date-order` names it.
#pragma once

#include <optional>
#include <string_view>

namespace ts::metrics {

enum class DateOrder { Dmy, Mdy, Ymd };

// "dmy", "mdy", "ymd".
std::string_view dateOrderName(DateOrder order);
// Case-insensitive; nullopt for anything else.
std::optional<DateOrder> dateOrderFromName(std::string_view name);

} // namespace ts::metrics
