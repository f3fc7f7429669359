// Everything one workspace file holds, loaded into memory as plain values.
#pragma once

#include "core/canvas.h"
#include "core/card.h"
#include "core/department.h"
#include "core/initiative.h"
#include "core/journeymap.h"
#include "core/persona.h"
#include "core/review.h"
#include "core/snapshot.h"
#include "core/survey.h"

#include <vector>

namespace ts {

struct Workspace
{
    PurposeCanvas canvas;
    std::vector<OrgGoal> orgGoals;
    std::vector<CommunicationItem> communicationPlan;
    std::vector<Department> departments;
    std::vector<DepartmentGoal> departmentGoals;
    std::vector<Persona> personas;
    std::vector<JourneyMap> maps;
    std::vector<Stage> stages; // all maps, ordered by map then position
    std::vector<Lane> lanes;
    std::vector<Card> cards; // ordered by map, stage, lane, position
    std::vector<CardLink> cardLinks;
    std::vector<Initiative> initiatives;
    std::vector<SurveyImport> surveyImports;
    std::vector<SurveyResponse> responses;
    std::vector<MetricTarget> metricTargets;
    std::vector<Author> authors;
    std::vector<GapReview> reviews;
    std::vector<GapComment> comments;
    std::vector<GapEvent> events;
    std::vector<Snapshot> snapshots;

    bool operator==(const Workspace &) const = default;
};

// Find by id in one of the workspace's vectors; nullptr when absent.
template<typename T> const T *findById(const std::vector<T> &items, Id id)
{
    for (const auto &item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace ts
