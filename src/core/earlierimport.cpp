#include "core/earlierimport.h"

#include <algorithm>
#include <cmath>

namespace ts {
namespace {

constexpr std::size_t kSampleSize = 4096;

bool keeps(std::uint64_t hash, int bits)
{
    return bits == 0 || (hash & ((std::uint64_t(1) << bits) - 1)) == 0;
}

std::vector<std::uint64_t> thinned(const ResponseIdSample &sample, int bits)
{
    std::vector<std::uint64_t> kept;
    for (const auto hash : sample.hashes)
        if (keeps(hash, bits))
            kept.push_back(hash);
    return kept;
}

std::size_t sharedIds(const ResponseIdSample &a, const ResponseIdSample &b, std::size_t rows)
{
    if (a.empty() || b.empty())
        return 0;
    const int bits = std::max(a.bits, b.bits);
    const auto left = thinned(a, bits), right = thinned(b, bits);
    std::vector<std::uint64_t> common;
    std::set_intersection(left.begin(), left.end(), right.begin(), right.end(),
                          std::back_inserter(common));
    if (common.empty())
        return 0;
    const double estimate = std::ldexp(double(common.size()), bits);
    return std::max<std::size_t>(1, std::min(rows, std::size_t(std::llround(estimate))));
}

} // namespace

ResponseIdSample sampleResponseIds(std::vector<std::uint64_t> hashes)
{
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    ResponseIdSample sample;
    while (sample.bits < 63) {
        const auto kept = std::count_if(hashes.begin(), hashes.end(),
                                        [&](std::uint64_t h) { return keeps(h, sample.bits); });
        if (std::size_t(kept) <= kSampleSize)
            break;
        ++sample.bits;
    }
    for (const auto hash : hashes)
        if (keeps(hash, sample.bits))
            sample.hashes.push_back(hash);
    return sample;
}

std::optional<EarlierImport> findEarlierImport(const std::vector<SurveyImport> &imports,
                                               const SurveyImport &candidate, std::size_t rows)
{
    for (const auto &earlier : imports) {
        if (!candidate.contentHash.empty() && earlier.contentHash == candidate.contentHash)
            return EarlierImport {&earlier, true, rows};
        if (const auto shared = sharedIds(candidate.responseIds, earlier.responseIds, rows))
            return EarlierImport {&earlier, false, shared};
    }
    return std::nullopt;
}

std::string describeEarlierImport(const EarlierImport &earlier, std::size_t rows,
                                  const std::string &idColumn)
{
    const auto &import = *earlier.import;
    const std::string day = import.importedAt.substr(0, 10);
    if (earlier.sameFile)
        return "the same file was imported on " + day + " as \"" + import.fileName + "\"";
    const bool exact = import.responseIds.bits == 0;
    return std::string(exact ? "" : "about ") + std::to_string(earlier.sharedResponses) + " of its "
        + std::to_string(rows) + " responses (by their ids in column \"" + idColumn
        + "\") were imported on " + day + " from \"" + import.fileName + "\"";
}

} // namespace ts
