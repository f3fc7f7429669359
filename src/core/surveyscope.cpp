#include "core/surveyscope.h"

#include "core/error.h"
#include "core/workspace.h"

#include <QString>
#include <algorithm>
#include <unordered_set>

namespace ts {
namespace {

std::unordered_set<std::string> keysOf(const std::vector<std::string> &names)
{
    std::unordered_set<std::string> keys;
    for (const auto &name : names)
        if (auto key = surveyNameKey(name); !key.empty())
            keys.insert(std::move(key));
    return keys;
}

bool contains(const std::vector<Id> &ids, Id id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool isTouchpoint(const Card &card)
{
    return card.kind == CardKind::Touchpoint;
}

std::string mapList(const Workspace &w)
{
    std::string names;
    for (const auto &map : w.maps)
        names += (names.empty() ? "\"" : ", \"") + map.name + "\"";
    return names;
}

std::vector<std::string> unlinked(const std::vector<SurveyLink> &links,
                                  const std::vector<std::string> &names)
{
    std::unordered_set<std::string> linked;
    for (const auto &link : links)
        linked.insert(link.name);
    std::vector<std::string> out;
    for (const auto &name : names) {
        const auto key = surveyNameKey(name);
        if (!key.empty() && !linked.count(key))
            out.push_back(name);
    }
    return out;
}

} // namespace

std::string surveyNameKey(std::string_view name)
{
    return QString::fromUtf8(name.data(), qsizetype(name.size()))
        .trimmed()
        .toCaseFolded()
        .toStdString();
}

void linkSurveyImport(SurveyImport &import, const Workspace &w, std::vector<Id> mapIds,
                      const std::vector<std::string> &stageNames,
                      const std::vector<std::string> &touchpointNames)
{
    import.mapIds = std::move(mapIds);
    import.stageLinks.clear();
    import.touchpointLinks.clear();
    const auto stageKeys = keysOf(stageNames);
    const auto touchpointKeys = keysOf(touchpointNames);
    for (const auto &stage : w.stages) {
        if (!contains(import.mapIds, stage.mapId))
            continue;
        if (auto key = surveyNameKey(stage.name); stageKeys.count(key))
            import.stageLinks.push_back({std::move(key), stage.id});
    }
    for (const auto &card : w.cards) {
        if (!isTouchpoint(card) || !contains(import.mapIds, card.mapId))
            continue;
        if (auto key = surveyNameKey(card.title); touchpointKeys.count(key))
            import.touchpointLinks.push_back({std::move(key), card.id});
    }
}

std::vector<Id> mapsNamedBy(const Workspace &w, const std::vector<std::string> &stageNames,
                            const std::vector<std::string> &touchpointNames)
{
    const auto stageKeys = keysOf(stageNames);
    const auto touchpointKeys = keysOf(touchpointNames);
    std::unordered_set<Id> named;
    for (const auto &stage : w.stages)
        if (stageKeys.count(surveyNameKey(stage.name)))
            named.insert(stage.mapId);
    for (const auto &card : w.cards)
        if (isTouchpoint(card) && touchpointKeys.count(surveyNameKey(card.title)))
            named.insert(card.mapId);
    std::vector<Id> maps;
    for (const auto &map : w.maps)
        if (named.count(map.id))
            maps.push_back(map.id);
    return maps;
}

std::vector<Id> allMapIds(const Workspace &w)
{
    std::vector<Id> ids;
    for (const auto &map : w.maps)
        ids.push_back(map.id);
    return ids;
}

std::vector<Id> chooseJourneyMaps(const Workspace &w, std::string_view choice)
{
    const std::string key = surveyNameKey(choice);
    if (key.empty()) {
        if (w.maps.size() > 1)
            fail(ErrorKind::Usage,
                 "the workspace has " + std::to_string(w.maps.size()) + " journey maps ("
                     + mapList(w)
                     + "); say which one the survey describes with --journey NAME, or "
                       "--journey all");
        return allMapIds(w);
    }
    if (key == "all")
        return allMapIds(w);
    std::vector<Id> matches;
    for (const auto &map : w.maps)
        if (surveyNameKey(map.name) == key)
            matches.push_back(map.id);
    if (matches.size() == 1)
        return matches;
    if (matches.empty())
        fail(ErrorKind::Usage,
             "no journey map is named \"" + std::string(choice)
                 + "\" (maps: " + (w.maps.empty() ? std::string("none") : mapList(w)) + ")");
    fail(ErrorKind::Usage,
         std::to_string(matches.size()) + " journey maps are named \"" + std::string(choice)
             + "\"; rename one so that the survey can say which it describes");
}

std::vector<std::string> unlinkedStageNames(const SurveyImport &import,
                                            const std::vector<std::string> &names)
{
    return unlinked(import.stageLinks, names);
}

std::vector<std::string> unlinkedTouchpointNames(const SurveyImport &import,
                                                 const std::vector<std::string> &names)
{
    return unlinked(import.touchpointLinks, names);
}

} // namespace ts
