// Leaves out the rows of a Qualtrics export that are no real customer's answers: previews, test
// and spam responses (the Status column) and unfinished ones (the Finished column).
#pragma once

#include "metrics/surveylayout.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts::metrics {

// How many rows each filter left out (a row is counted under the first that applies: status,
// then unfinished). Filtered rows are not bad rows.
struct FilteredRows
{
    std::size_t preview = 0; // Status "Survey Preview" (1)
    std::size_t test = 0; // "Survey Test" (2)
    std::size_t spam = 0; // "Spam" (8), "Preview Spam" (9), "Imported Spam" (12)
    std::size_t unfinished = 0; // Finished "0" / "False"
    std::size_t total() const { return preview + test + spam + unfinished; }
    void add(const FilteredRows &other);
};

class ResponseFilter
{
public:
    enum class Verdict { Keep, Preview, Test, Spam, Unfinished, Bad };

    // Active for the Qualtrics layout only, on its Status and Finished columns (by ImportId
    // "status" / "finished", else by name), when present.
    explicit ResponseFilter(const SurveyLayout &layout);

    // Kept are the real responses: Status "IP Address" (0), "Imported" (4), "Offline" (16) or
    // empty, and Finished "1" / "True" or empty. Any other value is Bad, with `problem` saying
    // which. Rows with the wrong number of cells are kept for the converter to report.
    Verdict judge(const std::vector<std::string_view> &fields, std::string &column,
                  std::string &problem) const;
    // Counts the verdict; false when the row is left out (Bad rows are left to the caller).
    static bool count(Verdict verdict, FilteredRows &counts);

private:
    std::optional<std::size_t> m_status;
    std::optional<std::size_t> m_finished;
    std::vector<std::string> m_names;
};

} // namespace ts::metrics
