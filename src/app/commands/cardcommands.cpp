#include "app/commands/cardcommands.h"

#include "app/workspacedocument.h"
#include "storage/cardrepository.h"
#include "storage/database.h"

#include <QObject>

namespace ts::app {
namespace {

// Makes room at card.position in its cell and inserts it there.
void insertIntoCell(storage::Database &db, Card &card)
{
    storage::CardRepository cards(db);
    auto cell = cards.cell(card.stageId, card.laneId);
    const int index = std::clamp(card.position, 0, int(cell.size()));
    cards.add(card);
    cell.insert(cell.begin() + index, card.id);
    auto write = db.prepare("UPDATE cards SET position = ? WHERE id = ?");
    for (int i = 0; i < int(cell.size()); ++i)
        write.bind(1, i).bind(2, std::int64_t(cell[std::size_t(i)])).run();
    card.position = index;
}

std::pair<std::string, std::string> cellOf(const Card &card)
{
    return {"cards",
            "stage_id = " + std::to_string(card.stageId)
                + " AND lane_id = " + std::to_string(card.laneId)};
}

} // namespace

AddCardCommand::AddCardCommand(WorkspaceDocument &document, Card card, const QString &text)
    : InsertRowsCommand(document,
                        text.isEmpty()
                            ? QObject::tr("Add card \"%1\"").arg(QString::fromStdString(card.title))
                            : text)
    , m_card(std::move(card))
{
    setMap(m_card.mapId);
}

std::vector<RowRef> AddCardCommand::insert()
{
    insertIntoCell(db(), m_card);
    return {{"cards", m_card.id}};
}

std::vector<std::pair<std::string, std::string>> AddCardCommand::shiftedRows() const
{
    return {cellOf(m_card)};
}

std::vector<std::pair<std::string, std::string>> AddCardsCommand::shiftedRows() const
{
    std::vector<std::pair<std::string, std::string>> cells;
    for (const auto &card : m_cards)
        if (std::find(cells.begin(), cells.end(), cellOf(card)) == cells.end())
            cells.push_back(cellOf(card));
    return cells;
}

AddCardsCommand::AddCardsCommand(WorkspaceDocument &document, std::vector<Card> cards,
                                 const QString &text)
    : InsertRowsCommand(document, text)
    , m_cards(std::move(cards))
{
    if (!m_cards.empty())
        setMap(m_cards.front().mapId);
}

std::vector<Id> AddCardsCommand::cardIds() const
{
    std::vector<Id> ids;
    for (const auto &c : m_cards)
        ids.push_back(c.id);
    return ids;
}

std::vector<RowRef> AddCardsCommand::insert()
{
    std::vector<RowRef> rows;
    for (auto &card : m_cards) {
        insertIntoCell(db(), card);
        rows.emplace_back("cards", card.id);
    }
    return rows;
}

EditCardCommand::EditCardCommand(WorkspaceDocument &document, Card before, Card after)
    : DocumentCommand(document,
                      QObject::tr("Edit card \"%1\"").arg(QString::fromStdString(after.title)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setMap(m_after.mapId);
}

void EditCardCommand::apply()
{
    storage::CardRepository(db()).update(m_after);
}

void EditCardCommand::revert()
{
    storage::CardRepository(db()).update(m_before);
}

namespace {
std::vector<RowRef> cardRows(const std::vector<Id> &ids)
{
    std::vector<RowRef> rows;
    for (Id id : ids)
        rows.emplace_back("cards", id);
    return rows;
}
} // namespace

RemoveCardsCommand::RemoveCardsCommand(WorkspaceDocument &document, Id mapId,
                                       const std::vector<Id> &cardIds)
    : DeleteRowsCommand(document,
                        cardIds.size() == 1 ? QObject::tr("Remove card")
                                            : QObject::tr("Remove %1 cards").arg(cardIds.size()),
                        cardRows(cardIds))
{
    setMap(mapId);
}

MoveCardCommand::MoveCardCommand(WorkspaceDocument &document, const Card &card, Id stageId,
                                 Id laneId, int index)
    : DocumentCommand(document,
                      QObject::tr("Move card \"%1\"").arg(QString::fromStdString(card.title)))
    , m_cardId(card.id)
    , m_stageId(stageId)
    , m_laneId(laneId)
    , m_index(index)
{
    setMap(card.mapId);
}

void MoveCardCommand::apply()
{
    storage::CardRepository cards(db());
    const auto card = cards.card(m_cardId);
    if (!card)
        throw Error(ErrorKind::BadInput, db().path() + ": the card to move no longer exists");
    m_before.clear();
    auto s = db().prepare(
        "SELECT id, stage_id, lane_id, position FROM cards WHERE (stage_id = ?1 AND lane_id = ?2) "
        "OR (stage_id = ?3 AND lane_id = ?4)");
    s.bind(1, std::int64_t(card->stageId)).bind(2, std::int64_t(card->laneId));
    s.bind(3, std::int64_t(m_stageId)).bind(4, std::int64_t(m_laneId));
    while (s.step())
        m_before.push_back({s.integer(0), s.integer(1), s.integer(2), int(s.integer(3))});
    cards.move(m_cardId, m_stageId, m_laneId, m_index);
}

void MoveCardCommand::revert()
{
    auto write
        = db().prepare("UPDATE cards SET stage_id = ?, lane_id = ?, position = ? WHERE id = ?");
    for (const auto &p : m_before)
        write.bind(1, std::int64_t(p.stageId))
            .bind(2, std::int64_t(p.laneId))
            .bind(3, p.position)
            .bind(4, std::int64_t(p.id))
            .run();
}

LinkCardsCommand::LinkCardsCommand(WorkspaceDocument &document, Id mapId, CardLink link)
    : InsertRowsCommand(document, QObject::tr("Link cards"))
    , m_link(std::move(link))
{
    setMap(mapId);
}

std::vector<RowRef> LinkCardsCommand::insert()
{
    storage::CardRepository(db()).add(m_link);
    return {{"card_links", m_link.id}};
}

RemoveLinkCommand::RemoveLinkCommand(WorkspaceDocument &document, Id mapId, Id linkId)
    : DeleteRowsCommand(document, QObject::tr("Remove link"), {{"card_links", linkId}})
{
    setMap(mapId);
}

} // namespace ts::app
