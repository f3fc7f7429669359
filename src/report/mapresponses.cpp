#include "report/mapresponses.h"

#include "core/surveyscope.h"
#include "core/workspace.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace ts::report {
namespace {

// For each code of a dictionary, what it becomes on the map: the linked item's name or uid, or
// empty when the import links it to nothing on this map; and whether it is linked on another.
struct Recoded
{
    std::vector<std::string_view> to;
    std::vector<char> elsewhere;
};

template<typename Item, typename NameOf>
Recoded recode(const metrics::StringDictionary &dictionary, const std::vector<SurveyLink> &links,
               const std::vector<Item> &items, Id mapId, MapItemNames names, NameOf nameOf)
{
    Recoded out {std::vector<std::string_view>(dictionary.size() + 1),
                 std::vector<char>(dictionary.size() + 1, 0)};
    for (std::uint32_t code = 1; code <= dictionary.size(); ++code) {
        const std::string key = surveyNameKey(dictionary.text(code));
        for (const auto &link : links) {
            if (link.name != key)
                continue;
            const Item *item = findById(items, link.targetId);
            if (!item)
                continue;
            if (item->mapId != mapId) {
                out.elsewhere[code] = 1;
                continue;
            }
            if (out.to[code].empty())
                out.to[code]
                    = names == MapItemNames::Uids ? std::string_view(item->uid) : nameOf(*item);
        }
    }
    return out;
}

} // namespace

metrics::SurveyTable responsesOfMap(const metrics::SurveyTable &table, const Workspace &w, Id mapId,
                                    MapItemNames names)
{
    metrics::SurveyTable out;
    std::size_t begin = 0;
    for (const auto &run : table.imports) {
        const std::size_t end = std::min(begin + run.rows, table.size());
        const SurveyImport *import = findById(w.surveyImports, run.importId);
        const bool scoped = import
            && std::find(import->mapIds.begin(), import->mapIds.end(), mapId)
                != import->mapIds.end();
        if (scoped) {
            const bool onlyThisMap = import->mapIds.size() == 1;
            const auto stageTo = recode(table.stages, import->stageLinks, w.stages, mapId, names,
                                        [](const Stage &s) { return std::string_view(s.name); });
            const auto touchpointTo
                = recode(table.touchpoints, import->touchpointLinks, w.cards, mapId, names,
                         [](const Card &c) { return std::string_view(c.title); });
            for (std::size_t row = begin; row < end; ++row) {
                auto record = table.record(row);
                const auto touchpoint = table.touchpoint[row];
                record.stage = stageTo.to[table.stage[row]];
                record.touchpoint = touchpointTo.to[touchpoint];
                // Of several maps, a response belongs to the one its touchpoint is on; one at
                // no linked touchpoint belongs to the maps its stage is on.
                const bool here = !record.touchpoint.empty()
                    || (!touchpointTo.elsewhere[touchpoint] && !record.stage.empty());
                if (onlyThisMap || here)
                    out.append(record);
            }
        }
        begin = end;
    }
    return out;
}

} // namespace ts::report
