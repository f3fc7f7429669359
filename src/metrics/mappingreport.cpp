#include "metrics/mappingreport.h"

namespace ts::metrics {

namespace {

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

std::string columnLabel(const SurveyColumn &column)
{
    std::string label = quoted(column.name);
    if (!column.question.empty() && column.question != column.name)
        label += " (" + column.question + ")";
    return label;
}

std::string groupLabel(const ImportResult &result, const ColumnGroup &group)
{
    std::string answers;
    for (const std::size_t c : group.columns)
        answers += (answers.empty() ? "" : ", ") + result.layout.columns[c].answer;
    return quoted(group.question) + " (several answers: " + answers + ")";
}

} // namespace

std::vector<std::string> describeMapping(const ImportResult &result)
{
    std::vector<std::string> lines;
    std::string unnamed;
    const ColumnMapping &mapping = result.mapping;
    for (std::size_t c = 0; c < result.layout.columns.size(); ++c) {
        const SurveyColumn &column = result.layout.columns[c];
        const std::string reason = c < mapping.reasons.size() ? mapping.reasons[c] : "";
        if (const ColumnGroup *group = mapping.groupOf(c)) {
            if (group->columns.front() == c)
                lines.push_back(groupLabel(result, *group) + " -> "
                                + std::string(fieldName(group->field)) + ": " + reason);
            continue;
        }
        if (c < mapping.fields.size() && mapping.fields[c])
            lines.push_back(columnLabel(column) + " -> "
                            + std::string(fieldName(mapping.fields[c].value()))
                            + (reason.empty() ? "" : ": " + reason));
        else if (!reason.empty())
            lines.push_back(columnLabel(column) + " -> not imported: " + reason);
        else
            unnamed += (unnamed.empty() ? "" : ", ") + quoted(column.name);
    }
    if (!unnamed.empty())
        lines.push_back("not imported, no field's wording: " + unnamed);
    for (const LabelsRead &read : result.labelsRead) {
        std::string labels;
        for (const ScoreLabel &label : read.labels)
            labels += (labels.empty() ? "" : ", ") + std::string(label.text) + " = "
                + std::to_string(label.value);
        lines.push_back(quoted(read.column) + " (" + std::string(fieldName(read.field))
                        + "): labels read as: " + labels);
    }
    for (const SeveralAnswers &several : result.severalAnswers) {
        if (!several.responses)
            continue;
        const std::string field(fieldName(several.field));
        lines.push_back(std::to_string(several.responses) + " response"
                        + (several.responses == 1 ? "" : "s") + " chose several " + field
                        + "s: kept with no " + field);
    }
    return lines;
}

} // namespace ts::metrics
