// Journey maps with their stages and lanes (cards live in CardRepository).
#pragma once

#include "core/journeymap.h"

#include <optional>
#include <vector>

namespace ts::storage {

class Database;

class MapRepository
{
public:
    explicit MapRepository(Database &db)
        : m_db(db)
    { }

    std::vector<JourneyMap> maps();
    std::optional<JourneyMap> map(Id id);
    // Inserts (with map.id when set, as interchange does), fills id and uid; one transaction.
    void add(JourneyMap &map);
    void update(const JourneyMap &map);
    void remove(Id id); // with its stages, lanes, cards and links
    void reorder(const std::vector<Id> &order);

    std::vector<Stage> stages(Id mapId = 0); // 0: of every map
    std::optional<Stage> stage(Id id);
    void add(Stage &stage);
    void update(const Stage &stage);
    void removeStage(Id id); // with its cards
    void reorderStages(const std::vector<Id> &order);

    std::vector<Lane> lanes(Id mapId = 0);
    std::optional<Lane> lane(Id id);
    void add(Lane &lane);
    void update(const Lane &lane);
    void removeLane(Id id);
    void reorderLanes(const std::vector<Id> &order);

    // A new map with the five default stages and every lane kind, in one transaction.
    JourneyMap createDefault(const std::string &name, Id personaId = 0);

private:
    Database &m_db;
};

} // namespace ts::storage
