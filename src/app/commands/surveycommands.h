// The user's actions on survey data: import a survey export, undo an import, set metric targets.
#pragma once

#include "app/commands/rowcommands.h"
#include "core/survey.h"
#include "metrics/surveytable.h"

#include <optional>

namespace ts::app {

// Stores the good rows of an import as one import record with its responses (one transaction).
// Undo deletes the record, and its responses go with it; redo puts back the same rows.
class ImportSurveyCommand : public InsertRowsCommand
{
public:
    ImportSurveyCommand(WorkspaceDocument &document, SurveyImport record,
                        metrics::SurveyTable table);
    Id importId() const { return m_record.id; }

private:
    std::vector<RowRef> insert() override;
    SurveyImport m_record;
    metrics::SurveyTable m_table; // released once stored: undo and redo work from snapshots
};

// "Undo this import" from the import history: deletes the import and its responses.
class RemoveSurveyImportCommand : public DeleteRowsCommand
{
public:
    RemoveSurveyImportCommand(WorkspaceDocument &document, const SurveyImport &record);
};

// Says again which journey maps an import describes (from the import history): its responses'
// stage and touchpoint names are linked anew, by name, to the stages and cards of those maps
// (an import made before its map existed, or scoped to the wrong one). Undo puts back the old
// scope and links exactly.
class ScopeSurveyImportCommand : public DocumentCommand
{
public:
    ScopeSurveyImportCommand(WorkspaceDocument &document, SurveyImport before,
                             std::vector<Id> mapIds);

private:
    void apply() override;
    void revert() override;
    SurveyImport m_before;
    std::vector<Id> m_mapIds;
};

// Sets, changes or clears the target and industry benchmark of one metric (nps, csat, ces,
// retention, conversion), overall (empty scope) or for one stage. `before` is the stored target
// (nullopt: none yet), `after` what it becomes (nullopt: removed).
class SetMetricTargetCommand : public DocumentCommand
{
public:
    SetMetricTargetCommand(WorkspaceDocument &document, std::optional<MetricTarget> before,
                           std::optional<MetricTarget> after);

private:
    void apply() override;
    void revert() override;
    void write(const std::optional<MetricTarget> &from, std::optional<MetricTarget> &to);
    std::optional<MetricTarget> m_before, m_after;
};

} // namespace ts::app
