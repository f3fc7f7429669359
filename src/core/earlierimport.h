// Tells when a survey about to be imported was imported before: the same file, or responses
// whose ids an earlier import already holds. Importing it again would count each answer twice.
#pragma once

#include "core/survey.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts {

// The sample kept of an import's response-id hashes (ResponseIdSample): the fewest low zero
// bits that keep at most 4,096 of them.
ResponseIdSample sampleResponseIds(std::vector<std::uint64_t> hashes);

struct EarlierImport
{
    const SurveyImport *import = nullptr;
    bool sameFile = false; // the same bytes
    // Responses of the new import whose ids the earlier one holds: exact when both samples keep
    // every id, else estimated from the samples (rounded, at most `rows`).
    std::size_t sharedResponses = 0;
};

// The first earlier import that holds the same file or shares response ids with `candidate`
// (its contentHash and responseIds set; `rows` its number of responses); nullopt when none.
std::optional<EarlierImport> findEarlierImport(const std::vector<SurveyImport> &imports,
                                               const SurveyImport &candidate, std::size_t rows);

// What was found, as one sentence for the CLI's error and the import dialog: `the same file was
// imported on 2026-12-06 as "nps.csv"`, or `412 of its 500 responses (by their ids in column
// "ResponseId") were imported on 2026-12-06 from "nps.csv"` ("about" when estimated).
std::string describeEarlierImport(const EarlierImport &earlier, std::size_t rows,
                                  const std::string &idColumn);

} // namespace ts
