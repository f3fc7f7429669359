#include "interchange/maptemplate.h"

#include "core/error.h"
#include "interchange/demo.h"
#include "interchange/workspacejson.h"

namespace ts::interchange {
namespace {

template<typename E> std::optional<E> optionalEnum(const Json &card, const char *key)
{
    if (!card.contains(key) || card[key].is_null())
        return std::nullopt;
    return fromString<E>(card[key].get<std::string>());
}

template<typename T> std::optional<T> optionalValue(const Json &card, const char *key)
{
    if (!card.contains(key) || card[key].is_null())
        return std::nullopt;
    return card[key].get<T>();
}

Card cardFrom(const Json &c)
{
    Card card;
    card.kind = fromString<CardKind>(c.at("kind").get<std::string>()).value_or(CardKind::Note);
    card.title = c.at("title").get<std::string>();
    card.notes = c.value("notes", "");
    card.channel = optionalValue<std::string>(c, "channel");
    card.online = optionalValue<bool>(c, "online");
    card.currentScore = optionalValue<double>(c, "current_score");
    card.targetScore = optionalValue<double>(c, "target_score");
    card.severity = optionalEnum<Severity>(c, "severity");
    card.frequency = optionalEnum<Frequency>(c, "frequency");
    card.evidence = c.value("evidence", "");
    card.dimension = optionalEnum<Dimension>(c, "dimension");
    return card;
}

} // namespace

MapDraft draftFromTemplate(const std::string &templateId, const std::string &name)
{
    const std::string id = templateId.empty() ? "blank" : templateId;
    const std::string source = "template " + id;
    const auto text = mapTemplateJson(id);
    if (text.empty())
        throw Error(ErrorKind::BadInput, source + ": no such map template");
    const auto json = parseJson(text, source);
    MapDraft draft;
    draft.map.name = name;
    draft.map.description = json.value("description", "");
    try {
        int position = 0;
        for (const auto &l : json.at("lanes")) {
            Lane lane;
            lane.kind
                = fromString<LaneKind>(l.at("kind").get<std::string>()).value_or(LaneKind::Actions);
            lane.title = l.value("title", defaultLaneTitle(lane.kind));
            lane.visible = l.value("visible", true);
            lane.position = position++;
            draft.lanes.push_back(lane);
        }
        position = 0;
        for (const auto &s : json.at("stages")) {
            Stage stage;
            stage.name = s.at("name").get<std::string>();
            stage.color = s.value("color", stage.color);
            stage.emotionAsIs = optionalValue<int>(s, "emotion_as_is");
            stage.emotionToBe = optionalValue<int>(s, "emotion_to_be");
            stage.feeling = s.value("feeling", "");
            stage.position = position++;
            draft.stages.push_back(stage);
        }
        for (const auto &c : json.value("cards", Json::array())) {
            const auto stageName = c.at("stage").get<std::string>();
            const auto laneKind = fromString<LaneKind>(c.at("lane").get<std::string>());
            auto stage = std::find_if(draft.stages.begin(), draft.stages.end(),
                                      [&](const Stage &s) { return s.name == stageName; });
            auto lane = std::find_if(draft.lanes.begin(), draft.lanes.end(), [&](const Lane &l) {
                return laneKind && l.kind == *laneKind;
            });
            if (stage == draft.stages.end() || lane == draft.lanes.end())
                throw Error(ErrorKind::BadInput,
                            source + ": card \"" + c.at("title").get<std::string>()
                                + "\" names no stage or lane of the template");
            draft.cards.push_back({cardFrom(c), std::size_t(stage - draft.stages.begin()),
                                   std::size_t(lane - draft.lanes.begin())});
        }
    } catch (const Json::exception &e) {
        throw Error(ErrorKind::BadInput, source + ": " + e.what());
    }
    return draft;
}

} // namespace ts::interchange
