// Workspace -> JSON.
#include "interchange/workspacejson.h"

#include <QByteArray>
#include <cstdio>
#include <unordered_map>

namespace ts::interchange {
namespace {

template<typename T> Json opt(const std::optional<T> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

template<typename E> Json optEnum(const std::optional<E> &value)
{
    return value ? Json(toString(*value)) : Json(nullptr);
}

Json optText(const std::string &text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

// Resolves database ids to uids for every kind of entity.
class UidIndex
{
public:
    template<typename T> void add(const std::vector<T> &items)
    {
        for (const auto &item : items)
            m_uids[key<T>(item.id)] = item.uid;
    }
    template<typename T> Json ref(Id id) const
    {
        if (id <= 0)
            return nullptr;
        auto it = m_uids.find(key<T>(id));
        return it == m_uids.end() ? Json(nullptr) : Json(it->second);
    }

private:
    template<typename T> static std::string key(Id id)
    {
        return std::string(typeid(T).name()) + ":" + std::to_string(id);
    }
    std::unordered_map<std::string, std::string> m_uids;
};

Json canvasJson(const PurposeCanvas &c)
{
    return {{"organisation", c.organisation},
            {"business_purpose", c.businessPurpose},
            {"business_strategy", c.businessStrategy},
            {"customer_strategy", c.customerStrategy},
            {"cx_vision", c.cxVision},
            {"brand_promise", c.brandPromise},
            {"vision_tied_to_brand", c.visionTiedToBrand},
            {"cx_principles", c.cxPrinciples},
            {"employee_behaviours", c.employeeBehaviours},
            {"employee_experience", c.employeeExperience}};
}

Json cardJson(const Card &c, const UidIndex &ids)
{
    return {{"uid", c.uid},
            {"stage", ids.ref<Stage>(c.stageId)},
            {"lane", ids.ref<Lane>(c.laneId)},
            {"kind", toString(c.kind)},
            {"title", c.title},
            {"notes", c.notes},
            {"channel", opt(c.channel)},
            {"online", opt(c.online)},
            {"department", ids.ref<Department>(c.departmentId)},
            {"current_score", opt(c.currentScore)},
            {"target_score", opt(c.targetScore)},
            {"severity", optEnum(c.severity)},
            {"frequency", optEnum(c.frequency)},
            {"evidence", c.evidence},
            {"dimension", optEnum(c.dimension)}};
}

Json mapJson(const JourneyMap &map, const Workspace &w, const UidIndex &ids)
{
    Json lanes = Json::array(), stages = Json::array(), cards = Json::array(),
         links = Json::array();
    for (const auto &l : w.lanes)
        if (l.mapId == map.id)
            lanes.push_back({{"uid", l.uid},
                             {"kind", toString(l.kind)},
                             {"title", l.title},
                             {"visible", l.visible}});
    for (const auto &s : w.stages)
        if (s.mapId == map.id)
            stages.push_back({{"uid", s.uid},
                              {"name", s.name},
                              {"color", s.color},
                              {"emotion_as_is", opt(s.emotionAsIs)},
                              {"emotion_to_be", opt(s.emotionToBe)},
                              {"feeling", s.feeling}});
    std::unordered_map<Id, bool> onMap;
    for (const auto &c : w.cards)
        if (c.mapId == map.id) {
            cards.push_back(cardJson(c, ids));
            onMap[c.id] = true;
        }
    for (const auto &k : w.cardLinks)
        if (onMap.count(k.fromCardId))
            links.push_back({{"uid", k.uid},
                             {"from", ids.ref<Card>(k.fromCardId)},
                             {"to", ids.ref<Card>(k.toCardId)},
                             {"kind", toString(k.kind)}});
    return {{"uid", map.uid},
            {"name", map.name},
            {"persona", ids.ref<Persona>(map.personaId)},
            {"description", map.description},
            {"lanes", lanes},
            {"stages", stages},
            {"cards", cards},
            {"links", links}};
}

Json initiativeJson(const Initiative &i, const UidIndex &ids)
{
    Json links = Json::array();
    for (const auto &l : i.links) {
        Json uid;
        switch (l.target) {
        case InitiativeTarget::Card:
            uid = ids.ref<Card>(l.targetId);
            break;
        case InitiativeTarget::Stage:
            uid = ids.ref<Stage>(l.targetId);
            break;
        case InitiativeTarget::OrgGoal:
            uid = ids.ref<OrgGoal>(l.targetId);
            break;
        case InitiativeTarget::DepartmentGoal:
            uid = ids.ref<DepartmentGoal>(l.targetId);
            break;
        }
        links.push_back({{"kind", toString(l.target)}, {"uid", uid}});
    }
    return {{"uid", i.uid},
            {"title", i.title},
            {"description", i.description},
            {"dimension", toString(i.dimension)},
            {"department", ids.ref<Department>(i.departmentId)},
            {"owner", i.owner},
            {"status", toString(i.status)},
            {"start", optText(i.startQuarter)},
            {"end", optText(i.endQuarter)},
            {"cost", opt(i.cost)},
            {"effort", opt(i.effort)},
            {"metric", i.metric},
            {"expected_change", opt(i.expectedChange)},
            {"links", links}};
}

Json surveyJson(const Workspace &w, const UidIndex &ids)
{
    Json imports = Json::array(), responses = Json::array();
    for (const auto &i : w.surveyImports) {
        Json maps = Json::array(), stageLinks = Json::array(), touchpointLinks = Json::array(),
             hashes = Json::array();
        for (const Id id : i.mapIds)
            maps.push_back(ids.ref<JourneyMap>(id));
        for (const auto &l : i.stageLinks)
            stageLinks.push_back({{"name", l.name}, {"stage", ids.ref<Stage>(l.targetId)}});
        for (const auto &l : i.touchpointLinks)
            touchpointLinks.push_back({{"name", l.name}, {"card", ids.ref<Card>(l.targetId)}});
        for (const auto hash : i.responseIds.hashes) {
            char hex[17];
            std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
            hashes.push_back(hex);
        }
        imports.push_back({{"uid", i.uid},
                           {"file", i.fileName},
                           {"imported_at", i.importedAt},
                           {"rows", i.rows},
                           {"rejected", i.rejected},
                           {"maps", maps},
                           {"stage_links", stageLinks},
                           {"touchpoint_links", touchpointLinks},
                           {"content_hash", i.contentHash},
                           {"response_ids", {{"bits", i.responseIds.bits}, {"hashes", hashes}}}});
    }
    for (const auto &r : w.responses)
        responses.push_back({{"uid", r.uid},
                             {"import", ids.ref<SurveyImport>(r.importId)},
                             {"customer_id", r.customerId},
                             {"date", optText(r.date)},
                             {"nps", opt(r.nps)},
                             {"csat", opt(r.csat)},
                             {"ces", opt(r.ces)},
                             {"stage", r.stage},
                             {"touchpoint", r.touchpoint},
                             {"segment", r.segment},
                             {"retained", opt(r.retained)},
                             {"expansion", opt(r.expansion)},
                             {"referral", opt(r.referral)},
                             {"comment", r.comment}});
    return {{"imports", imports}, {"responses", responses}};
}

Json reviewJson(const GapReview &r, const Workspace &w, const UidIndex &ids)
{
    Json comments = Json::array(), history = Json::array();
    for (const auto &c : w.comments)
        if (c.reviewId == r.id)
            comments.push_back({{"uid", c.uid},
                                {"author", ids.ref<Author>(c.authorId)},
                                {"text", c.text},
                                {"at", c.at}});
    for (const auto &e : w.events)
        if (e.reviewId == r.id)
            history.push_back({{"uid", e.uid},
                               {"author", ids.ref<Author>(e.authorId)},
                               {"from", toString(e.from)},
                               {"to", toString(e.to)},
                               {"reason", e.reason},
                               {"at", e.at}});
    return {{"uid", r.uid},
            {"rule", r.ruleId},
            {"object", r.objectUid},
            {"status", toString(r.status)},
            {"assignee", ids.ref<Author>(r.assigneeId)},
            {"reason", r.reason},
            {"updated_by", ids.ref<Author>(r.updatedById)},
            {"updated_at", optText(r.updatedAt)},
            {"fixed_by", ids.ref<Author>(r.fixedById)},
            {"fixed_at", optText(r.fixedAt)},
            {"comments", comments},
            {"history", history}};
}

} // namespace

Json toJson(const Workspace &w, bool withSnapshots)
{
    UidIndex ids;
    ids.add(w.orgGoals), ids.add(w.departments), ids.add(w.departmentGoals), ids.add(w.personas);
    ids.add(w.maps), ids.add(w.stages), ids.add(w.lanes), ids.add(w.cards),
        ids.add(w.surveyImports), ids.add(w.authors);

    Json out;
    out["format"] = kFormatName;
    out["version"] = kFormatVersion;
    out["canvas"] = canvasJson(w.canvas);
    out["org_goals"] = Json::array();
    for (const auto &g : w.orgGoals)
        out["org_goals"].push_back({{"uid", g.uid},
                                    {"kind", toString(g.kind)},
                                    {"title", g.title},
                                    {"description", g.description}});
    out["communication_plan"] = Json::array();
    for (const auto &c : w.communicationPlan)
        out["communication_plan"].push_back({{"uid", c.uid},
                                             {"audience", c.audience},
                                             {"message", c.message},
                                             {"channel", c.channel},
                                             {"date", optText(c.date)}});
    out["departments"] = Json::array();
    for (const auto &d : w.departments) {
        Json goals = Json::array();
        for (const auto &g : w.departmentGoals)
            if (g.departmentId == d.id) {
                Json supports = Json::array();
                for (Id s : g.supports)
                    supports.push_back(ids.ref<OrgGoal>(s));
                goals.push_back({{"uid", g.uid},
                                 {"title", g.title},
                                 {"description", g.description},
                                 {"supports", supports}});
            }
        out["departments"].push_back({{"uid", d.uid},
                                      {"name", d.name},
                                      {"leader", d.leader},
                                      {"role", d.role},
                                      {"goals", goals}});
    }
    out["personas"] = Json::array();
    for (const auto &p : w.personas)
        out["personas"].push_back(
            {{"uid", p.uid},
             {"name", p.name},
             {"segment", p.segment},
             {"photo",
              p.photo.empty() ? Json(nullptr)
                              : Json(QByteArray::fromStdString(p.photo).toBase64().toStdString())},
             {"goals", p.goals},
             {"needs", p.needs},
             {"frustrations", p.frustrations},
             {"quote", p.quote}});
    out["maps"] = Json::array();
    for (const auto &m : w.maps)
        out["maps"].push_back(mapJson(m, w, ids));
    out["initiatives"] = Json::array();
    for (const auto &i : w.initiatives)
        out["initiatives"].push_back(initiativeJson(i, ids));
    out["survey"] = surveyJson(w, ids);
    out["metric_targets"] = Json::array();
    for (const auto &t : w.metricTargets)
        out["metric_targets"].push_back({{"uid", t.uid},
                                         {"metric", t.metric},
                                         {"scope", t.scope},
                                         {"target", t.target},
                                         {"benchmark", opt(t.benchmark)}});
    out["authors"] = Json::array();
    for (const auto &a : w.authors)
        out["authors"].push_back({{"uid", a.uid}, {"name", a.name}});
    out["reviews"] = Json::array();
    for (const auto &r : w.reviews)
        out["reviews"].push_back(reviewJson(r, w, ids));
    if (withSnapshots) {
        out["snapshots"] = Json::array();
        for (const auto &s : w.snapshots)
            out["snapshots"].push_back({{"uid", s.uid},
                                        {"name", s.name},
                                        {"created_at", s.createdAt},
                                        {"note", s.note},
                                        {"data", Json::parse(s.data, nullptr, false)}});
    }
    return out;
}

std::string dumpJson(const Json &json)
{
    return json.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace ts::interchange
