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

class RowConverter
{
public:
    RowConverter(const SurveyLayout &layout, const ColumnMapping &mapping);

    // False when the row has the wrong number of cells or a value cannot be read; `problem` then
    // names the first bad cell. Empty cells are missing answers, not problems. The record's
    // texts view `fields`.
    bool convert(const std::vector<std::string_view> &fields, SurveyRecord &record,
                 RowProblem &problem) const;

    bool hasTargets() const { return !m_targets.empty(); }

private:
    struct Target
    {
        std::size_t column;
        Field field;
    };

    bool fail(const Target &target, std::string_view text, std::string_view reason,
              RowProblem &problem) const;

    std::vector<Target> m_targets;
    std::vector<std::string> m_names;
};

} // namespace ts::metrics
