// The user's actions on a map's structure: stages, lanes, the map itself, and personas.
#pragma once

#include "app/commands/rowcommands.h"
#include "core/journeymap.h"
#include "core/persona.h"

namespace ts::app {

class AddStageCommand : public InsertRowsCommand
{
public:
    AddStageCommand(WorkspaceDocument &document, Stage stage); // at stage.position
    Id stageId() const { return m_stage.id; }

private:
    std::vector<RowRef> insert() override;
    std::vector<std::pair<std::string, std::string>> shiftedRows() const override;
    Stage m_stage;
};

// Rename, recolour, or set an emotion point / feeling.
class EditStageCommand : public DocumentCommand
{
public:
    EditStageCommand(WorkspaceDocument &document, Stage before, Stage after, const QString &text);

private:
    void apply() override;
    void revert() override;
    Stage m_before, m_after;
};

class RemoveStageCommand : public DeleteRowsCommand
{
public:
    RemoveStageCommand(WorkspaceDocument &document, const Stage &stage); // with its cards
};

class ReorderStagesCommand : public ReorderRowsCommand
{
public:
    ReorderStagesCommand(WorkspaceDocument &document, Id mapId, std::vector<Id> order);
};

// Show, hide or rename a lane.
class EditLaneCommand : public DocumentCommand
{
public:
    EditLaneCommand(WorkspaceDocument &document, Lane before, Lane after, const QString &text);

private:
    void apply() override;
    void revert() override;
    Lane m_before, m_after;
};

class ReorderLanesCommand : public ReorderRowsCommand
{
public:
    ReorderLanesCommand(WorkspaceDocument &document, Id mapId, std::vector<Id> order);
};

// A new map from a template (resources/templates) or blank.
class AddMapCommand : public InsertRowsCommand
{
public:
    AddMapCommand(WorkspaceDocument &document, std::string name, std::string templateId,
                  Id personaId);
    Id newMapId() const { return m_mapId; }

private:
    std::vector<RowRef> insert() override;
    void refresh() override;
    std::string m_name, m_templateId;
    Id m_personaId, m_mapId = 0;
};

class EditMapCommand : public DocumentCommand
{
public:
    EditMapCommand(WorkspaceDocument &document, JourneyMap before, JourneyMap after);

private:
    void apply() override;
    void revert() override;
    void refresh() override;
    JourneyMap m_before, m_after;
};

class RemoveMapCommand : public DeleteRowsCommand
{
public:
    RemoveMapCommand(WorkspaceDocument &document, const JourneyMap &map);
};

class AddPersonaCommand : public InsertRowsCommand
{
public:
    AddPersonaCommand(WorkspaceDocument &document, Persona persona);
    Id personaId() const { return m_persona.id; }

private:
    std::vector<RowRef> insert() override;
    Persona m_persona;
};

class EditPersonaCommand : public DocumentCommand
{
public:
    EditPersonaCommand(WorkspaceDocument &document, Persona before, Persona after);

private:
    void apply() override;
    void revert() override;
    Persona m_before, m_after;
};

class RemovePersonaCommand : public DeleteRowsCommand
{
public:
    RemovePersonaCommand(WorkspaceDocument &document, const Persona &persona);
};

} // namespace ts::app
