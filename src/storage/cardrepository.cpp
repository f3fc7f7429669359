#include "storage/cardrepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

#include <algorithm>

namespace ts::storage {
namespace {

constexpr auto kSelectCards
    = "SELECT c.id, c.uid, c.map_id, c.stage_id, c.lane_id, c.position, c.kind, c.title, c.notes, "
      "c.channel, c.online, c.department_id, c.current_score, c.target_score, c.severity, "
      "c.frequency, c.evidence, c.dimension FROM cards c ";

Card readCard(const Statement &s)
{
    Card c;
    c.id = s.integer(0);
    c.uid = s.text(1);
    c.mapId = s.integer(2);
    c.stageId = s.integer(3);
    c.laneId = s.integer(4);
    c.position = int(s.integer(5));
    c.kind = fromString<CardKind>(s.text(6)).value_or(CardKind::Note);
    c.title = s.text(7);
    c.notes = s.text(8);
    if (!s.isNull(9))
        c.channel = s.text(9);
    if (!s.isNull(10))
        c.online = s.integer(10) != 0;
    c.departmentId = s.integer(11);
    c.currentScore = s.optReal(12);
    c.targetScore = s.optReal(13);
    if (auto v = s.optInteger(14); v && *v >= 1 && *v <= 4)
        c.severity = Severity(*v);
    if (auto v = s.optInteger(15); v && *v >= 1 && *v <= 4)
        c.frequency = Frequency(*v);
    c.evidence = s.text(16);
    if (!s.isNull(17))
        c.dimension = fromString<Dimension>(s.text(17));
    return c;
}

std::optional<std::int64_t> asInt(const auto &optionalEnum)
{
    return optionalEnum ? std::optional<std::int64_t>(std::int64_t(*optionalEnum)) : std::nullopt;
}

// Binds the card's columns after id and uid, from index 3 (map_id) on.
void bindCardFields(Statement &s, const Card &c)
{
    s.bind(3, std::int64_t(c.mapId))
        .bind(4, std::int64_t(c.stageId))
        .bind(5, std::int64_t(c.laneId));
    s.bind(6, c.position).bind(7, toString(c.kind)).bind(8, c.title).bind(9, c.notes);
    s.bind(10, c.channel).bind(11, c.online).bindId(12, c.departmentId);
    s.bind(13, c.currentScore).bind(14, c.targetScore);
    s.bind(15, asInt(c.severity)).bind(16, asInt(c.frequency)).bind(17, c.evidence);
    if (c.dimension)
        s.bind(18, toString(*c.dimension));
    else
        s.bindNull(18);
}

} // namespace

std::vector<Card> CardRepository::cards(Id mapId)
{
    std::string sql = kSelectCards;
    sql += mapId > 0 ? "WHERE c.map_id = ? " : "";
    // Display order: by map, then the stage and lane positions, then the card's own position.
    sql = "SELECT x.* FROM (" + sql
        + ") x JOIN stages s ON s.id = x.stage_id JOIN lanes l ON "
          "l.id = x.lane_id JOIN maps m ON m.id = x.map_id "
          "ORDER BY m.position, m.id, s.position, s.id, l.position, l.id, x.position, x.id";
    auto statement = m_db.prepare(sql);
    if (mapId > 0)
        statement.bind(1, std::int64_t(mapId));
    std::vector<Card> out;
    while (statement.step())
        out.push_back(readCard(statement));
    return out;
}

std::optional<Card> CardRepository::card(Id id)
{
    auto statement = m_db.prepare(std::string(kSelectCards) + "WHERE c.id = ?");
    statement.bind(1, std::int64_t(id));
    if (!statement.step())
        return std::nullopt;
    return readCard(statement);
}

void CardRepository::add(Card &card)
{
    if (card.uid.empty())
        card.uid = newUid();
    requireValid(card, m_db.path() + ": card");
    auto s = m_db.prepare(
        "INSERT INTO cards (id, uid, map_id, stage_id, lane_id, position, kind, title, notes, "
        "channel, online, department_id, current_score, target_score, severity, frequency, "
        "evidence, dimension) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bindId(1, card.id).bind(2, card.uid);
    bindCardFields(s, card);
    s.run();
    card.id = m_db.lastInsertId();
}

// Only the card's own fields: its cell and order belong to move(), and leaving the indexed
// columns alone keeps an edit to one WAL page (see docs/PERFORMANCE.md).
void CardRepository::update(const Card &card)
{
    requireValid(card, m_db.path() + ": card");
    auto s = m_db.prepare(
        "UPDATE cards SET kind = ?7, title = ?8, notes = ?9, channel = ?10, online = ?11, "
        "department_id = ?12, current_score = ?13, target_score = ?14, severity = ?15, "
        "frequency = ?16, evidence = ?17, dimension = ?18 WHERE id = ?1 AND map_id = ?3 AND "
        "stage_id = ?4 AND lane_id = ?5 AND position = ?6 AND uid = ?2");
    s.bind(1, std::int64_t(card.id)).bind(2, card.uid);
    bindCardFields(s, card);
    s.run();
    if (m_db.changes() == 0 && this->card(card.id))
        throw Error(ErrorKind::Internal,
                    m_db.path() + ": card " + std::to_string(card.id)
                        + " changed cell or order outside move()");
    requireChanged(m_db, "card", card.id);
}

void CardRepository::remove(Id id)
{
    removeRow(m_db, "cards", id, "card");
}

std::vector<Id> CardRepository::cell(Id stageId, Id laneId)
{
    auto s = m_db.prepare(
        "SELECT id FROM cards WHERE stage_id = ? AND lane_id = ? ORDER BY position, id");
    s.bind(1, std::int64_t(stageId)).bind(2, std::int64_t(laneId));
    std::vector<Id> ids;
    while (s.step())
        ids.push_back(s.integer(0));
    return ids;
}

void CardRepository::move(Id cardId, Id stageId, Id laneId, int index)
{
    Transaction transaction(m_db);
    const auto moving = card(cardId);
    if (!moving)
        throw Error(ErrorKind::BadInput,
                    m_db.path() + ": no card with id " + std::to_string(cardId));
    auto source = cell(moving->stageId, moving->laneId);
    std::erase(source, cardId);
    auto target
        = stageId == moving->stageId && laneId == moving->laneId ? source : cell(stageId, laneId);
    index = std::clamp(index, 0, int(target.size()));
    target.insert(target.begin() + index, cardId);
    m_db.prepare("UPDATE cards SET stage_id = ?, lane_id = ? WHERE id = ?")
        .bind(1, std::int64_t(stageId))
        .bind(2, std::int64_t(laneId))
        .bind(3, std::int64_t(cardId))
        .run();
    if (stageId != moving->stageId || laneId != moving->laneId)
        storage::reorder(m_db, "cards", source);
    storage::reorder(m_db, "cards", target);
    transaction.commit();
}

std::vector<CardLink> CardRepository::links(Id mapId)
{
    std::string sql = "SELECT k.id, k.uid, k.from_card_id, k.to_card_id, k.kind FROM card_links k";
    if (mapId > 0)
        sql += " JOIN cards c ON c.id = k.from_card_id WHERE c.map_id = ?";
    sql += " ORDER BY k.id";
    auto s = m_db.prepare(sql);
    if (mapId > 0)
        s.bind(1, std::int64_t(mapId));
    std::vector<CardLink> out;
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.integer(2), s.integer(3),
                       fromString<LinkKind>(s.text(4)).value_or(LinkKind::Relates)});
    return out;
}

void CardRepository::add(CardLink &link)
{
    if (link.uid.empty())
        link.uid = newUid();
    if (link.fromCardId == link.toCardId)
        throw Error(ErrorKind::BadInput, m_db.path() + ": a card cannot link to itself");
    m_db.prepare(
            "INSERT INTO card_links (id, uid, from_card_id, to_card_id, kind) VALUES (?,?,?,?,?)")
        .bindId(1, link.id)
        .bind(2, link.uid)
        .bind(3, std::int64_t(link.fromCardId))
        .bind(4, std::int64_t(link.toCardId))
        .bind(5, toString(link.kind))
        .run();
    link.id = m_db.lastInsertId();
}

void CardRepository::removeLink(Id id)
{
    removeRow(m_db, "card_links", id, "card link");
}

} // namespace ts::storage
