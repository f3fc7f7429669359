#include "storage/maprepository.h"

#include "core/validation.h"
#include "storage/database.h"
#include "storage/positions.h"

namespace ts::storage {
namespace {

constexpr auto kMapColumns = "id, uid, name, persona_id, description, position";
constexpr auto kStageColumns
    = "id, uid, map_id, name, color, emotion_as_is, emotion_to_be, feeling, position";
constexpr auto kLaneColumns = "id, uid, map_id, kind, title, visible, position";

JourneyMap readMap(const Statement &s)
{
    return {s.integer(0), s.text(1), s.text(2), s.integer(3), s.text(4), int(s.integer(5))};
}

std::optional<int> optInt(const Statement &s, int column)
{
    auto value = s.optInteger(column);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

Stage readStage(const Statement &s)
{
    return {s.integer(0), s.text(1),    s.integer(2), s.text(3),        s.text(4),
            optInt(s, 5), optInt(s, 6), s.text(7),    int(s.integer(8))};
}

Lane readLane(const Statement &s)
{
    return {s.integer(0),     s.text(1),
            s.integer(2),     fromString<LaneKind>(s.text(3)).value_or(LaneKind::Actions),
            s.text(4),        s.integer(5) != 0,
            int(s.integer(6))};
}

template<typename T, typename Reader>
std::vector<T> readAll(Database &db, const std::string &sql, Id scope, Reader read)
{
    auto statement = db.prepare(sql);
    if (scope > 0)
        statement.bind(1, std::int64_t(scope));
    std::vector<T> out;
    while (statement.step())
        out.push_back(read(statement));
    return out;
}

template<typename T> std::optional<T> first(std::vector<T> rows)
{
    return rows.empty() ? std::nullopt : std::optional<T>(std::move(rows.front()));
}

void prepareNew(std::string &uid)
{
    if (uid.empty())
        uid = newUid();
}

} // namespace

std::vector<JourneyMap> MapRepository::maps()
{
    return readAll<JourneyMap>(
        m_db, std::string("SELECT ") + kMapColumns + " FROM maps ORDER BY position, id", 0,
        readMap);
}

std::optional<JourneyMap> MapRepository::map(Id id)
{
    return first(readAll<JourneyMap>(
        m_db, std::string("SELECT ") + kMapColumns + " FROM maps WHERE id = ?", id, readMap));
}

void MapRepository::add(JourneyMap &map)
{
    prepareNew(map.uid);
    requireValid(map, m_db.path() + ": journey map");
    m_db.prepare("INSERT INTO maps (id, uid, name, persona_id, description, position) VALUES "
                 "(?,?,?,?,?,?)")
        .bindId(1, map.id)
        .bind(2, map.uid)
        .bind(3, map.name)
        .bindId(4, map.personaId)
        .bind(5, map.description)
        .bind(6, map.position)
        .run();
    map.id = m_db.lastInsertId();
}

void MapRepository::update(const JourneyMap &map)
{
    requireValid(map, m_db.path() + ": journey map");
    m_db.prepare(
            "UPDATE maps SET name = ?, persona_id = ?, description = ?, position = ? WHERE id = ?")
        .bind(1, map.name)
        .bindId(2, map.personaId)
        .bind(3, map.description)
        .bind(4, map.position)
        .bind(5, std::int64_t(map.id))
        .run();
    requireChanged(m_db, "journey map", map.id);
}

void MapRepository::remove(Id id)
{
    removeRow(m_db, "maps", id, "journey map");
}

void MapRepository::reorder(const std::vector<Id> &order)
{
    storage::reorder(m_db, "maps", order);
}

std::vector<Stage> MapRepository::stages(Id mapId)
{
    std::string sql = std::string("SELECT ") + kStageColumns + " FROM stages";
    sql += mapId > 0 ? " WHERE map_id = ? ORDER BY position, id" : " ORDER BY map_id, position, id";
    return readAll<Stage>(m_db, sql, mapId, readStage);
}

std::optional<Stage> MapRepository::stage(Id id)
{
    return first(readAll<Stage>(
        m_db, std::string("SELECT ") + kStageColumns + " FROM stages WHERE id = ?", id, readStage));
}

void MapRepository::add(Stage &stage)
{
    prepareNew(stage.uid);
    requireValid(stage, m_db.path() + ": stage");
    m_db.prepare("INSERT INTO stages (id, uid, map_id, name, color, emotion_as_is, emotion_to_be, "
                 "feeling, position) VALUES (?,?,?,?,?,?,?,?,?)")
        .bindId(1, stage.id)
        .bind(2, stage.uid)
        .bind(3, std::int64_t(stage.mapId))
        .bind(4, stage.name)
        .bind(5, stage.color)
        .bind(6, stage.emotionAsIs)
        .bind(7, stage.emotionToBe)
        .bind(8, stage.feeling)
        .bind(9, stage.position)
        .run();
    stage.id = m_db.lastInsertId();
}

void MapRepository::update(const Stage &stage)
{
    requireValid(stage, m_db.path() + ": stage");
    m_db.prepare("UPDATE stages SET name = ?, color = ?, emotion_as_is = ?, emotion_to_be = ?, "
                 "feeling = ?, position = ? WHERE id = ?")
        .bind(1, stage.name)
        .bind(2, stage.color)
        .bind(3, stage.emotionAsIs)
        .bind(4, stage.emotionToBe)
        .bind(5, stage.feeling)
        .bind(6, stage.position)
        .bind(7, std::int64_t(stage.id))
        .run();
    requireChanged(m_db, "stage", stage.id);
}

void MapRepository::removeStage(Id id)
{
    removeRow(m_db, "stages", id, "stage");
}

void MapRepository::reorderStages(const std::vector<Id> &order)
{
    storage::reorder(m_db, "stages", order);
}

std::vector<Lane> MapRepository::lanes(Id mapId)
{
    std::string sql = std::string("SELECT ") + kLaneColumns + " FROM lanes";
    sql += mapId > 0 ? " WHERE map_id = ? ORDER BY position, id" : " ORDER BY map_id, position, id";
    return readAll<Lane>(m_db, sql, mapId, readLane);
}

std::optional<Lane> MapRepository::lane(Id id)
{
    return first(readAll<Lane>(
        m_db, std::string("SELECT ") + kLaneColumns + " FROM lanes WHERE id = ?", id, readLane));
}

void MapRepository::add(Lane &lane)
{
    prepareNew(lane.uid);
    requireValid(lane, m_db.path() + ": lane");
    m_db.prepare("INSERT INTO lanes (id, uid, map_id, kind, title, visible, position) VALUES "
                 "(?,?,?,?,?,?,?)")
        .bindId(1, lane.id)
        .bind(2, lane.uid)
        .bind(3, std::int64_t(lane.mapId))
        .bind(4, toString(lane.kind))
        .bind(5, lane.title)
        .bind(6, lane.visible)
        .bind(7, lane.position)
        .run();
    lane.id = m_db.lastInsertId();
}

void MapRepository::update(const Lane &lane)
{
    requireValid(lane, m_db.path() + ": lane");
    m_db.prepare("UPDATE lanes SET kind = ?, title = ?, visible = ?, position = ? WHERE id = ?")
        .bind(1, toString(lane.kind))
        .bind(2, lane.title)
        .bind(3, lane.visible)
        .bind(4, lane.position)
        .bind(5, std::int64_t(lane.id))
        .run();
    requireChanged(m_db, "lane", lane.id);
}

void MapRepository::removeLane(Id id)
{
    removeRow(m_db, "lanes", id, "lane");
}

void MapRepository::reorderLanes(const std::vector<Id> &order)
{
    storage::reorder(m_db, "lanes", order);
}

JourneyMap MapRepository::createDefault(const std::string &name, Id personaId)
{
    static const char *const names[]
        = {"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"};
    static const char *const colors[] = {"#4E79A7", "#59A14F", "#F28E2B", "#B07AA1", "#E15759"};
    Transaction transaction(m_db);
    JourneyMap map;
    map.name = name;
    map.personaId = personaId;
    map.position = nextPosition(m_db, "maps");
    add(map);
    for (int i = 0; i < 5; ++i) {
        Stage stage;
        stage.mapId = map.id;
        stage.name = names[i];
        stage.color = colors[i];
        stage.position = i;
        add(stage);
    }
    int position = 0;
    for (auto kind : allOf<LaneKind>()) {
        Lane lane;
        lane.mapId = map.id;
        lane.kind = kind;
        lane.title = defaultLaneTitle(kind);
        lane.position = position++;
        add(lane);
    }
    transaction.commit();
    return map;
}

} // namespace ts::storage
