#include "metrics/surveylayout.h"

#include "core/error.h"
#include "metrics/textutil.h"

#include <algorithm>

namespace ts::metrics {

namespace {

using Rows = std::vector<std::vector<std::string>>;

bool isImportIdCell(std::string_view cell)
{
    cell = trim(cell);
    return cell.starts_with('{') && cell.find("\"ImportId\"") != std::string_view::npos;
}

bool isSurveyMonkeyLabel(std::string_view cell)
{
    cell = trim(cell);
    return equalsIgnoringCase(cell, "Response") || equalsIgnoringCase(cell, "Open-Ended Response");
}

bool looksLikeQualtrics(const Rows &rows)
{
    return rows.size() >= 3 && std::any_of(rows[2].begin(), rows[2].end(), isImportIdCell);
}

// "V1", "V12": the column ids of Qualtrics' legacy export.
bool isLegacyId(std::string_view cell, std::size_t number)
{
    cell = trim(cell);
    return cell.size() >= 2 && (cell[0] == 'V' || cell[0] == 'v')
        && cell.substr(1) == std::to_string(number);
}

// The legacy export's first row starts V1,V2,V3 (then Q1, Q2_1, ...), and its second row labels
// them (ResponseID, ResponseSet, ...); no ImportId row.
bool looksLikeLegacyQualtrics(const Rows &rows)
{
    if (rows.size() < 2 || rows[0].size() < 3)
        return false;
    for (std::size_t i = 0; i < 3; ++i) {
        if (!isLegacyId(rows[0][i], i + 1))
            return false;
    }
    return !rows[1].empty() && !trim(rows[1][0]).empty();
}

bool looksLikeSurveyMonkey(const Rows &rows)
{
    return rows.size() >= 2 && std::any_of(rows[1].begin(), rows[1].end(), isSurveyMonkeyLabel);
}

std::string cell(const Rows &rows, std::size_t row, std::size_t column)
{
    if (row >= rows.size() || column >= rows[row].size())
        return {};
    return std::string(trim(rows[row][column]));
}

std::string columnNumber(std::size_t column)
{
    return "column " + std::to_string(column + 1);
}

// {"ImportId":"QID1"} -> QID1; a cell without one gives "".
std::string importIdOf(std::string_view json)
{
    const std::string_view key = "\"ImportId\"";
    std::size_t pos = json.find(key);
    if (pos == std::string_view::npos)
        return {};
    pos = json.find('"', json.find(':', pos + key.size()));
    if (pos == std::string_view::npos)
        return {};
    const std::size_t end = json.find('"', pos + 1);
    return end == std::string_view::npos ? std::string()
                                         : std::string(json.substr(pos + 1, end - pos - 1));
}

std::vector<SurveyColumn> genericColumns(const Rows &rows)
{
    std::vector<SurveyColumn> columns;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        std::string name = cell(rows, 0, i);
        columns.push_back({name.empty() ? columnNumber(i) : name, {}, {}, {}, {}});
    }
    return columns;
}

std::vector<SurveyColumn> qualtricsColumns(const Rows &rows)
{
    std::vector<SurveyColumn> columns;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        std::string name = cell(rows, 0, i);
        columns.push_back({name.empty() ? columnNumber(i) : name,
                           cell(rows, 1, i),
                           importIdOf(cell(rows, 2, i)),
                           {},
                           {}});
    }
    return columns;
}

// V columns are named by their label (so Status, Finished and StartDate are found as in the
// current export) and keep the V id for --map; Q columns keep their id, the text is the question.
std::vector<SurveyColumn> legacyQualtricsColumns(const Rows &rows)
{
    std::vector<SurveyColumn> columns;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        const std::string id = cell(rows, 0, i);
        const std::string label = cell(rows, 1, i);
        if (isLegacyId(id, i + 1) && !label.empty())
            columns.push_back({label, {}, id, {}, {}});
        else
            columns.push_back({id.empty() ? columnNumber(i) : id, label, {}, {}, {}});
    }
    return columns;
}

