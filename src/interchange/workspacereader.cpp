// JSON -> Workspace, with errors that name the JSON path of the problem.
#include "core/error.h"
#include "core/surveyscope.h"
#include "core/validation.h"
#include "interchange/workspacejson.h"

#include <QByteArray>
#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace ts::interchange {
namespace {

// A JSON node together with its path, e.g. $.maps[1].cards[7].
class Node
{
public:
    Node(const Json &json, std::string path, const std::string &source)
        : m_json(json)
        , m_path(std::move(path))
        , m_source(source)
    { }

    [[noreturn]] void fail(const std::string &problem) const
    {
        throw Error(ErrorKind::BadInput, m_source + ": " + m_path + ": " + problem);
    }
    Node operator[](const char *key) const
    {
        if (!m_json.is_object())
            fail("expected an object");
        auto it = m_json.find(key);
        if (it == m_json.end())
            Node(m_json, m_path + "." + key, m_source).fail("missing");
        return Node(*it, m_path + "." + key, m_source);
    }
    std::vector<Node> items() const
    {
        if (!m_json.is_array())
            fail("expected an array");
        std::vector<Node> out;
        for (std::size_t i = 0; i < m_json.size(); ++i)
            out.emplace_back(m_json[i], m_path + "[" + std::to_string(i) + "]", m_source);
        return out;
    }
    bool isNull() const { return m_json.is_null(); }
    std::string text() const
    {
        if (!m_json.is_string())
            fail("expected a string");
        return m_json.get<std::string>();
    }
    std::string textOrEmpty() const { return isNull() ? std::string() : text(); }
    bool boolean() const
    {
        if (!m_json.is_boolean())
            fail("expected true or false");
        return m_json.get<bool>();
    }
    double number() const
    {
        if (!m_json.is_number())
            fail("expected a number");
        return m_json.get<double>();
    }
    int integer() const
    {
        if (!m_json.is_number_integer())
            fail("expected a whole number");
        return m_json.get<int>();
    }
    template<typename T> std::optional<T> optional(T (Node::*read)() const) const
    {
        return isNull() ? std::nullopt : std::optional<T>((this->*read)());
    }
    template<typename E> E vocabulary() const
    {
        auto value = fromString<E>(text());
        if (!value)
            fail("\"" + text() + "\" is not one of the allowed values");
        return *value;
    }
    template<typename E> std::optional<E> optVocabulary() const
    {
        return isNull() ? std::nullopt : std::optional<E>(vocabulary<E>());
    }
    const Json &json() const { return m_json; }
    const std::string &path() const { return m_path; }

private:
    const Json &m_json;
    std::string m_path;
    const std::string &m_source;
};

// Builds the workspace, assigning ids in file order and resolving uid references.
class Reader
{
public:
    explicit Reader(const std::string &source)
        : m_source(source)
    { }

