// The user's actions on the strategy roadmap: add, edit (incl. dragging a bar), remove.
#pragma once

#include "app/commands/rowcommands.h"
#include "core/initiative.h"

namespace ts::app {

class AddInitiativeCommand : public InsertRowsCommand
{
public:
    AddInitiativeCommand(WorkspaceDocument &document, Initiative initiative);
    Id initiativeId() const { return m_initiative.id; }

private:
    std::vector<RowRef> insert() override;
    Initiative m_initiative;
};

// Any change of an initiative: its fields, its quarters (drag, resize) or its links.
class EditInitiativeCommand : public DocumentCommand
{
public:
    EditInitiativeCommand(WorkspaceDocument &document, Initiative before, Initiative after,
                          const QString &text = {});

private:
    void apply() override;
    void revert() override;
    Initiative m_before, m_after;
};

class RemoveInitiativeCommand : public DeleteRowsCommand
{
public:
    RemoveInitiativeCommand(WorkspaceDocument &document, const Initiative &initiative);
};

} // namespace ts::app
