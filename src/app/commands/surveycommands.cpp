#include "app/commands/surveycommands.h"

#include "app/workspacedocument.h"
#include "core/surveyscope.h"
#include "storage/surveyrepository.h"
#include "storage/surveyscopestore.h"
#include "storage/surveytablestore.h"

#include <QObject>

namespace ts::app {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString targetText(const std::optional<MetricTarget> &before,
                   const std::optional<MetricTarget> &after)
{
    const MetricTarget &t = after ? *after : *before;
    const QString metric = q(t.metric).toUpper();
    const QString scope = t.scope.empty() ? QObject::tr("overall") : q(t.scope);
    if (!after)
        return QObject::tr("Remove the %1 target (%2)").arg(metric, scope);
    return QObject::tr("Set the %1 target (%2)").arg(metric, scope);
}

} // namespace

ImportSurveyCommand::ImportSurveyCommand(WorkspaceDocument &document, SurveyImport record,
                                         metrics::SurveyTable table)
    : InsertRowsCommand(document, QObject::tr("Import survey \"%1\"").arg(q(record.fileName)))
    , m_record(std::move(record))
    , m_table(std::move(table))
{ }

std::vector<RowRef> ImportSurveyCommand::insert()
{
    storage::storeSurveyTable(db(), m_record, m_table);
    m_table = {};
    return {{"survey_imports", m_record.id}};
}

RemoveSurveyImportCommand::RemoveSurveyImportCommand(WorkspaceDocument &document,
                                                     const SurveyImport &record)
    : DeleteRowsCommand(document, QObject::tr("Undo the import of \"%1\"").arg(q(record.fileName)),
                        {{"survey_imports", record.id}})
{ }

ScopeSurveyImportCommand::ScopeSurveyImportCommand(WorkspaceDocument &document, SurveyImport before,
                                                   std::vector<Id> mapIds)
    : DocumentCommand(document,
                      QObject::tr("Change the journey maps of \"%1\"").arg(q(before.fileName)))
    , m_before(std::move(before))
    , m_mapIds(std::move(mapIds))
{ }

void ScopeSurveyImportCommand::apply()
{
    const auto table = storage::loadSurveyTable(db(), m_before.id);
    SurveyImport after = m_before;
    linkSurveyImport(after, document().workspace(), m_mapIds, table.stages.values(),
                     table.touchpoints.values());
    storage::writeImportScope(db(), after);
}

void ScopeSurveyImportCommand::revert()
{
    storage::writeImportScope(db(), m_before);
}

SetMetricTargetCommand::SetMetricTargetCommand(WorkspaceDocument &document,
                                               std::optional<MetricTarget> before,
                                               std::optional<MetricTarget> after)
    : DocumentCommand(document, targetText(before, after))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

// Moves the stored state from `from` to `to`; an added target keeps its id and uid on redo.
void SetMetricTargetCommand::write(const std::optional<MetricTarget> &from,
                                   std::optional<MetricTarget> &to)
{
    storage::SurveyRepository repository(db());
    if (from && to) {
        to->id = from->id;
        to->uid = from->uid;
        repository.update(*to);
    } else if (to) {
        repository.add(*to);
    } else if (from) {
        repository.removeTarget(from->id);
    }
}

void SetMetricTargetCommand::apply()
{
    write(m_before, m_after);
}

void SetMetricTargetCommand::revert()
{
    write(m_after, m_before);
}

} // namespace ts::app
