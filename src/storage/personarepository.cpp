#include "storage/personarepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

namespace ts::storage {

std::vector<Persona> PersonaRepository::personas()
{
    auto s
        = m_db.prepare("SELECT id, uid, name, segment, photo, goals, needs, frustrations, quote, "
                       "position FROM personas ORDER BY position, id");
    std::vector<Persona> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.blob(4), s.text(5),
                       s.text(6), s.text(7), s.text(8), int(s.integer(9))});
    return out;
}

void PersonaRepository::add(Persona &p)
{
    if (p.uid.empty())
        p.uid = newUid();
    requireValid(p, m_db.path() + ": persona");
    m_db.prepare("INSERT INTO personas (id, uid, name, segment, photo, goals, needs, frustrations, "
                 "quote, position) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .bindId(1, p.id)
        .bind(2, p.uid)
        .bind(3, p.name)
        .bind(4, p.segment)
        .bindBlob(5, p.photo)
        .bind(6, p.goals)
        .bind(7, p.needs)
        .bind(8, p.frustrations)
        .bind(9, p.quote)
        .bind(10, p.position)
        .run();
    p.id = m_db.lastInsertId();
}

void PersonaRepository::update(const Persona &p)
{
    requireValid(p, m_db.path() + ": persona");
    m_db.prepare("UPDATE personas SET name = ?, segment = ?, photo = ?, goals = ?, needs = ?, "
                 "frustrations = ?, quote = ?, position = ? WHERE id = ?")
        .bind(1, p.name)
        .bind(2, p.segment)
        .bindBlob(3, p.photo)
        .bind(4, p.goals)
        .bind(5, p.needs)
        .bind(6, p.frustrations)
        .bind(7, p.quote)
        .bind(8, p.position)
        .bind(9, std::int64_t(p.id))
        .run();
    requireChanged(m_db, "persona", p.id);
}

void PersonaRepository::remove(Id id)
{
    removeRow(m_db, "personas", id, "persona");
}

void PersonaRepository::reorder(const std::vector<Id> &order)
{
    storage::reorder(m_db, "personas", order);
}

} // namespace ts::storage
