#include "storage/surveyscopestore.h"

#include "core/enums.h"
#include "core/surveyscope.h"
#include "core/workspace.h"
#include "storage/database.h"
#include "storage/surveyrepository.h"

#include <cstring>
#include <map>
#include <set>

namespace ts::storage {
namespace {

// Response-id hashes as 8 little-endian bytes each.
std::string packHashes(const std::vector<std::uint64_t> &hashes)
{
    std::string bytes;
    bytes.reserve(hashes.size() * 8);
    for (const auto hash : hashes)
        for (int shift = 0; shift < 64; shift += 8)
            bytes += char((hash >> shift) & 0xff);
    return bytes;
}

std::vector<std::uint64_t> unpackHashes(const std::string &bytes)
{
    std::vector<std::uint64_t> hashes(bytes.size() / 8);
    for (std::size_t i = 0; i < hashes.size(); ++i)
        for (int b = 0; b < 8; ++b)
            hashes[i] |= std::uint64_t(static_cast<unsigned char>(bytes[i * 8 + b])) << (8 * b);
    return hashes;
}

void writeLinks(Database &db, const char *sql, Id importId, const std::vector<SurveyLink> &links)
{
    auto s = db.prepare(sql);
    for (const auto &link : links) {
        s.bind(1, std::int64_t(importId)).bind(2, link.name).bind(3, std::int64_t(link.targetId));
        s.run();
    }
}

// The maps, stages and touchpoint cards a scope links to (without loading the whole workspace).
Workspace mapOutlines(Database &db)
{
    Workspace w;
    auto maps = db.prepare("SELECT id, uid, name, position FROM maps ORDER BY position, id");
    while (maps.step())
        w.maps.push_back(
            {maps.integer(0), maps.text(1), maps.text(2), 0, {}, int(maps.integer(3))});
    auto stages = db.prepare("SELECT id, uid, map_id, name FROM stages ORDER BY map_id, position");
    while (stages.step()) {
        Stage stage;
        stage.id = stages.integer(0);
        stage.uid = stages.text(1);
        stage.mapId = stages.integer(2);
        stage.name = stages.text(3);
        w.stages.push_back(std::move(stage));
    }
    auto cards = db.prepare("SELECT id, uid, map_id, stage_id, title FROM cards WHERE kind = ?");
    cards.bind(1, std::string(toString(CardKind::Touchpoint)));
    while (cards.step()) {
        Card card;
        card.id = cards.integer(0);
        card.uid = cards.text(1);
        card.mapId = cards.integer(2);
        card.stageId = cards.integer(3);
        card.kind = CardKind::Touchpoint;
        card.title = cards.text(4);
        w.cards.push_back(std::move(card));
    }
    return w;
}

} // namespace

void writeImportScope(Database &db, const SurveyImport &import)
{
    const auto id = std::int64_t(import.id);
    for (const char *table :
         {"survey_import_maps", "survey_stage_links", "survey_touchpoint_links"})
        db.prepare(std::string("DELETE FROM ") + table + " WHERE import_id = ?").bind(1, id).run();
    auto maps = db.prepare("INSERT INTO survey_import_maps (import_id, map_id) VALUES (?, ?)");
    for (const Id mapId : import.mapIds) {
        maps.bind(1, id).bind(2, std::int64_t(mapId));
        maps.run();
    }
    writeLinks(db, "INSERT INTO survey_stage_links (import_id, name, stage_id) VALUES (?, ?, ?)",
               import.id, import.stageLinks);
    writeLinks(db,
               "INSERT INTO survey_touchpoint_links (import_id, name, card_id) VALUES (?, ?, ?)",
               import.id, import.touchpointLinks);
    auto s = db.prepare("UPDATE survey_imports SET content_hash = ?, response_id_bits = ?, "
                        "response_ids = ? WHERE id = ?");
    s.bind(1, import.contentHash).bind(2, import.responseIds.bits);
    if (import.responseIds.empty())
        s.bindNull(3);
    else
        s.bindBlob(3, packHashes(import.responseIds.hashes));
    s.bind(4, id).run();
}

void readImportScopes(Database &db, std::vector<SurveyImport> &imports, bool linksOnly)
{
    std::map<Id, SurveyImport *> byId;
    for (auto &import : imports) {
        byId[import.id] = &import;
        import.mapIds.clear();
        import.stageLinks.clear();
        import.touchpointLinks.clear();
    }
    auto find = [&](std::int64_t id) -> SurveyImport * {
        const auto it = byId.find(id);
        return it == byId.end() ? nullptr : it->second;
    };
    auto maps = db.prepare("SELECT m.import_id, m.map_id FROM survey_import_maps m JOIN maps "
                           "ON maps.id = m.map_id ORDER BY m.import_id, maps.position, maps.id");
    while (maps.step())
        if (auto *import = find(maps.integer(0)))
            import->mapIds.push_back(maps.integer(1));
    auto stages = db.prepare(
        "SELECT import_id, name, stage_id FROM survey_stage_links ORDER BY import_id, stage_id");
    while (stages.step())
        if (auto *import = find(stages.integer(0)))
            import->stageLinks.push_back({stages.text(1), stages.integer(2)});
    auto cards = db.prepare(
        "SELECT import_id, name, card_id FROM survey_touchpoint_links ORDER BY import_id, card_id");
    while (cards.step())
        if (auto *import = find(cards.integer(0)))
            import->touchpointLinks.push_back({cards.text(1), cards.integer(2)});
    if (linksOnly)
        return;
    auto seen = db.prepare("SELECT id, content_hash, response_id_bits, response_ids FROM "
                           "survey_imports");
    while (seen.step())
        if (auto *import = find(seen.integer(0))) {
            import->contentHash = seen.text(1);
            import->responseIds.bits = int(seen.integer(2));
            import->responseIds.hashes = unpackHashes(seen.blob(3));
        }
}

void scopeImportsByName(Database &db)
{
    std::map<Id, std::pair<std::set<std::string>, std::set<std::string>>> names;
    {
        auto s = db.prepare("SELECT DISTINCT import_id, stage, touchpoint FROM survey_responses "
                            "WHERE import_id IS NOT NULL");
        while (s.step()) {
            auto &[stages, touchpoints] = names[s.integer(0)];
            stages.insert(s.text(1));
            touchpoints.insert(s.text(2));
        }
    }
    const Workspace w = mapOutlines(db);
    auto imports = db.prepare("SELECT id FROM survey_imports ORDER BY id");
    std::vector<Id> ids;
    while (imports.step())
        ids.push_back(imports.integer(0));
    for (const Id id : ids) {
        const auto &[stageSet, touchpointSet] = names[id];
        const std::vector<std::string> stages(stageSet.begin(), stageSet.end());
        const std::vector<std::string> touchpoints(touchpointSet.begin(), touchpointSet.end());
        SurveyImport import;
        import.id = id;
        linkSurveyImport(import, w, mapsNamedBy(w, stages, touchpoints), stages, touchpoints);
        writeImportScope(db, import);
    }
}

Workspace loadSurveyScopeOutline(Database &db)
{
    Workspace w = mapOutlines(db);
    w.surveyImports = SurveyRepository(db).imports();
    return w;
}

} // namespace ts::storage
