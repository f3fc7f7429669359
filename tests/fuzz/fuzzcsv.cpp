// libFuzzer target: survey CSV import with every layout and delimiter, and the raw CSV reader.
#include "core/error.h"
#include "metrics/csvreader.h"
#include "metrics/surveyimporter.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using ts::metrics::Format;

// The first byte picks the layout and the delimiter, so the fuzzer can reach every combination
// from one input; the rest is the file's bytes.
void importWith(const std::string &bytes, Format format, char delimiter)
{
    ts::metrics::ImportOptions options;
    options.format = format;
    options.delimiter = delimiter;
    options.maxBadRowsListed = 50;
    try {
        const auto result = ts::metrics::SurveyImporter(options).importText(bytes, "fuzz.csv");
        (void)result.table;
    } catch (const ts::Error &) {
        // Rejected with a message: the expected outcome for bad input.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    constexpr Format kFormats[]
        = {Format::Auto, Format::Generic, Format::Qualtrics, Format::SurveyMonkey};
    constexpr char kDelimiters[] = {0, ',', ';', '\t'};
    const unsigned selector = data[0];
    const std::string bytes(reinterpret_cast<const char *>(data) + 1, size - 1);

    // The reader alone, with detection and a forced delimiter.
    ts::metrics::CsvReader reader(bytes, kDelimiters[(selector >> 2) & 3]);
    ts::metrics::CsvRow row;
    while (reader.next(row))
        (void)row.fields.size();

    importWith(bytes, kFormats[selector & 3], kDelimiters[(selector >> 2) & 3]);
    // Auto detection on every input too, so seeds without a selector byte still cover it.
    if ((selector & 3) != 0)
        importWith(bytes, Format::Auto, 0);
    return 0;
}
