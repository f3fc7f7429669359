// Survey responses as columns of compact values: a million fit in tens of megabytes.
#pragma once

#include "metrics/civildate.h"
#include "metrics/stringcolumn.h"
#include "metrics/stringdictionary.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ts::metrics {

// One response as plain values, to append to or read from a SurveyTable.
struct SurveyRecord
{
    std::uint32_t line = 0; // line in the source file, 0 when it did not come from one
    std::string_view customerId;
    std::optional<std::int32_t> date; // days since 1970-01-01 (CivilDate)
    std::optional<int> nps; // 0..10
    std::optional<int> csat; // 1..5
    std::optional<int> ces; // 1..7
    std::string_view stage;
    std::string_view touchpoint;
    std::string_view segment;
    std::optional<bool> retained; // churned is stored as !retained
    std::optional<bool> expansion;
    std::optional<bool> referral;
    std::string_view comment;
};

// Every column has one entry per response. Missing values: -1 in the int8 columns (scores and
// flags, which hold 0/1), kNoDate in `date`, StringDictionary::kNone in the category codes and an
// empty text in the string columns.
struct SurveyTable
{
    static constexpr std::int8_t kMissing = -1;

    std::vector<std::uint32_t> line;
    StringColumn customerId;
    std::vector<std::int32_t> date;
    std::vector<std::int8_t> nps;
    std::vector<std::int8_t> csat;
    std::vector<std::int8_t> ces;
    std::vector<std::uint32_t> stage; // codes into `stages`
    std::vector<std::uint32_t> touchpoint;
    std::vector<std::uint32_t> segment;
    StringDictionary stages;
    StringDictionary touchpoints;
    StringDictionary segments;
    std::vector<std::int8_t> retained;
    std::vector<std::int8_t> expansion;
    std::vector<std::int8_t> referral;
    StringColumn comment;

    // Which import each run of rows came from, in order: filled by storage::loadSurveyTable,
    // empty in tables made otherwise (an import, a filter). importId 0: responses that belong
    // to no import.
    struct ImportRows
    {
        std::int64_t importId = 0;
        std::size_t rows = 0;
    };
    std::vector<ImportRows> imports;

    std::size_t size() const { return line.size(); }
    void reserve(std::size_t rows);
    // Scores outside their scale are stored as missing: check them before (parseScore does).
    void append(const SurveyRecord &record);
    // Appends every row of `part`, re-interning its category texts: codes new to this table are
    // given in the order `part` first used them, as if its rows had been appended one by one.
    void appendTable(SurveyTable &&part);
    SurveyRecord record(std::size_t row) const;
};

} // namespace ts::metrics
