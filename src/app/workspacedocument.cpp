#include "app/workspacedocument.h"

#include "app/commands/documentcommand.h"
#include "metrics/groupedfigures.h"
#include "report/mapfigures.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/maprepository.h"
#include "storage/roadmaprepository.h"
#include "storage/surveyrepository.h"
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
    emit workspaceReloaded();
}

void WorkspaceDocument::updateSurveyFigures()
{
    if (m_figuresState == m_surveyState)
        return;
    m_figuresState = m_surveyState;
    m_stageFigures.clear();
    m_touchpointFigures.clear();
    try {
        const auto table = storage::loadSurveyTable(db());
        for (const auto &group : metrics::computeGroups(table, metrics::GroupBy::Stage).groups)
            m_stageFigures[QString::fromStdString(group.key).toLower().toStdString()]
                = group.figures;
        m_touchpointFigures = report::figuresByName(table, true);
    } catch (const std::exception &e) {
        reportError(QString::fromUtf8(e.what()));
    }
}

const std::unordered_map<std::string, metrics::MetricFigures> &WorkspaceDocument::stageFigures()
{
    updateSurveyFigures();
    return m_stageFigures;
}

const std::unordered_map<std::string, metrics::MetricFigures> &
WorkspaceDocument::touchpointFigures()
{
    updateSurveyFigures();
    return m_touchpointFigures;
}

void WorkspaceDocument::reportError(const QString &message)
{
    spdlog::error("{}", message.toStdString());
    emit errorOccurred(message);
}

} // namespace ts::app
