// The purpose canvas, the organisational and CX goals, and the communication plan.
#pragma once

#include "core/canvas.h"

#include <vector>

namespace ts::storage {

class Database;

class CanvasRepository
{
public:
    explicit CanvasRepository(Database &db)
        : m_db(db)
    { }

    PurposeCanvas canvas();
    void setCanvas(const PurposeCanvas &canvas);

    std::vector<OrgGoal> goals();
    void add(OrgGoal &goal);
    void update(const OrgGoal &goal);
    void removeGoal(Id id);
    void reorderGoals(const std::vector<Id> &order);

    std::vector<CommunicationItem> communicationPlan();
    void add(CommunicationItem &item);
    void update(const CommunicationItem &item);
    void removeCommunication(Id id);
    void reorderCommunication(const std::vector<Id> &order);

private:
    Database &m_db;
};

} // namespace ts::storage
