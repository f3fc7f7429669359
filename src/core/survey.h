// Survey responses, the imports they came from, and metric targets.
#pragma once

#include "core/ids.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts {

// A stage or touchpoint name as an import's responses give it (surveyNameKey: trimmed,
// case-folded), and the stage or touchpoint card of a journey map it stands for. Made when the
// import is linked to its maps, so renaming the stage or card afterwards keeps its figures.
struct SurveyLink
{
    std::string name;
    Id targetId = 0; // a Stage's id (stage links) or a touchpoint Card's id (touchpoint links)
    bool operator==(const SurveyLink &) const = default;
};

// The hashes of an import's response ids whose lowest `bits` bits are zero, sorted: all of them
// for a small import, about 4,096 for any larger one, so two imports' shared responses can be
// estimated without keeping every id.
struct ResponseIdSample
{
    int bits = 0;
    std::vector<std::uint64_t> hashes;
    bool empty() const { return hashes.empty(); }
    bool operator==(const ResponseIdSample &) const = default;
};

struct SurveyImport
{
    Id id = 0;
    std::string uid;
    std::string fileName;
    std::string importedAt; // ISO 8601
    int rows = 0;
    int rejected = 0;
    // The journey maps the survey describes; none = on no map (in the workspace's overall
    // figures only). With one map every response belongs to it; with several, a response
    // belongs to the maps its stage or touchpoint is linked to.
    std::vector<Id> mapIds;
    std::vector<SurveyLink> stageLinks;
    std::vector<SurveyLink> touchpointLinks;
    // What tells a second import of the same data: a hash of the file's bytes (hex) and a
    // sample of the hashes of its response ids (core/earlierimport.h); empty when not known.
    std::string contentHash;
    ResponseIdSample responseIds;
    bool operator==(const SurveyImport &) const = default;
};

struct SurveyResponse
{
    Id id = 0;
    std::string uid;
    Id importId = 0;
    std::string customerId;
    std::string date; // YYYY-MM-DD or empty
    std::optional<int> nps; // 0..10
    std::optional<int> csat; // 1..5
    std::optional<int> ces; // 1..7
    std::string stage; // kept as given; matched to stages by name
    std::string touchpoint;
    std::string segment;
    std::optional<bool> retained;
    std::optional<bool> expansion;
    std::optional<bool> referral;
    std::string comment;
    bool operator==(const SurveyResponse &) const = default;
};

struct MetricTarget
{
    Id id = 0;
    std::string uid;
    std::string metric; // nps, csat, ces, retention
    std::string scope; // empty for overall, else a stage name
    double target = 0;
    std::optional<double> benchmark;
    bool operator==(const MetricTarget &) const = default;
};

} // namespace ts
