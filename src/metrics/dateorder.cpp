#include "metrics/dateorder.h"

#include "metrics/textutil.h"

namespace ts::metrics {

std::string_view dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Dmy:
        return "dmy";
    case DateOrder::Mdy:
        return "mdy";
    default:
        return "ymd";
    }
}

std::optional<DateOrder> dateOrderFromName(std::string_view name)
{
    for (const DateOrder order : {DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd}) {
        if (equalsIgnoringCase(name, dateOrderName(order)))
            return order;
    }
    return std::nullopt;
}

} // namespace ts::metrics
