// Shared by the survey import tests: fixture paths, calendar days, and the message of a refused
// import (imported as "test.csv", the name the messages then carry).
#pragma once

#include "core/error.h"
#include "metrics/civildate.h"
#include "metrics/surveyimporter.h"

#include <cstdint>
#include <string>
#include <utility>

namespace ts::test {

inline std::string fixture(const std::string &name)
{
    return std::string(TOUCHSTONE_TEST_DATA) + "/survey/" + name;
}

inline std::int32_t days(int year, int month, int day)
{
    return metrics::CivilDate {year, month, day}.toDays();
}

inline std::string importError(const std::string &text, metrics::ImportOptions options = {})
{
    try {
        metrics::SurveyImporter(std::move(options)).importText(text, "test.csv");
    } catch (const ts::Error &error) {
        return error.what();
    }
    return "no error";
}

} // namespace ts::test
