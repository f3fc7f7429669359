#include "app/metrics/surveypreview.h"

#include "core/error.h"
#include "metrics/csvreader.h"
#include "metrics/textencoding.h"

#include <fstream>

namespace ts::app {

std::vector<PreviewRecord> readPreview(const std::string &path, std::size_t count,
                                       std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::BadInput, path + ": cannot be opened for reading");
    std::string bytes(maxBytes, '\0');
    in.read(bytes.data(), std::streamsize(maxBytes));
    bytes.resize(std::size_t(in.gcount()));
    if (in.bad())
        throw Error(ErrorKind::BadInput, path + ": cannot be read");
    const bool cut = bytes.size() == maxBytes && in.peek() != std::char_traits<char>::eof();
    metrics::CsvReader reader(metrics::decodeText(std::move(bytes)).text);
    std::vector<PreviewRecord> out;
    metrics::CsvRow row;
    bool complete = true; // the last record read ended before the bytes did
    while (out.size() < count && reader.next(row)) {
        PreviewRecord record {row.line, {}};
        for (auto field : row.fields)
            record.fields.emplace_back(field);
        out.push_back(std::move(record));
        complete = reader.position() < reader.textFrom(0).size();
    }
    // The record the byte limit cut in two is not one of the file's: leave it out.
    if (cut && !complete && !out.empty())
        out.pop_back();
    return out;
}

} // namespace ts::app
