// The cards on journey maps, their order within a cell, and links between cards.
#pragma once

#include "core/card.h"

#include <optional>
#include <vector>

namespace ts::storage {

class Database;

class CardRepository
{
public:
    explicit CardRepository(Database &db)
        : m_db(db)
    { }

    std::vector<Card> cards(Id mapId = 0); // 0: of every map; ordered by map, cell, position
    std::optional<Card> card(Id id);
    void add(Card &card);
    void update(const Card &card); // its own fields; the cell and order move with move()
    void remove(Id id);
    // Moves a card to a cell at `index` within it, renumbering both cells (one transaction).
    void move(Id cardId, Id stageId, Id laneId, int index);
    // The ids of the cards in one cell, in order.
    std::vector<Id> cell(Id stageId, Id laneId);

    std::vector<CardLink> links(Id mapId = 0);
    void add(CardLink &link);
    void removeLink(Id id);

private:
    Database &m_db;
};

} // namespace ts::storage
