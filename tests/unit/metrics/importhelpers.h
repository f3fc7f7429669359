// Shared by the survey import tests: fixture paths, calendar days, and the message of a refused
// import (imported as "test.csv", the name the messages then carry).
#pragma once

#include "core/error.h"
#include "metrics/civildate.h"
#include "metrics/surveyimporter.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

namespace ts::test {

inline std::string fixture(const std::string &name)
{
    return std::string(TOUCHSTONE_TEST_DATA) + "/survey/" + name;
}

// The bytes of a file, as the importer reads them.
inline std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
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
