// Recognises the header layout of a survey export: a plain header row, Qualtrics or SurveyMonkey.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

enum class Format { Auto, Generic, Qualtrics, SurveyMonkey };

// "auto", "generic", "qualtrics", "surveymonkey" as `--format` spells them.
std::string_view formatName(Format format);
std::optional<Format> formatFromName(std::string_view name);

struct SurveyColumn
{
    // What messages and `--map COLUMN=FIELD` call the column: the header; Qualtrics' column id
    // (Q1, RecordedDate); SurveyMonkey's question, with the answer label when the question
    // spans several columns ("Which channels? - Phone").
    std::string name;
    std::string question; // Qualtrics' question text (second header row); else empty
    // Qualtrics' ImportId ("QID1"), or the legacy Qualtrics export's column id ("V8"); else empty
    std::string importId;
    // SurveyMonkey: a question answered in several columns (multi-select), each holding its
    // answer's label when chosen: the question ("Which channel(s) did you use?") and the answer
    // ("Email"). Else empty.
    std::string group;
    std::string answer;
};

struct SurveyLayout
{
    Format format = Format::Generic;
    std::size_t headerRows = 1;
    std::vector<SurveyColumn> columns;

    bool legacyQualtrics = false; // the V1,V2,... layout of Qualtrics' legacy export

    // Qualtrics: three header rows, the third holding {"ImportId":"QID1"} cells; or the legacy
    // export's two, a first row V1,V2,... then Q ids and a second of labels (ResponseID,
    // Status, StartDate, ... then the question texts), whose V columns are named by their label.
    // SurveyMonkey: two, the second labelling answers "Response" or "Open-Ended Response".
    // Otherwise one. firstRows are the first (up to three) records; a requested format other
    // than Auto is trusted, and throws ts::Error when the file has fewer records than its header
    // needs, or when Qualtrics is requested for a file with neither Qualtrics header.
    static SurveyLayout detect(const std::vector<std::vector<std::string>> &firstRows,
                               Format requested = Format::Auto);
};

} // namespace ts::metrics