    Workspace read(const Node &root)
    {
        if (root["format"].text() != kFormatName)
            root["format"].fail("not a Touchstone workspace (expected \"" + std::string(kFormatName)
                                + "\")");
        if (root["version"].integer() > kFormatVersion)
            root["version"].fail("written by a newer Touchstone (version "
                                 + std::to_string(root["version"].integer()) + ")");
        readCanvas(root["canvas"]);
        for (const auto &n : root["org_goals"].items())
            readOrgGoal(n);
        for (const auto &n : root["communication_plan"].items())
            readCommunication(n);
        for (const auto &n : root["departments"].items())
            readDepartment(n);
        for (const auto &n : root["personas"].items())
            readPersona(n);
        for (const auto &n : root["maps"].items())
            readMap(n);
        for (const auto &n : root["initiatives"].items())
            readInitiative(n);
        readSurvey(root["survey"]);
        for (const auto &n : root["metric_targets"].items())
            readTarget(n);
        for (const auto &n : root["authors"].items())
            add(m_w.authors, Author {0, uid(n), n["name"].text()}, n);
        for (const auto &n : root["reviews"].items())
            readReview(n);
        if (root.json().contains("snapshots"))
            for (const auto &n : root["snapshots"].items())
                readSnapshot(n);
        return std::move(m_w);
    }

private:
    std::string uid(const Node &n)
    {
        auto node = n["uid"];
        auto value = node.text();
        if (!isUid(value))
            node.fail("\"" + value + "\" is not a valid uid");
        if (!m_seen.insert(value).second)
            node.fail("uid \"" + value + "\" is used twice");
        return value;
    }
    // Assigns the next id, validates, registers the uid and appends.
    template<typename T> T &add(std::vector<T> &items, T item, const Node &n)
    {
        item.id = Id(items.size() + 1);
        if (auto problem = problemWith(item); !problem.empty())
            n.fail(problem);
        m_ids[kindOf<T>()][item.uid] = item.id;
        items.push_back(std::move(item));
        return items.back();
    }
    template<typename T> static std::string kindOf() { return typeid(T).name(); }
    template<typename T> Id ref(const Node &n, bool optional = true)
    {
        if (n.isNull()) {
            if (!optional)
                n.fail("missing reference");
            return 0;
        }
        auto &table = m_ids[kindOf<T>()];
        auto it = table.find(n.text());
        if (it == table.end())
            n.fail("no " + std::string(noun<T>()) + " with uid \"" + n.text() + "\"");
        return it->second;
    }
    template<typename T> static const char *noun()
    {
        if constexpr (std::is_same_v<T, OrgGoal>)
            return "organisational goal";
        else if constexpr (std::is_same_v<T, Department>)
            return "department";
        else if constexpr (std::is_same_v<T, DepartmentGoal>)
            return "department goal";
        else if constexpr (std::is_same_v<T, Persona>)
            return "persona";
        else if constexpr (std::is_same_v<T, Stage>)
            return "stage";
        else if constexpr (std::is_same_v<T, Lane>)
            return "lane";
        else if constexpr (std::is_same_v<T, Card>)
            return "card";
        else if constexpr (std::is_same_v<T, SurveyImport>)
            return "survey import";
        else if constexpr (std::is_same_v<T, JourneyMap>)
            return "journey map";
        else if constexpr (std::is_same_v<T, Author>)
            return "author";
        else
            return "object";
    }

    void readCanvas(const Node &n);
    void readOrgGoal(const Node &n);
    void readCommunication(const Node &n);
    void readDepartment(const Node &n);
    void readPersona(const Node &n);
    void readMap(const Node &n);
    void readCard(const Node &n, Id mapId);
    void readInitiative(const Node &n);
    void readSurvey(const Node &n);
    bool readScope(const Node &i, SurveyImport &import);
    void scopeByNames(const std::vector<Id> &imports);
    void readTarget(const Node &n);
    void readReview(const Node &n);
    void readSnapshot(const Node &n);

