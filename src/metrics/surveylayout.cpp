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
        columns.push_back({name.empty() ? columnNumber(i) : name, {}, {}});
    }
    return columns;
}

std::vector<SurveyColumn> qualtricsColumns(const Rows &rows)
{
    std::vector<SurveyColumn> columns;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        std::string name = cell(rows, 0, i);
        columns.push_back({name.empty() ? columnNumber(i) : name, cell(rows, 1, i),
                           importIdOf(cell(rows, 2, i))});
    }
    return columns;
}

// A question with several answer columns names only the first; the others leave it blank.
std::vector<SurveyColumn> surveyMonkeyColumns(const Rows &rows)
{
    std::vector<SurveyColumn> columns;
    std::string question;
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        const std::string top = cell(rows, 0, i);
        const std::string answer = cell(rows, 1, i);
        if (!top.empty())
            question = top;
        std::string name = question;
        if (!answer.empty() && !isSurveyMonkeyLabel(answer))
            name = question.empty() ? answer : question + " - " + answer;
        columns.push_back({name.empty() ? columnNumber(i) : name, {}, {}});
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
    if (format == Format::Auto) {
        format = looksLikeQualtrics(firstRows) ? Format::Qualtrics
            : looksLikeSurveyMonkey(firstRows) ? Format::SurveyMonkey
                                               : Format::Generic;
    }
    SurveyLayout layout;
    layout.format = format;
    switch (format) {
    case Format::Qualtrics:
        layout.headerRows = 3;
        layout.columns = qualtricsColumns(firstRows);
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
             std::string(format == Format::Qualtrics ? "a Qualtrics" : "a SurveyMonkey")
                 + " export has " + std::to_string(layout.headerRows)
                 + " header rows, but the file has only " + std::to_string(firstRows.size()));
    return layout;
}

} // namespace ts::metrics
