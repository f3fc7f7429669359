#include "app/workspacedocument.h"

#include "app/commands/documentcommand.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/maprepository.h"
#include "storage/roadmaprepository.h"
#include "storage/surveyrepository.h"
#include "storage/surveyscopestore.h"
#include "storage/surveytablestore.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QUndoStack>
#include <spdlog/spdlog.h>
#include <unordered_set>

namespace ts::app {

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<storage::WorkspaceFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_workspace(storage::loadWorkspace(m_file->db()))
    , m_undoStack(new QUndoStack(this))
    , m_surveyState(storage::SurveyRepository(m_file->db()).state())
{ }

WorkspaceDocument::~WorkspaceDocument() = default;

storage::Database &WorkspaceDocument::db()
{
    return m_file->db();
}

QString WorkspaceDocument::fileName() const
{
    return QString::fromStdString(m_file->path());
}

bool WorkspaceDocument::isReadOnly() const
{
    return m_file->readOnly();
}

bool WorkspaceDocument::execute(DocumentCommand *command)
{
    std::unique_ptr<DocumentCommand> owned(command);
    if (isReadOnly()) {
        reportError(tr("%1 is open read-only; the change was not made.").arg(fileName()));
        return false;
    }
    if (!owned->applyOnce())
        return false;
    m_undoStack->push(owned.release()); // its first redo() is skipped: already applied
    return true;
}

void WorkspaceDocument::reloadMap(Id mapId)
{
    auto &w = m_workspace;
    std::unordered_set<Id> oldCards;
    for (const auto &c : w.cards)
        if (c.mapId == mapId)
            oldCards.insert(c.id);
    std::erase_if(w.cardLinks, [&](const CardLink &k) { return oldCards.count(k.fromCardId) > 0; });
    std::erase_if(w.cards, [&](const Card &c) { return c.mapId == mapId; });
    std::erase_if(w.stages, [&](const Stage &s) { return s.mapId == mapId; });
    std::erase_if(w.lanes, [&](const Lane &l) { return l.mapId == mapId; });
    storage::MapRepository maps(db());
    storage::CardRepository cards(db());
    if (auto map = maps.map(mapId)) {
        auto existing = std::find_if(w.maps.begin(), w.maps.end(),
                                     [&](const JourneyMap &m) { return m.id == mapId; });
        if (existing != w.maps.end())
            *existing = *map;
        else
            w.maps = maps.maps();
        for (auto &s : maps.stages(mapId))
            w.stages.push_back(std::move(s));
        for (auto &l : maps.lanes(mapId))
            w.lanes.push_back(std::move(l));
        for (auto &c : cards.cards(mapId))
            w.cards.push_back(std::move(c));
        for (auto &k : cards.links(mapId))
            w.cardLinks.push_back(std::move(k));
    } else {
        std::erase_if(w.maps, [&](const JourneyMap &m) { return m.id == mapId; });
    }
    // Deleting a stage or card drops its survey links, undoing it puts them back (the links
    // only: the response-id samples of every import are not read again on each edit).
    storage::readImportScopes(db(), w.surveyImports, true);
    m_mapFigures.erase(mapId);
    emit mapChanged(mapId);
}

void WorkspaceDocument::reloadAll()
{
    const auto state = storage::SurveyRepository(db()).state();
    const bool sameResponses = state == m_surveyState;
    auto w = storage::loadWorkspace(db(), !sameResponses);
    if (sameResponses)
        w.responses = std::move(m_workspace.responses);
    m_workspace = std::move(w);
    m_surveyState = state;
    m_mapFigures.clear(); // an import's scope may have changed with the same responses
    emit workspaceReloaded();
}

const metrics::SurveyTable &WorkspaceDocument::surveyTable()
{
    if (m_tableState == m_surveyState)
        return m_surveyTable;
    m_tableState = m_surveyState;
    m_mapFigures.clear();
    m_surveyTable = {};
    try {
        m_surveyTable = storage::loadSurveyTable(db());
    } catch (const std::exception &e) {
        reportError(QString::fromUtf8(e.what()));
    }
    return m_surveyTable;
}

const report::MapSurveyFigures &WorkspaceDocument::mapSurveyFigures(Id mapId)
{
    const auto &table = surveyTable();
    auto it = m_mapFigures.find(mapId);
    if (it == m_mapFigures.end())
        it = m_mapFigures.emplace(mapId, report::mapSurveyFigures(table, m_workspace, mapId)).first;
    return it->second;
}

void WorkspaceDocument::reportError(const QString &message)
{
    spdlog::error("{}", message.toStdString());
    emit errorOccurred(message);
}

} // namespace ts::app
