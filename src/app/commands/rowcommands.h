// Reusable shapes of command: insert rows, delete rows, reorder rows. The concrete user actions
// (AddCardCommand, RemoveStageCommand, ...) derive from these.
#pragma once

#include "app/commands/documentcommand.h"
#include "storage/rowsnapshot.h"

#include <string>
#include <utility>
#include <vector>

namespace ts::app {

using RowRef = std::pair<std::string, Id>; // (table, id)

// Inserts rows the first time; undo captures them (with anything added under them since) and
// deletes them; redo restores the captured rows, so ids and uids stay the same throughout.
class InsertRowsCommand : public DocumentCommand
{
public:
    using DocumentCommand::DocumentCommand;

protected:
    // Writes the new rows and returns them, parents first.
    virtual std::vector<RowRef> insert() = 0;
    // Ordered rows the insert shifts, as (table, SQL condition), e.g. the cards of one cell:
    // their exact positions are put back on undo and re-applied on redo.
    virtual std::vector<std::pair<std::string, std::string>> shiftedRows() const { return {}; }
    const std::vector<RowRef> &inserted() const { return m_rows; }

private:
    void apply() final;
    void revert() final;
    struct Position
    {
        std::string table;
        Id id;
        int position;
    };
    std::vector<Position> positions();
    void writePositions(const std::vector<Position> &positions);

    std::vector<RowRef> m_rows;
    std::vector<storage::RowSnapshot> m_snapshots;
    std::vector<Position> m_before, m_after;
};

// Deletes rows with everything that cascades from them; undo puts all of it back exactly.
class DeleteRowsCommand : public DocumentCommand
{
public:
    DeleteRowsCommand(WorkspaceDocument &document, const QString &text, std::vector<RowRef> rows);

private:
    void apply() final;
    void revert() final;
    void refresh() override; // cascades reach beyond one map (initiative links, owners)
    std::vector<RowRef> m_rows;
    std::vector<storage::RowSnapshot> m_snapshots;
};

// Sets the order of rows in `table` (position = index in `order`); undo writes back the
// exact positions they had.
class ReorderRowsCommand : public DocumentCommand
{
public:
    ReorderRowsCommand(WorkspaceDocument &document, const QString &text, std::string table,
                       std::vector<Id> order);

private:
    void apply() final;
    void revert() final;
    std::string m_table;
    std::vector<Id> m_order;
    std::vector<std::pair<Id, int>> m_before;
};

} // namespace ts::app
