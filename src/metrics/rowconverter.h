// Turns the cells of one data row into a SurveyRecord, or says which cell is bad and why.
#pragma once

#include "metrics/columnmapping.h"
#include "metrics/surveylayout.h"
#include "metrics/surveytable.h"

#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

struct RowProblem
{
    std::string column; // empty when the row as a whole is at fault
    std::string message;
};

// What converting a row noticed, for the import's report: which multi-select groups
// (ColumnMapping::groups) had several answers chosen, and which answer label each score was
// read from (its index in scoreLabels, -1 for a number or no value).
struct RowNotes
{
    std::uint32_t severalAnswers = 0; // bit g: group g
    int scoreLabels[3] = {-1, -1, -1}; // nps, csat, ces
};

class RowConverter
{
public:
    RowConverter(const SurveyLayout &layout, const ColumnMapping &mapping);

    // False when the row has the wrong number of cells or a value cannot be read; `problem` then
    // names the first bad cell. Empty cells are missing answers, not problems. The record's
    // texts view `fields`. A multi-select group's value is its one non-empty cell; a row with
    // several gets no value for that field (and `notes` says so).
    bool convert(const std::vector<std::string_view> &fields, SurveyRecord &record,
                 RowProblem &problem, RowNotes *notes = nullptr) const;

    bool hasTargets() const { return !m_targets.empty() || !m_groups.empty(); }

private:
    struct Target
    {
        std::size_t column;
        Field field;
    };
    struct GroupTarget
    {
        std::vector<std::size_t> columns;
        Field field;
    };

    bool fail(const Target &target, std::string_view text, std::string_view reason,
              RowProblem &problem) const;

    std::vector<Target> m_targets;
    std::vector<GroupTarget> m_groups; // at most 32, one bit each in RowNotes
    std::vector<std::string> m_names;
};

} // namespace ts::metrics
