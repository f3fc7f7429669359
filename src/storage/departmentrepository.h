// Departments and their goals, with the links from department goals to organisational goals.
#pragma once

#include "core/department.h"

#include <vector>

namespace ts::storage {

class Database;

class DepartmentRepository
{
public:
    explicit DepartmentRepository(Database &db)
        : m_db(db)
    { }

    std::vector<Department> departments();
    void add(Department &department);
    void update(const Department &department);
    void remove(Id id); // with its goals; cards and initiatives it owned keep no owner
    void reorder(const std::vector<Id> &order);

    std::vector<DepartmentGoal> goals(); // with `supports` filled
    void add(DepartmentGoal &goal); // with its supports, one transaction
    void update(const DepartmentGoal &goal);
    void removeGoal(Id id);
    void reorderGoals(const std::vector<Id> &order);

private:
    void writeSupports(const DepartmentGoal &goal);
    Database &m_db;
};

} // namespace ts::storage
