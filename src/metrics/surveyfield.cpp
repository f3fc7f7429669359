#include "metrics/surveyfield.h"

#include "metrics/textutil.h"

namespace ts::metrics {

std::string_view fieldName(Field field)
{
    switch (field) {
    case Field::CustomerId:
        return "customer_id";
    case Field::Date:
        return "date";
    case Field::Nps:
        return "nps";
    case Field::Csat:
        return "csat";
    case Field::Ces:
        return "ces";
    case Field::Stage:
        return "stage";
    case Field::Touchpoint:
        return "touchpoint";
    case Field::Segment:
        return "segment";
    case Field::Retained:
        return "retained";
    case Field::Churned:
        return "churned";
    case Field::Expansion:
        return "expansion";
    case Field::Referral:
        return "referral";
    case Field::Comment:
        return "comment";
    }
    return "";
}

std::optional<Field> fieldFromName(std::string_view name)
{
    const std::string_view trimmed = trim(name);
    for (const Field field : kAllFields) {
        if (equalsIgnoringCase(trimmed, fieldName(field)))
            return field;
    }
    return std::nullopt;
}

ScoreScale scaleOf(Field scoreField)
{
    switch (scoreField) {
    case Field::Nps:
        return {0, 10};
    case Field::Csat:
        return {1, 5};
    case Field::Ces:
        return {1, 7};
    default:
        return {0, 0};
    }
}

} // namespace ts::metrics
