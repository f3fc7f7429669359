#include "benchworkspace.h"

#include "benchtext.h"
#include "core/quarter.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>

namespace ts::bench {
namespace {

// Relative share of the cards each lane gets; the emotion lane holds the curve, not cards.
constexpr std::array<std::pair<LaneKind, int>, 8> kLaneWeights = {{{LaneKind::Actions, 6},
                                                                   {LaneKind::Touchpoints, 8},
                                                                   {LaneKind::Channels, 4},
                                                                   {LaneKind::Thoughts, 6},
                                                                   {LaneKind::PainPoints, 8},
                                                                   {LaneKind::Opportunities, 6},
                                                                   {LaneKind::Backstage, 6},
                                                                   {LaneKind::Metrics, 4}}};
constexpr int kStagesPerMap = 5;

// The cards of one map that initiatives and card links point at, per stage.
struct MapCards
{
    std::array<std::vector<Id>, kStagesPerMap> touchpoints, painPoints, opportunities;
};

class Generator
{
public:
    explicit Generator(const BenchWorkspaceSpec &spec)
        : m_spec(spec)
        , m_random(spec.seed)
    { }

    Workspace run()
    {
        addOrganisation();
        for (int i = 0; i < m_spec.maps; ++i)
            addMap(i);
        for (int i = 0; i < m_spec.initiatives; ++i)
            m_w.initiatives.push_back(makeInitiative(i));
        return std::move(m_w);
    }

private:
    // Version 4 UUIDs from the seeded generator, so two runs write identical files.
    std::string uid()
    {
        const auto a = std::uint32_t(m_random()), b = std::uint32_t(m_random()),
                   c = std::uint32_t(m_random()), d = std::uint32_t(m_random());
        char text[64];
        std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%04x%08x", unsigned(a),
                      unsigned(b >> 16), unsigned(b & 0xfff),
                      unsigned(0x8000 | ((c >> 18) & 0x3fff)), unsigned(c & 0xffff), unsigned(d));
        return text;
    }
    int between(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    double tenths(double low, double high)
    {
        return std::round(std::uniform_real_distribution<double>(low, high)(m_random) * 10) / 10;
    }
    const std::string &pick(const text::Bank &bank)
    {
        return bank[between(0, int(bank.size()) - 1)];
    }
    template<typename T> Id pickId(const std::vector<T> &items)
    {
        return items[between(0, int(items.size()) - 1)].id;
    }
    Id someDepartment(double p) { return chance(p) ? pickId(m_w.departments) : 0; }

    void addOrganisation();
    void addMap(int index);
    std::vector<Lane> addLanes(Id mapId);
    MapCards addCards(Id mapId, const std::vector<Stage> &stages, const std::vector<Lane> &lanes);
    Card makeCard(CardKind kind);
    void addCardLinks(const MapCards &cards);
    Initiative makeInitiative(int index);
    InitiativeLink makeInitiativeLink();

    BenchWorkspaceSpec m_spec;
    std::mt19937 m_random;
    Workspace m_w;
    std::vector<MapCards> m_mapCards;
};

void Generator::addOrganisation()
{
    auto &c = m_w.canvas;
    c.organisation = "Northwind Telecom";
    c.businessPurpose = "Keep every home and small business reliably connected";
    c.businessStrategy = "Win on fibre quality and service, not on price";
    c.customerStrategy = "Fewer, better contacts: fix it first time or prevent the need";
    c.cxVision = "Connected without the hassle";
    c.brandPromise = "It just works, and when it doesn't, we tell you first";
    c.visionTiedToBrand = true;
    c.cxPrinciples = {"Tell me before I have to ask", "One conversation, not five",
                      "The price I see is the price I pay"};
    c.employeeBehaviours = {"Own the problem until it is fixed", "Explain, don't recite policy"};
    c.employeeExperience = "Frontline teams have the tools and authority to resolve issues";
    for (const auto &title : text::orgGoalTitles()) {
        const int i = int(m_w.orgGoals.size());
        m_w.orgGoals.push_back({i + 1, uid(), i % 2 ? GoalKind::Cx : GoalKind::Organisational,
                                title, "Agreed at the annual strategy offsite.", i});
    }
    const char *audiences[] = {"All employees", "Frontline teams", "Leadership"};
    for (int i = 0; i < 3; ++i)
        m_w.communicationPlan.push_back({i + 1, uid(), audiences[i],
                                         "Why 'It just works' matters in your role", "Town hall",
                                         "2026-0" + std::to_string(i + 3) + "-15", i});
    const auto &names = text::departmentNames();
    for (int i = 0; i < int(names.size()); ++i)
        m_w.departments.push_back(
            {i + 1, uid(), names[i], text::peopleNames()[i], text::departmentRoles()[i], i});
    const auto &goals = text::departmentGoalTitles();
    for (int i = 0; i < int(goals.size()); ++i) {
        std::vector<Id> supports = {Id(1 + i % 6)};
        if (i % 3 == 0)
            supports.push_back(Id(1 + (i + 2) % 6));
        std::sort(supports.begin(), supports.end());
        m_w.departmentGoals.push_back({0, uid(), Id(1 + i % int(names.size())), goals[i],
                                       "Owned by the department leader; reviewed monthly.",
                                       i / int(names.size()), supports});
    }
    // Display order is by department, then the goal's position within it.
    std::stable_sort(
        m_w.departmentGoals.begin(), m_w.departmentGoals.end(), [](const auto &a, const auto &b) {
            return std::pair(a.departmentId, a.position) < std::pair(b.departmentId, b.position);
        });
    for (std::size_t i = 0; i < m_w.departmentGoals.size(); ++i)
        m_w.departmentGoals[i].id = Id(i + 1);
    for (int i = 0; i < int(text::personaNames().size()); ++i)
        m_w.personas.push_back({i + 1, uid(), text::personaNames()[i], text::personaSegments()[i],
                                "", "Get online quickly and stay online",
                                "Clear prices, no surprises",
                                "Waiting in for engineers; repeating themselves to agents",
                                "\"I don't care how it works, I care that it works.\"", i});
}

void Generator::addMap(int index)
{
    const auto &names = text::journeyNames();
    JourneyMap map;
    map.id = index + 1;
    map.uid = uid();
    map.name = names[index % names.size()];
    if (index >= int(names.size()))
        map.name += " " + std::to_string(index / names.size() + 1);
    map.personaId = pickId(m_w.personas);
    map.description = "Current-state map from the " + map.name
        + " workshop; validated with survey data and contact reasons.";
    map.position = index;
    m_w.maps.push_back(map);

    std::vector<Stage> stages;
    for (int s = 0; s < kStagesPerMap; ++s) {
        Stage stage;
        stage.id = Id(m_w.stages.size() + 1);
        stage.uid = uid();
        stage.mapId = map.id;
        stage.name = text::stageNames()[s];
        stage.color = text::stageColors()[s];
        stage.emotionAsIs = between(-3, 2);
        stage.emotionToBe = between(*stage.emotionAsIs, 3);
        stage.feeling = text::stageFeelings()[s];
        stage.position = s;
        m_w.stages.push_back(stage);
        stages.push_back(stage);
    }
    const auto lanes = addLanes(map.id);
    m_mapCards.push_back(addCards(map.id, stages, lanes));
    addCardLinks(m_mapCards.back());
}

std::vector<Lane> Generator::addLanes(Id mapId)
{
    std::vector<Lane> lanes;
    int position = 0;
    for (auto kind : allOf<LaneKind>()) {
        Lane lane {Id(m_w.lanes.size() + 1), uid(), mapId,     kind,
                   defaultLaneTitle(kind),   true,  position++};
        m_w.lanes.push_back(lane);
        lanes.push_back(lane);
    }
    return lanes;
}

MapCards Generator::addCards(Id mapId, const std::vector<Stage> &stages,
                             const std::vector<Lane> &lanes)
{
    // Card i goes to stage i % 5 and to the lanes in proportion to their weights.
    std::vector<LaneKind> pattern;
    for (const auto &[kind, weight] : kLaneWeights)
        pattern.insert(pattern.end(), std::size_t(weight), kind);
    std::array<std::array<int, 16>, kStagesPerMap> perCell {};
    for (int i = 0; i < m_spec.cardsPerMap; ++i)
        ++perCell[i % kStagesPerMap][int(pattern[(i / kStagesPerMap) % pattern.size()])];

    MapCards out;
    for (int s = 0; s < kStagesPerMap; ++s) {
        for (const auto &lane : lanes) {
            const auto kind = defaultCardKindFor(lane.kind);
            for (int position = 0; kind && position < perCell[s][int(lane.kind)]; ++position) {
                const bool note = lane.kind == LaneKind::Thoughts && position % 4 == 3;
                Card card = makeCard(note ? CardKind::Note : *kind);
                card.id = Id(m_w.cards.size() + 1);
                card.mapId = mapId;
                card.stageId = stages[s].id;
                card.laneId = lane.id;
                card.position = position;
                m_w.cards.push_back(card);
                if (card.kind == CardKind::Touchpoint)
                    out.touchpoints[s].push_back(card.id);
                else if (card.kind == CardKind::PainPoint)
                    out.painPoints[s].push_back(card.id);
                else if (card.kind == CardKind::Opportunity)
                    out.opportunities[s].push_back(card.id);
            }
        }
    }
    return out;
}

Card Generator::makeCard(CardKind kind)
{
    Card card;
    card.uid = uid();
    card.kind = kind;
    card.title = pick(text::cardTitles(kind));
    card.notes = pick(text::cardNotes(kind));
    switch (kind) {
    case CardKind::Touchpoint:
    case CardKind::Channel: {
        const bool online = chance(0.6);
        card.channel = pick(online ? text::channelsOnline() : text::channelsOffline());
        card.online = online;
        if (kind == CardKind::Touchpoint) {
            card.departmentId = someDepartment(0.9);
            card.currentScore = tenths(3.0, 9.5);
            card.targetScore = std::min(10.0, *card.currentScore + tenths(0.5, 2.5));
        }
        break;
    }
    case CardKind::PainPoint: {
        card.severity = Severity(between(1, 4));
        card.frequency = Frequency(between(1, 4));
        const int quotes = between(1, 3);
        for (int q = 0; q < quotes; ++q)
            card.evidence += (q ? "\n" : "") + pick(text::evidenceQuotes());
        card.departmentId = someDepartment(0.5);
        break;
    }
    case CardKind::Opportunity:
        card.dimension = Dimension(between(0, 2));
        card.departmentId = someDepartment(0.5);
        break;
    case CardKind::Backstage:
        card.departmentId = someDepartment(1.0);
        break;
    default:
        break;
    }
    return card;
}

// Each opportunity addresses a pain point of its stage; every other touchpoint relates to one.
void Generator::addCardLinks(const MapCards &cards)
{
    auto link = [this](Id from, Id to, LinkKind kind) {
        m_w.cardLinks.push_back({Id(m_w.cardLinks.size() + 1), uid(), from, to, kind});
    };
    for (int s = 0; s < kStagesPerMap; ++s) {
        const auto &pains = cards.painPoints[s];
        if (pains.empty())
            continue;
        for (std::size_t i = 0; i < cards.opportunities[s].size(); ++i)
            link(cards.opportunities[s][i], pains[i % pains.size()], LinkKind::Addresses);
        for (std::size_t i = 0; i < cards.touchpoints[s].size(); i += 2)
            link(cards.touchpoints[s][i], pains[i % pains.size()], LinkKind::Relates);
    }
}

Initiative Generator::makeInitiative(int index)
{
    Initiative i;
    i.id = index + 1;
    i.uid = uid();
    i.title = pick(text::initiativeVerbs()) + " " + pick(text::initiativeObjects()) + " ("
        + m_w.maps[std::size_t(between(0, int(m_w.maps.size()) - 1))].name + ")";
    i.description = pick(text::initiativeDescriptions());
    i.dimension = Dimension(index % 3);
    i.departmentId = someDepartment(0.9);
    i.owner = pick(text::peopleNames());
    static const InitiativeStatus statuses[]
        = {InitiativeStatus::Idea,       InitiativeStatus::Idea,       InitiativeStatus::Idea,
           InitiativeStatus::Planned,    InitiativeStatus::Planned,    InitiativeStatus::Planned,
           InitiativeStatus::InProgress, InitiativeStatus::InProgress, InitiativeStatus::Done,
           InitiativeStatus::Dropped};
    i.status = statuses[between(0, 9)];
    if (chance(0.9)) {
        const Quarter start {between(2025, 2027), between(1, 4)};
        const int end = start.index() + between(0, 5);
        i.startQuarter = start.toString();
        i.endQuarter = Quarter {end / 4, end % 4 + 1}.toString();
    }
    if (chance(0.85))
        i.cost = std::round(tenths(5, 750)) * 1000;
    if (chance(0.85))
        i.effort = between(5, 400);
    static const char *const metrics[] = {"nps", "csat", "ces", "retention", "conversion", ""};
    i.metric = metrics[between(0, 5)];
    if (!i.metric.empty())
        i.expectedChange = tenths(0.5, 8.0);
    i.position = index;
    const int links = between(1, 4);
    for (int k = 0; k < links; ++k)
        i.links.push_back(makeInitiativeLink());
    return i;
}

InitiativeLink Generator::makeInitiativeLink()
{
    const int roll = between(0, 99);
    if (roll < 15)
        return {InitiativeTarget::Stage, pickId(m_w.stages)};
    if (roll < 30)
        return {InitiativeTarget::OrgGoal, pickId(m_w.orgGoals)};
    if (roll < 40)
        return {InitiativeTarget::DepartmentGoal, pickId(m_w.departmentGoals)};
    const auto &map = m_mapCards[std::size_t(between(0, int(m_mapCards.size()) - 1))];
    const int stage = between(0, kStagesPerMap - 1);
    const auto &targets = chance(0.5) && !map.opportunities[stage].empty()
        ? map.opportunities[stage]
        : map.painPoints[stage];
    if (targets.empty())
        return {InitiativeTarget::Stage, pickId(m_w.stages)};
    return {InitiativeTarget::Card, targets[std::size_t(between(0, int(targets.size()) - 1))]};
}

} // namespace

Workspace generateBenchWorkspace(const BenchWorkspaceSpec &spec)
{
    return Generator(spec).run();
}

Workspace makeBenchWorkspace(const std::string &path, const BenchWorkspaceSpec &spec)
{
    auto workspace = generateBenchWorkspace(spec);
    storage::WorkspaceFile::create(
        path, [&](storage::Database &db) { storage::storeWorkspace(db, workspace); });
    return workspace;
}

} // namespace ts::bench
