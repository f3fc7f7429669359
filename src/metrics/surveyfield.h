// The survey fields a CSV column can be mapped to (docs/CLI.md), with their stable names.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ts::metrics {

enum class Field {
    CustomerId,
    Date,
    Nps,
    Csat,
    Ces,
    Stage,
    Touchpoint,
    Segment,
    Retained,
    Churned,
    Expansion,
    Referral,
    Comment
};

inline constexpr std::array<Field, 13> kAllFields
    = {Field::CustomerId, Field::Date,       Field::Nps,     Field::Csat,     Field::Ces,
       Field::Stage,      Field::Touchpoint, Field::Segment, Field::Retained, Field::Churned,
       Field::Expansion,  Field::Referral,   Field::Comment};

// "customer_id", "nps", ... as docs/CLI.md and `--map COLUMN=FIELD` spell them.
std::string_view fieldName(Field field);
// Case-insensitive; nullopt for anything that is not a field name.
std::optional<Field> fieldFromName(std::string_view name);

// The inclusive range of a score field (nps 0-10, csat 1-5, ces 1-7).
struct ScoreScale
{
    int low = 0;
    int high = 0;
};
ScoreScale scaleOf(Field scoreField);

} // namespace ts::metrics
