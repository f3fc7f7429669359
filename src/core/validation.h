// Domain rules for each entity; an empty string means valid, else a user-readable problem.
#pragma once

#include "core/error.h"
#include "core/workspace.h"

#include <string>

namespace ts {

std::string problemWith(const OrgGoal &goal);
std::string problemWith(const CommunicationItem &item);
std::string problemWith(const Department &department);
std::string problemWith(const DepartmentGoal &goal);
std::string problemWith(const Persona &persona);
std::string problemWith(const JourneyMap &map);
std::string problemWith(const Stage &stage);
std::string problemWith(const Lane &lane);
std::string problemWith(const Card &card);
std::string problemWith(const Initiative &initiative);
std::string problemWith(const SurveyResponse &response);
std::string problemWith(const MetricTarget &target);
std::string problemWith(const Author &author);
std::string problemWith(const CardLink &link);
std::string problemWith(const SurveyImport &record);
std::string problemWith(const GapReview &review);
std::string problemWith(const GapComment &comment);
std::string problemWith(const GapEvent &event);

// Throws Error(BadInput) naming `what` when the entity breaks a rule.
template<typename T> void requireValid(const T &entity, const std::string &what)
{
    if (auto problem = problemWith(entity); !problem.empty())
        throw Error(ErrorKind::BadInput, what + ": " + problem);
}

} // namespace ts
