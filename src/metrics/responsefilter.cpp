#include "metrics/responsefilter.h"

#include "metrics/textutil.h"
#include "metrics/valueparser.h"

#include <array>

namespace ts::metrics {

namespace {

using Verdict = ResponseFilter::Verdict;

struct StatusWord
{
    std::string_view label; // the choice-text export
    std::string_view code; // the numeric export
    Verdict verdict;
};

// Qualtrics' response types ("Status", ImportId "status").
constexpr std::array kStatuses = {
    StatusWord {"IP Address", "0", Verdict::Keep},
    StatusWord {"Survey Preview", "1", Verdict::Preview},
    StatusWord {"Survey Test", "2", Verdict::Test},
    StatusWord {"Imported", "4", Verdict::Keep},
    StatusWord {"Spam", "8", Verdict::Spam},
    StatusWord {"Preview Spam", "9", Verdict::Spam},
    StatusWord {"Imported Spam", "12", Verdict::Spam},
    StatusWord {"Offline", "16", Verdict::Keep},
};

std::optional<std::size_t> findColumn(const SurveyLayout &layout, std::string_view id)
{
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        if (equalsIgnoringCase(layout.columns[c].importId, id))
            return c;
    }
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        if (equalsIgnoringCase(trim(layout.columns[c].name), id))
            return c;
    }
    return std::nullopt;
}

} // namespace

void FilteredRows::add(const FilteredRows &other)
{
    preview += other.preview;
    test += other.test;
    spam += other.spam;
    unfinished += other.unfinished;
}

ResponseFilter::ResponseFilter(const SurveyLayout &layout)
{
    if (layout.format != Format::Qualtrics)
        return;
    m_status = findColumn(layout, "status");
    m_finished = findColumn(layout, "finished");
    for (const SurveyColumn &column : layout.columns)
        m_names.push_back(column.name);
}

ResponseFilter::Verdict ResponseFilter::judge(const std::vector<std::string_view> &fields,
                                              std::string &column, std::string &problem) const
{
    if ((!m_status && !m_finished) || fields.size() != m_names.size())
        return Verdict::Keep;
    if (m_status) {
        const std::string_view status = trim(fields[*m_status]);
        if (!status.empty()) {
            const StatusWord *found = nullptr;
            for (const StatusWord &word : kStatuses) {
                if (status == word.code || equalsIgnoringCase(status, word.label))
                    found = &word;
            }
            if (!found) {
                column = m_names[*m_status];
                problem = "column \"" + column + "\": \"" + std::string(status)
                    + "\" is not a Qualtrics response type (IP Address, Survey Preview, Survey "
                      "Test, Imported, Spam, Preview Spam, Imported Spam, Offline, or 0, 1, 2, "
                      "4, 8, 9, 12, 16)";
                return Verdict::Bad;
            }
            if (found->verdict != Verdict::Keep)
                return found->verdict;
        }
    }
    if (m_finished) {
        const std::string_view finished = trim(fields[*m_finished]);
        if (!finished.empty()) {
            const auto flag = parseFlag(finished);
            if (!flag) {
                column = m_names[*m_finished];
                problem = "column \"" + column + "\": \"" + std::string(finished) + "\" is "
                    + std::string(flag.error);
                return Verdict::Bad;
            }
            if (!flag.value)
                return Verdict::Unfinished;
        }
    }
    return Verdict::Keep;
}

bool ResponseFilter::count(Verdict verdict, FilteredRows &counts)
{
    switch (verdict) {
    case Verdict::Preview:
        ++counts.preview;
        return false;
    case Verdict::Test:
        ++counts.test;
        return false;
    case Verdict::Spam:
        ++counts.spam;
        return false;
    case Verdict::Unfinished:
        ++counts.unfinished;
        return false;
    default:
        return true;
    }
}

} // namespace ts::metrics
