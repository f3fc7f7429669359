// The base of every undoable edit: one storage transaction per do, undo and redo.
#pragma once

#include "core/ids.h"

#include <QUndoCommand>

namespace ts::storage {
class Database;
}

namespace ts::app {

class WorkspaceDocument;

class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(WorkspaceDocument &document, const QString &text);

    // Runs the first apply() (WorkspaceDocument::execute); false when it failed and was reported.
    bool applyOnce();

    void redo() final;
    void undo() final;

protected:
    // Write the change / take it back; each runs inside one transaction.
    virtual void apply() = 0;
    virtual void revert() = 0;
    // Bring the document's mirror up to date; by default the map the command touched.
    virtual void refresh();

    // The map this command changes (0 when it changes something else: refresh reloads all).
    void setMap(Id mapId) { m_mapId = mapId; }
    Id mapId() const { return m_mapId; }

    WorkspaceDocument &document() { return m_document; }
    storage::Database &db();

private:
    bool run(bool forward);

    WorkspaceDocument &m_document;
    Id m_mapId = 0;
    bool m_applied = false;
};

} // namespace ts::app
