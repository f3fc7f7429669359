#include "app/commands/documentcommand.h"

#include "app/workspacedocument.h"
#include "storage/database.h"

#include <QTimer>
#include <QUndoStack>

namespace ts::app {

DocumentCommand::DocumentCommand(WorkspaceDocument &document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{ }

storage::Database &DocumentCommand::db()
{
    return m_document.db();
}

bool DocumentCommand::applyOnce()
{
    m_applied = run(true);
    return m_applied;
}

void DocumentCommand::redo()
{
    if (m_applied) { // execute() applied it before pushing
        m_applied = false;
        return;
    }
    if (!run(true))
        QTimer::singleShot(0, m_document.undoStack(), &QUndoStack::clear);
}

void DocumentCommand::undo()
{
    if (!run(false))
        QTimer::singleShot(0, m_document.undoStack(), &QUndoStack::clear);
}

// A failed write leaves the file as it was (the transaction rolls back). When that happens in
// undo or redo, the stack no longer matches the file, so its history is dropped (after this
// call returns, as QUndoStack cannot be changed from inside undo/redo) and the user is told.
bool DocumentCommand::run(bool forward)
{
    try {
        storage::Transaction transaction(db());
        forward ? apply() : revert();
        transaction.commit();
    } catch (const std::exception &e) {
        m_document.reportError(
            QObject::tr("%1 failed: %2").arg(text(), QString::fromUtf8(e.what())));
        try { // re-reading can fail too (a disk that is still full): never let it escape
            refresh();
        } catch (const std::exception &again) {
            m_document.reportError(QString::fromUtf8(again.what()));
        }
        return false;
    }
    refresh();
    return true;
}

void DocumentCommand::refresh()
{
    if (m_mapId > 0)
        m_document.reloadMap(m_mapId);
    else
        m_document.reloadAll();
}

} // namespace ts::app
