#include "app/commands/mapcommands.h"

#include "app/workspacedocument.h"
#include "interchange/maptemplate.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/maprepository.h"
#include "storage/personarepository.h"
#include "storage/positions.h"

#include <QObject>

namespace ts::app {
namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

AddStageCommand::AddStageCommand(WorkspaceDocument &document, Stage stage)
    : InsertRowsCommand(document, QObject::tr("Add stage \"%1\"").arg(q(stage.name)))
    , m_stage(std::move(stage))
{
    setMap(m_stage.mapId);
}

std::vector<RowRef> AddStageCommand::insert()
{
    storage::MapRepository maps(db());
    auto order = maps.stages(m_stage.mapId);
    const int index = std::clamp(m_stage.position, 0, int(order.size()));
    maps.add(m_stage);
    std::vector<Id> ids;
    for (const auto &s : order)
        ids.push_back(s.id);
    ids.insert(ids.begin() + index, m_stage.id);
    maps.reorderStages(ids);
    return {{"stages", m_stage.id}};
}

std::vector<std::pair<std::string, std::string>> AddStageCommand::shiftedRows() const
{
    return {{"stages", "map_id = " + std::to_string(m_stage.mapId)}};
}

EditStageCommand::EditStageCommand(WorkspaceDocument &document, Stage before, Stage after,
                                   const QString &text)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setMap(m_after.mapId);
}

void EditStageCommand::apply()
{
    storage::MapRepository(db()).update(m_after);
}

void EditStageCommand::revert()
{
    storage::MapRepository(db()).update(m_before);
}

RemoveStageCommand::RemoveStageCommand(WorkspaceDocument &document, const Stage &stage)
    : DeleteRowsCommand(document, QObject::tr("Remove stage \"%1\"").arg(q(stage.name)),
                        {{"stages", stage.id}})
{
    setMap(stage.mapId);
}

ReorderStagesCommand::ReorderStagesCommand(WorkspaceDocument &document, Id mapId,
                                           std::vector<Id> order)
    : ReorderRowsCommand(document, QObject::tr("Reorder stages"), "stages", std::move(order))
{
    setMap(mapId);
}

EditLaneCommand::EditLaneCommand(WorkspaceDocument &document, Lane before, Lane after,
                                 const QString &text)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setMap(m_after.mapId);
}

void EditLaneCommand::apply()
{
    storage::MapRepository(db()).update(m_after);
}

void EditLaneCommand::revert()
{
    storage::MapRepository(db()).update(m_before);
}

ReorderLanesCommand::ReorderLanesCommand(WorkspaceDocument &document, Id mapId,
                                         std::vector<Id> order)
    : ReorderRowsCommand(document, QObject::tr("Reorder lanes"), "lanes", std::move(order))
{
    setMap(mapId);
}

AddMapCommand::AddMapCommand(WorkspaceDocument &document, std::string name, std::string templateId,
                             Id personaId)
    : InsertRowsCommand(document, QObject::tr("New map \"%1\"").arg(q(name)))
    , m_name(std::move(name))
    , m_templateId(std::move(templateId))
    , m_personaId(personaId)
{ }

std::vector<RowRef> AddMapCommand::insert()
{
    auto draft = interchange::draftFromTemplate(m_templateId, m_name);
    storage::MapRepository maps(db());
    draft.map.personaId = m_personaId;
    draft.map.position = storage::nextPosition(db(), "maps");
    maps.add(draft.map);
    for (auto &stage : draft.stages) {
        stage.mapId = draft.map.id;
        maps.add(stage);
    }
    for (auto &lane : draft.lanes) {
        lane.mapId = draft.map.id;
        maps.add(lane);
    }
    storage::CardRepository cards(db());
    for (auto &[card, stage, lane] : draft.cards) {
        card.mapId = draft.map.id;
        card.stageId = draft.stages[stage].id;
        card.laneId = draft.lanes[lane].id;
        card.position = int(cards.cell(card.stageId, card.laneId).size());
        cards.add(card);
    }
    m_mapId = draft.map.id;
    setMap(m_mapId);
    return {{"maps", m_mapId}};
}

void AddMapCommand::refresh()
{
    document().reloadAll();
}

EditMapCommand::EditMapCommand(WorkspaceDocument &document, JourneyMap before, JourneyMap after)
    : DocumentCommand(document, QObject::tr("Edit map \"%1\"").arg(q(after.name)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setMap(m_after.id);
}

void EditMapCommand::apply()
{
    storage::MapRepository(db()).update(m_after);
}

void EditMapCommand::revert()
{
    storage::MapRepository(db()).update(m_before);
}

void EditMapCommand::refresh()
{
    document().reloadAll(); // the navigator shows map names
}

RemoveMapCommand::RemoveMapCommand(WorkspaceDocument &document, const JourneyMap &map)
    : DeleteRowsCommand(document, QObject::tr("Remove map \"%1\"").arg(q(map.name)),
                        {{"maps", map.id}})
{ }

AddPersonaCommand::AddPersonaCommand(WorkspaceDocument &document, Persona persona)
    : InsertRowsCommand(document, QObject::tr("Add persona \"%1\"").arg(q(persona.name)))
    , m_persona(std::move(persona))
{ }

std::vector<RowRef> AddPersonaCommand::insert()
{
    m_persona.position = storage::nextPosition(db(), "personas");
    storage::PersonaRepository(db()).add(m_persona);
    return {{"personas", m_persona.id}};
}

EditPersonaCommand::EditPersonaCommand(WorkspaceDocument &document, Persona before, Persona after)
    : DocumentCommand(document, QObject::tr("Edit persona \"%1\"").arg(q(after.name)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditPersonaCommand::apply()
{
    storage::PersonaRepository(db()).update(m_after);
}

void EditPersonaCommand::revert()
{
    storage::PersonaRepository(db()).update(m_before);
}

RemovePersonaCommand::RemovePersonaCommand(WorkspaceDocument &document, const Persona &persona)
    : DeleteRowsCommand(document, QObject::tr("Remove persona \"%1\"").arg(q(persona.name)),
                        {{"personas", persona.id}})
{ }

} // namespace ts::app
