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
    std::string importId; // Qualtrics' ImportId ("QID1"); else empty
};

struct SurveyLayout
{
    Format format = Format::Generic;
    std::size_t headerRows = 1;
    std::vector<SurveyColumn> columns;

    // Qualtrics: three header rows, the third holding {"ImportId":"QID1"} cells. SurveyMonkey:
    // two, the second labelling answers "Response" or "Open-Ended Response". Otherwise one.
    // firstRows are the first (up to three) records; a requested format other than Auto is
    // trusted, and throws ts::Error when the file has fewer records than its header needs.
    static SurveyLayout detect(const std::vector<std::vector<std::string>> &firstRows,
                               Format requested = Format::Auto);
};

} // namespace ts::metrics
