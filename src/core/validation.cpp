#include "core/validation.h"

#include "core/error.h"
#include "core/quarter.h"

#include <algorithm>
#include <cmath>

namespace ts {
namespace {

bool blank(const std::string &text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string uidProblem(const std::string &uid)
{
    return isUid(uid) ? std::string() : "\"" + uid + "\" is not a valid uid";
}

bool inRange(const std::optional<int> &v, int low, int high)
{
    return !v || (*v >= low && *v <= high);
}

bool inRange(const std::optional<double> &v, double low, double high)
{
    return !v || (std::isfinite(*v) && *v >= low && *v <= high);
}

bool isColor(const std::string &text)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    return text.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
}

} // namespace

std::string problemWith(const OrgGoal &goal)
{
    if (blank(goal.title))
        return "a goal needs a title";
    return uidProblem(goal.uid);
}

std::string problemWith(const CommunicationItem &item)
{
    if (blank(item.audience))
        return "a communication needs an audience";
    if (!item.date.empty() && !isIsoDate(item.date))
        return "\"" + item.date + "\" is not a date (YYYY-MM-DD)";
    return uidProblem(item.uid);
}

std::string problemWith(const Department &department)
{
    if (blank(department.name))
        return "a department needs a name";
    return uidProblem(department.uid);
}

std::string problemWith(const DepartmentGoal &goal)
{
    if (blank(goal.title))
        return "a department goal needs a title";
    if (goal.departmentId <= 0)
        return "a department goal belongs to a department";
    return uidProblem(goal.uid);
}

std::string problemWith(const Persona &persona)
{
    if (blank(persona.name))
        return "a persona needs a name";
    return uidProblem(persona.uid);
}

std::string problemWith(const JourneyMap &map)
{
    if (blank(map.name))
        return "a journey map needs a name";
    return uidProblem(map.uid);
}

std::string problemWith(const Stage &stage)
{
    if (blank(stage.name))
        return "a stage needs a name";
    if (!isColor(stage.color))
        return "stage colour \"" + stage.color + "\" is not #RRGGBB";
    if (!inRange(stage.emotionAsIs, -3, 3) || !inRange(stage.emotionToBe, -3, 3))
        return "an emotion is between -3 and +3";
    return uidProblem(stage.uid);
}

std::string problemWith(const Lane &lane)
{
    if (blank(lane.title))
        return "a lane needs a title";
    return uidProblem(lane.uid);
}

std::string problemWith(const Card &card)
{
    if (blank(card.title))
        return "a card needs a title";
    if (card.stageId <= 0 || card.laneId <= 0)
        return "a card sits in a stage and a lane";
    if (card.channel && !isKnownChannel(*card.channel))
        return "\"" + *card.channel + "\" is not a known channel";
    if (!inRange(card.currentScore, 0.0, 10.0) || !inRange(card.targetScore, 0.0, 10.0))
        return "a touchpoint score is between 0 and 10";
    return uidProblem(card.uid);
}

std::string problemWith(const Initiative &initiative)
{
    if (blank(initiative.title))
        return "an initiative needs a title";
    for (const auto *q : {&initiative.startQuarter, &initiative.endQuarter})
        if (!q->empty() && !Quarter::parse(*q))
            return "\"" + *q + "\" is not a quarter (YYYY-Qn)";
    if (!initiative.startQuarter.empty() && !initiative.endQuarter.empty()
        && *Quarter::parse(initiative.endQuarter) < *Quarter::parse(initiative.startQuarter))
        return "an initiative cannot end (" + initiative.endQuarter + ") before it starts ("
            + initiative.startQuarter + ")";
    if (!inRange(initiative.cost, 0.0, 1e15) || !inRange(initiative.effort, 0.0, 1e9))
        return "cost and effort are positive numbers";
    return uidProblem(initiative.uid);
}

std::string problemWith(const SurveyResponse &response)
{
    if (!inRange(response.nps, 0, 10))
        return "NPS answer " + std::to_string(*response.nps) + " is not between 0 and 10";
    if (!inRange(response.csat, 1, 5))
        return "CSAT answer " + std::to_string(*response.csat) + " is not between 1 and 5";
    if (!inRange(response.ces, 1, 7))
        return "CES answer " + std::to_string(*response.ces) + " is not between 1 and 7";
    if (!response.date.empty() && !isIsoDate(response.date))
        return "\"" + response.date + "\" is not a date (YYYY-MM-DD)";
    return uidProblem(response.uid);
}

std::string problemWith(const MetricTarget &target)
{
    static const std::string known[] = {"nps", "csat", "ces", "retention", "conversion"};
    if (std::find(std::begin(known), std::end(known), target.metric) == std::end(known))
        return "\"" + target.metric + "\" is not a metric (nps, csat, ces, retention, conversion)";
    if (!std::isfinite(target.target))
        return "a target is a number";
    return uidProblem(target.uid);
}

std::string problemWith(const Author &author)
{
    if (blank(author.name))
        return "an author needs a name";
    return uidProblem(author.uid);
}

std::string problemWith(const CardLink &link)
{
    if (link.fromCardId == link.toCardId)
        return "a card cannot link to itself";
    return uidProblem(link.uid);
}

std::string problemWith(const SurveyImport &record)
{
    if (record.rows < 0 || record.rejected < 0)
        return "row counts cannot be negative";
    return uidProblem(record.uid);
}

std::string problemWith(const GapReview &review)
{
    if (blank(review.ruleId))
        return "a review names the gap rule it reviews";
    if (!review.updatedAt.empty() && !isIsoDateTime(review.updatedAt))
        return "\"" + review.updatedAt + "\" is not an ISO 8601 time";
    return uidProblem(review.uid);
}

std::string problemWith(const GapComment &comment)
{
    if (blank(comment.text))
        return "a comment needs text";
    if (!isIsoDateTime(comment.at))
        return "\"" + comment.at + "\" is not an ISO 8601 time";
    return uidProblem(comment.uid);
}

std::string problemWith(const GapEvent &event)
{
    if (!isIsoDateTime(event.at))
        return "\"" + event.at + "\" is not an ISO 8601 time";
    return uidProblem(event.uid);
}

} // namespace ts
