#include "app/commands/roadmapcommands.h"

#include "app/workspacedocument.h"
#include "storage/positions.h"
#include "storage/roadmaprepository.h"

#include <QObject>

namespace ts::app {
namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

AddInitiativeCommand::AddInitiativeCommand(WorkspaceDocument &document, Initiative initiative)
    : InsertRowsCommand(document, QObject::tr("Add initiative \"%1\"").arg(q(initiative.title)))
    , m_initiative(std::move(initiative))
{ }

std::vector<RowRef> AddInitiativeCommand::insert()
{
    m_initiative.position = storage::nextPosition(db(), "initiatives");
    storage::RoadmapRepository(db()).add(m_initiative);
    return {{"initiatives", m_initiative.id}};
}

EditInitiativeCommand::EditInitiativeCommand(WorkspaceDocument &document, Initiative before,
                                             Initiative after, const QString &text)
    : DocumentCommand(
        document, text.isEmpty() ? QObject::tr("Edit initiative \"%1\"").arg(q(after.title)) : text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditInitiativeCommand::apply()
{
    storage::RoadmapRepository(db()).update(m_after);
}

void EditInitiativeCommand::revert()
{
    storage::RoadmapRepository(db()).update(m_before);
}

RemoveInitiativeCommand::RemoveInitiativeCommand(WorkspaceDocument &document,
                                                 const Initiative &initiative)
    : DeleteRowsCommand(document, QObject::tr("Remove initiative \"%1\"").arg(q(initiative.title)),
                        {{"initiatives", initiative.id}})
{ }

} // namespace ts::app
