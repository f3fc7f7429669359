// The open workspace: its file, an in-memory mirror for the views, and the undo stack.
#pragma once

#include "core/workspace.h"
#include "metrics/metricfigures.h"
#include "metrics/surveytable.h"
#include "report/mapfigures.h"
#include "storage/surveyrepository.h"

#include <QObject>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

class QUndoStack;

namespace ts::storage {
class Database;
class WorkspaceFile;
} // namespace ts::storage

namespace ts::app {

class DocumentCommand;

// Views read workspace() and follow the change signals; they never write. Every edit is a
// DocumentCommand run through execute(): it writes storage in one transaction (durable when
// it returns, WAL with synchronous=FULL), then the mirror is refreshed and views are told.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(std::unique_ptr<storage::WorkspaceFile> file,
                               QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace &workspace() const { return m_workspace; }
    storage::Database &db();
    storage::WorkspaceFile &file() { return *m_file; }
    QString fileName() const;
    bool isReadOnly() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Applies `command` and pushes it on the undo stack; when the write fails the user is told
    // (errorOccurred), the file is as it was and nothing is pushed. Takes ownership.
    bool execute(DocumentCommand *command);

    // Re-reads one map's stages, lanes, cards and links, and emits mapChanged.
    void reloadMap(Id mapId);
    // Re-reads everything and emits workspaceReloaded. The survey responses are read again only
    // when they changed (storage::SurveyState): with a million stored, reading them took a second
    // on every structural edit.
    void reloadAll();
    // Reports a failure to the user (the window shows errorOccurred).
    void reportError(const QString &message);

    // The survey figures of one map's stages and touchpoint cards, from the responses scoped to
    // it (report::responsesOfMap), for the map editor's metrics lane and badges. Kept until the
    // responses or the imports' scopes change, or the map is reloaded.
    const report::MapSurveyFigures &mapSurveyFigures(Id mapId);

signals:
    void mapChanged(ts::Id mapId);
    void workspaceReloaded();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<storage::WorkspaceFile> m_file;
    Workspace m_workspace;
    QUndoStack *m_undoStack;
    storage::SurveyState m_surveyState; // of the responses in m_workspace
    // Every map's figures come from one read of the survey table, redone when the responses
    // change.
    const metrics::SurveyTable &surveyTable();
    std::optional<storage::SurveyState> m_tableState;
    metrics::SurveyTable m_surveyTable;
    std::unordered_map<Id, report::MapSurveyFigures> m_mapFigures;
};

} // namespace ts::app
