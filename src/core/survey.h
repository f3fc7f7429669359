// Survey responses, the imports they came from, and metric targets.
#pragma once

#include "core/ids.h"

#include <optional>
#include <string>

namespace ts {

struct SurveyImport
{
    Id id = 0;
    std::string uid;
    std::string fileName;
    std::string importedAt; // ISO 8601
    int rows = 0;
    int rejected = 0;
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