    const std::string &m_source;
    Workspace m_w;
    std::unordered_set<std::string> m_seen;
    std::unordered_map<std::string, std::unordered_map<std::string, Id>> m_ids;
    std::unordered_map<Id, int> m_cellPositions; // per (stage, lane) key
    friend struct ReaderParts;
};

std::vector<std::string> stringList(const Node &n)
{
    std::vector<std::string> out;
    for (const auto &item : n.items())
        out.push_back(item.text());
    return out;
}

void Reader::readCanvas(const Node &n)
{
    auto &c = m_w.canvas;
    c.organisation = n["organisation"].text();
    c.businessPurpose = n["business_purpose"].text();
    c.businessStrategy = n["business_strategy"].text();
    c.customerStrategy = n["customer_strategy"].text();
    c.cxVision = n["cx_vision"].text();
    c.brandPromise = n["brand_promise"].text();
    c.visionTiedToBrand = n["vision_tied_to_brand"].boolean();
    c.cxPrinciples = stringList(n["cx_principles"]);
    c.employeeBehaviours = stringList(n["employee_behaviours"]);
    c.employeeExperience = n["employee_experience"].text();
}

void Reader::readOrgGoal(const Node &n)
{
    add(m_w.orgGoals,
        OrgGoal {0, uid(n), n["kind"].vocabulary<GoalKind>(), n["title"].text(),
                 n["description"].text(), int(m_w.orgGoals.size())},
        n);
}

void Reader::readCommunication(const Node &n)
{
    add(m_w.communicationPlan,
        CommunicationItem {0, uid(n), n["audience"].text(), n["message"].text(),
                           n["channel"].text(), n["date"].textOrEmpty(),
                           int(m_w.communicationPlan.size())},
        n);
}

void Reader::readDepartment(const Node &n)
{
    auto &d = add(m_w.departments,
                  Department {0, uid(n), n["name"].text(), n["leader"].text(), n["role"].text(),
                              int(m_w.departments.size())},
                  n);
    const Id departmentId = d.id;
    int position = 0;
    for (const auto &g : n["goals"].items()) {
        DepartmentGoal goal {
            0, uid(g), departmentId, g["title"].text(), g["description"].text(), position++, {}};
        for (const auto &s : g["supports"].items())
            goal.supports.push_back(ref<OrgGoal>(s, false));
        add(m_w.departmentGoals, std::move(goal), g);
    }
}

void Reader::readPersona(const Node &n)
{
    std::string photo;
    if (auto p = n["photo"]; !p.isNull()) {
        auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(p.text()),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            p.fail("not valid base64");
        photo = decoded.decoded.toStdString();
    }
    add(m_w.personas,
        Persona {0, uid(n), n["name"].text(), n["segment"].text(), photo, n["goals"].text(),
                 n["needs"].text(), n["frustrations"].text(), n["quote"].text(),
                 int(m_w.personas.size())},
        n);
}

void Reader::readMap(const Node &n)
{
    auto &map = add(m_w.maps,
                    JourneyMap {0, uid(n), n["name"].text(), ref<Persona>(n["persona"]),
                                n["description"].text(), int(m_w.maps.size())},
                    n);
    const Id mapId = map.id;
    int position = 0;
    for (const auto &l : n["lanes"].items())
        add(m_w.lanes,
            Lane {0, uid(l), mapId, l["kind"].vocabulary<LaneKind>(), l["title"].text(),
                  l["visible"].boolean(), position++},
            l);
    position = 0;
    std::unordered_set<std::string> names;
    for (const auto &s : n["stages"].items()) {
        Stage stage {0,
                     uid(s),
                     mapId,
                     s["name"].text(),
                     s["color"].text(),
                     s["emotion_as_is"].optional(&Node::integer),
                     s["emotion_to_be"].optional(&Node::integer),
                     s["feeling"].text(),
                     position++};
        if (!names.insert(stage.name).second)
            s["name"].fail("a stage named \"" + stage.name + "\" is already on this map");
        add(m_w.stages, std::move(stage), s);
    }
    for (const auto &c : n["cards"].items())
        readCard(c, mapId);
    for (const auto &k : n["links"].items())
        add(m_w.cardLinks,
            CardLink {0, uid(k), ref<Card>(k["from"], false), ref<Card>(k["to"], false),
                      k["kind"].vocabulary<LinkKind>()},
            k);
}

void Reader::readCard(const Node &n, Id mapId)
{
    Card c;
    c.uid = uid(n);
    c.mapId = mapId;
    c.stageId = ref<Stage>(n["stage"], false);
    c.laneId = ref<Lane>(n["lane"], false);
    if (m_w.stages[c.stageId - 1].mapId != mapId)
        n["stage"].fail("the stage belongs to another map");
    if (m_w.lanes[c.laneId - 1].mapId != mapId)
        n["lane"].fail("the lane belongs to another map");
    c.position = m_cellPositions[c.stageId * 1000003 + c.laneId]++;
    c.kind = n["kind"].vocabulary<CardKind>();
    c.title = n["title"].text();
    c.notes = n["notes"].text();
    c.channel = n["channel"].optional(&Node::text);
    c.online = n["online"].optional(&Node::boolean);
    c.departmentId = ref<Department>(n["department"]);
    c.currentScore = n["current_score"].optional(&Node::number);
    c.targetScore = n["target_score"].optional(&Node::number);
    c.severity = n["severity"].optVocabulary<Severity>();
    c.frequency = n["frequency"].optVocabulary<Frequency>();
    c.evidence = n["evidence"].text();
    c.dimension = n["dimension"].optVocabulary<Dimension>();
    add(m_w.cards, std::move(c), n);
}

void Reader::readInitiative(const Node &n)
{
    Initiative i;
    i.uid = uid(n);
    i.title = n["title"].text();
    i.description = n["description"].text();
    i.dimension = n["dimension"].vocabulary<Dimension>();
    i.departmentId = ref<Department>(n["department"]);
    i.owner = n["owner"].text();
    i.status = n["status"].vocabulary<InitiativeStatus>();
    i.startQuarter = n["start"].textOrEmpty();
    i.endQuarter = n["end"].textOrEmpty();
    i.cost = n["cost"].optional(&Node::number);
    i.effort = n["effort"].optional(&Node::number);
    i.metric = n["metric"].text();
    i.expectedChange = n["expected_change"].optional(&Node::number);
    i.position = int(m_w.initiatives.size());
    for (const auto &l : n["links"].items()) {
        const auto target = l["kind"].vocabulary<InitiativeTarget>();
        Id id = 0;
        switch (target) {
        case InitiativeTarget::Card:
            id = ref<Card>(l["uid"], false);
            break;
        case InitiativeTarget::Stage:
            id = ref<Stage>(l["uid"], false);
            break;
        case InitiativeTarget::OrgGoal:
            id = ref<OrgGoal>(l["uid"], false);
            break;
        case InitiativeTarget::DepartmentGoal:
            id = ref<DepartmentGoal>(l["uid"], false);
            break;
        }
        i.links.push_back({target, id});
    }
    add(m_w.initiatives, std::move(i), n);
}

// An import's scope (core/surveyscope.h) and what tells its data again (core/earlierimport.h).
// Files written before imports had a scope have no "maps": those are scoped by their names once
// their responses are read (scopeByNames), as the schema 5 migration does.
bool Reader::readScope(const Node &i, SurveyImport &import)
{
    if (!i.json().contains("maps"))
        return false;
    for (const auto &m : i["maps"].items())
        import.mapIds.push_back(ref<JourneyMap>(m, false));
    for (const auto &l : i["stage_links"].items())
        import.stageLinks.push_back({l["name"].text(), ref<Stage>(l["stage"], false)});
    for (const auto &l : i["touchpoint_links"].items())
        import.touchpointLinks.push_back({l["name"].text(), ref<Card>(l["card"], false)});
    import.contentHash = i["content_hash"].text();
    const auto ids = i["response_ids"];
    import.responseIds.bits = ids["bits"].integer();
    if (import.responseIds.bits < 0 || import.responseIds.bits > 63)
        ids["bits"].fail("expected 0 to 63");
    for (const auto &h : ids["hashes"].items()) {
        const auto hex = h.text();
        if (hex.size() != 16 || hex.find_first_not_of("0123456789abcdef") != std::string::npos)
            h.fail("\"" + hex + "\" is not 16 lower-case hex digits");
        import.responseIds.hashes.push_back(std::stoull(hex, nullptr, 16));
    }
    if (!std::is_sorted(import.responseIds.hashes.begin(), import.responseIds.hashes.end()))
        ids["hashes"].fail("expected the hashes in ascending order");
    return true;
}

void Reader::scopeByNames(const std::vector<Id> &imports)
{
    for (const Id id : imports) {
        std::set<std::string> stageSet, touchpointSet;
        for (const auto &r : m_w.responses)
            if (r.importId == id) {
                stageSet.insert(r.stage);
                touchpointSet.insert(r.touchpoint);
            }
        const std::vector<std::string> stages(stageSet.begin(), stageSet.end());
        const std::vector<std::string> touchpoints(touchpointSet.begin(), touchpointSet.end());
        linkSurveyImport(m_w.surveyImports[std::size_t(id - 1)], m_w,
                         mapsNamedBy(m_w, stages, touchpoints), stages, touchpoints);
    }
}

void Reader::readSurvey(const Node &n)
{
    std::vector<Id> unscoped;
    for (const auto &i : n["imports"].items()) {
        SurveyImport import {0,
                             uid(i),
                             i["file"].text(),
                             i["imported_at"].text(),
                             i["rows"].integer(),
                             i["rejected"].integer()};
        const bool scoped = readScope(i, import);
        const Id id = add(m_w.surveyImports, std::move(import), i).id;
        if (!scoped)
            unscoped.push_back(id);
    }
    const auto responses = n["responses"].items();
    m_w.responses.reserve(responses.size());
    for (const auto &r : responses) {
        // Responses are referenced by nothing: skip the uid registry to keep large imports fast.
        SurveyResponse s;
        s.uid = r["uid"].text();
        s.importId = ref<SurveyImport>(r["import"]);
        s.customerId = r["customer_id"].text();
        s.date = r["date"].textOrEmpty();
        s.nps = r["nps"].optional(&Node::integer);
        s.csat = r["csat"].optional(&Node::integer);
        s.ces = r["ces"].optional(&Node::integer);
        s.stage = r["stage"].text();
        s.touchpoint = r["touchpoint"].text();
        s.segment = r["segment"].text();
        s.retained = r["retained"].optional(&Node::boolean);
        s.expansion = r["expansion"].optional(&Node::boolean);
        s.referral = r["referral"].optional(&Node::boolean);
        s.comment = r["comment"].text();
        s.id = Id(m_w.responses.size() + 1);
        if (auto problem = problemWith(s); !problem.empty())
            r.fail(problem);
        m_w.responses.push_back(std::move(s));
    }
    scopeByNames(unscoped);
}

void Reader::readTarget(const Node &n)
{
    add(m_w.metricTargets,
        MetricTarget {0, uid(n), n["metric"].text(), n["scope"].text(), n["target"].number(),
                      n["benchmark"].optional(&Node::number)},
        n);
}

void Reader::readReview(const Node &n)
{
    auto &review = add(m_w.reviews,
                       GapReview {0, uid(n), n["rule"].text(), n["object"].text(),
                                  n["status"].vocabulary<ReviewStatus>(),
                                  ref<Author>(n["assignee"]), n["reason"].text(),
                                  ref<Author>(n["updated_by"]), n["updated_at"].textOrEmpty(),
                                  ref<Author>(n["fixed_by"]), n["fixed_at"].textOrEmpty()},
                       n);
    const Id reviewId = review.id;
    for (const auto &c : n["comments"].items())
        add(m_w.comments,
            GapComment {0, uid(c), reviewId, ref<Author>(c["author"]), c["text"].text(),
                        c["at"].text()},
            c);
    for (const auto &e : n["history"].items())
        add(m_w.events,
            GapEvent {0, uid(e), reviewId, ref<Author>(e["author"]),
                      e["from"].vocabulary<ReviewStatus>(), e["to"].vocabulary<ReviewStatus>(),
                      e["reason"].text(), e["at"].text()},
            e);
}

void Reader::readSnapshot(const Node &n)
{
    auto data = n["data"];
    if (!data.json().is_object())
        data.fail("expected a workspace object");
    // A snapshot must itself be a readable workspace: check it now, not when someone diffs it.
    Reader(m_source).read(data);
    Snapshot s {
        0, uid(n), n["name"].text(), n["created_at"].text(), n["note"].text(), data.json().dump()};
    if (s.name.empty())
        n["name"].fail("a snapshot needs a name");
    s.id = Id(m_w.snapshots.size() + 1);
    m_w.snapshots.push_back(std::move(s));
}

} // namespace

Workspace fromJson(const Json &json, const std::string &source)
{
    return Reader(source).read(Node(json, "$", source));
}

Json parseJson(const std::string &text, const std::string &source)
{
    try {
        return Json::parse(text);
    } catch (const Json::parse_error &e) {
        std::string what = e.what();
        if (auto at = what.find("at line"); at != std::string::npos)
            what = what.substr(at);
        throw Error(ErrorKind::BadInput, source + ": not valid JSON (" + what + ")");
    } catch (const Json::out_of_range &e) {
        // A number too large for a double (1e400) is out_of_range, not a parse error; found by
        // fuzz_json (tests/fuzz/regressions/json). Its message has no position, only the number.
        std::string what = e.what();
        if (auto prefix = what.find("] "); prefix != std::string::npos)
            what = what.substr(prefix + 2);
        throw Error(ErrorKind::BadInput, source + ": not valid JSON (" + what + ")");
    }
}

} // namespace ts::interchange
