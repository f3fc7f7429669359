// The first records of a survey export as text, for the import dialog's mapping preview.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ts::app {

struct PreviewRecord
{
    std::size_t line = 0; // 1-based physical line where the record starts
    std::vector<std::string> fields;
};

// Reads at most the first `maxBytes` of the file (decoded to UTF-8, delimiter detected) and
// returns up to `count` records, header rows included (a record the limit cuts is left out).
// Throws ts::Error naming the file when it
// cannot be read.
std::vector<PreviewRecord> readPreview(const std::string &path, std::size_t count,
                                       std::size_t maxBytes = 1 << 20);

} // namespace ts::app