// A question with several answer columns names only the first; the others leave it blank.
// Such a question whose answers are labelled (not "Response") is a multi-select group.
std::vector<SurveyColumn> surveyMonkeyColumns(const Rows &rows)
{
    std::vector<SurveyColumn> columns;
    std::string question;
    std::size_t questionStart = 0;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        const std::string top = cell(rows, 0, i);
        const std::string answer = cell(rows, 1, i);
        if (!top.empty()) {
            question = top;
            questionStart = i;
        }
        std::string name = question;
        const bool labelled = !answer.empty() && !isSurveyMonkeyLabel(answer);
        if (labelled)
            name = question.empty() ? answer : question + " - " + answer;
        columns.push_back({name.empty() ? columnNumber(i) : name, {}, {}, {}, {}});
        // The second answer column of a question makes it a group, its first column included.
        if (labelled && !question.empty() && i > questionStart) {
            for (std::size_t g = questionStart; g <= i; ++g) {
                const std::string label = cell(rows, 1, g);
                if (label.empty() || isSurveyMonkeyLabel(label))
                    continue;
                columns[g].group = question;
                columns[g].answer = label;
            }
        }
    }
    return columns;
}

} // namespace

std::string_view formatName(Format format)
{
    switch (format) {
    case Format::Auto:
        return "auto";
    case Format::Generic:
        return "generic";
    case Format::Qualtrics:
        return "qualtrics";
    case Format::SurveyMonkey:
        return "surveymonkey";
    }
    return "auto";
}

std::optional<Format> formatFromName(std::string_view name)
{
    for (const Format format :
         {Format::Auto, Format::Generic, Format::Qualtrics, Format::SurveyMonkey}) {
        if (equalsIgnoringCase(trim(name), formatName(format)))
            return format;
    }
    return std::nullopt;
}

SurveyLayout SurveyLayout::detect(const Rows &firstRows, Format requested)
{
    if (firstRows.empty())
        fail(ErrorKind::BadInput, "the file has no header row");
    Format format = requested;
    const bool legacy = !looksLikeQualtrics(firstRows) && looksLikeLegacyQualtrics(firstRows);
    if (format == Format::Auto) {
        format = looksLikeQualtrics(firstRows) || legacy ? Format::Qualtrics
            : looksLikeSurveyMonkey(firstRows)           ? Format::SurveyMonkey
                                                         : Format::Generic;
    } else if (format == Format::Qualtrics && !legacy && !looksLikeQualtrics(firstRows)) {
        // Taking three header rows on trust would eat the first responses as a header.
        fail(ErrorKind::BadInput,
             "--format qualtrics was given, but the file has neither the third header row of "
             "{\"ImportId\":...} cells that Qualtrics writes nor the V1,V2,V3,... first row of "
             "its legacy export; export it from Qualtrics again with its header rows, or give "
             "--format generic (one header row)");
    }
    SurveyLayout layout;
    layout.format = format;
    switch (format) {
    case Format::Qualtrics:
        layout.legacyQualtrics = legacy;
        layout.headerRows = legacy ? 2 : 3;
        layout.columns = legacy ? legacyQualtricsColumns(firstRows) : qualtricsColumns(firstRows);
        break;
    case Format::SurveyMonkey:
        layout.headerRows = 2;
        layout.columns = surveyMonkeyColumns(firstRows);
        break;
    default:
        layout.headerRows = 1;
        layout.columns = genericColumns(firstRows);
        break;
    }
    if (firstRows.size() < layout.headerRows)
        fail(ErrorKind::BadInput,
             std::string(format == Format::Qualtrics
                             ? (layout.legacyQualtrics ? "a legacy Qualtrics" : "a Qualtrics")
                             : "a SurveyMonkey")
                 + " export has " + std::to_string(layout.headerRows)
                 + " header rows, but the file has only " + std::to_string(firstRows.size()));
    return layout;
}

} // namespace ts::metrics
