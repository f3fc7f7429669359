// Personas (and segments) that journey maps are drawn for.
#pragma once

#include "core/persona.h"

#include <vector>

namespace ts::storage {

class Database;

class PersonaRepository
{
public:
    explicit PersonaRepository(Database &db)
        : m_db(db)
    { }

    std::vector<Persona> personas();
    void add(Persona &persona);
    void update(const Persona &persona);
    void remove(Id id); // maps drawn for it keep no persona
    void reorder(const std::vector<Id> &order);

private:
    Database &m_db;
};

} // namespace ts::storage
