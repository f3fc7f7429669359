#include "samplemap.h"

#include <algorithm>

namespace ts::test {
namespace {

constexpr Id kMap = 1;

void addGrid(Workspace &w, const std::vector<std::pair<std::string, std::string>> &stages)
{
    w.maps.push_back({kMap, newUid(), "Buying a new EV", 0, "From first ad to referral", 0});
    int position = 0;
    for (const auto &[name, color] : stages) {
        Stage s;
        s.id = Id(w.stages.size() + 1);
        s.uid = newUid();
        s.mapId = kMap;
        s.name = name;
        s.color = color;
        s.position = position++;
        w.stages.push_back(s);
    }
    position = 0;
    for (auto kind : allOf<LaneKind>()) {
        Lane l;
        l.id = Id(w.lanes.size() + 1);
        l.uid = newUid();
        l.mapId = kMap;
        l.kind = kind;
        l.title = defaultLaneTitle(kind);
        l.position = position++;
        w.lanes.push_back(l);
    }
}

Id laneOf(const Workspace &w, LaneKind kind)
{
    for (const auto &l : w.lanes)
        if (l.kind == kind)
            return l.id;
    return 0;
}

Id department(Workspace &w, const std::string &name)
{
    for (const auto &d : w.departments)
        if (d.name == name)
            return d.id;
    Department d;
    d.id = Id(w.departments.size() + 1);
    d.uid = newUid();
    d.name = name;
    d.position = int(w.departments.size());
    w.departments.push_back(d);
    return d.id;
}

Card &touchpoint(Workspace &w, Id stage, const std::string &title, const std::string &channel,
                 bool online, const std::string &owner, double current, double target)
{
    Card &c = addCard(w, stage, laneOf(w, LaneKind::Touchpoints), CardKind::Touchpoint, title);
    c.channel = channel;
    c.online = online;
    c.departmentId = department(w, owner);
    c.currentScore = current;
    c.targetScore = target;
    return c;
}

Card &pain(Workspace &w, Id stage, const std::string &title, Severity severity, Frequency frequency)
{
    Card &c = addCard(w, stage, laneOf(w, LaneKind::PainPoints), CardKind::PainPoint, title);
    c.severity = severity;
    c.frequency = frequency;
    return c;
}

Card &opportunity(Workspace &w, Id stage, const std::string &title, Dimension dimension)
{
    Card &c = addCard(w, stage, laneOf(w, LaneKind::Opportunities), CardKind::Opportunity, title);
    c.dimension = dimension;
    return c;
}

void link(Workspace &w, Id from, Id to)
{
    w.cardLinks.push_back({Id(w.cardLinks.size() + 1), newUid(), from, to, LinkKind::Addresses});
}

void simple(Workspace &w, Id stage, LaneKind lane, CardKind kind,
            const std::vector<std::string> &titles, const std::string &owner = {})
{
    for (const auto &title : titles) {
        Card &c = addCard(w, stage, laneOf(w, lane), kind, title);
        if (!owner.empty())
            c.departmentId = department(w, owner);
    }
}

void emotion(Workspace &w, Id stage, int asIs, int toBe, const std::string &feeling)
{
    auto &s = w.stages[std::size_t(stage - 1)];
    s.emotionAsIs = asIs;
    s.emotionToBe = toBe;
    s.feeling = feeling;
}

} // namespace

Card &addCard(Workspace &w, Id stageId, Id laneId, CardKind kind, const std::string &title)
{
    const int position = int(std::count_if(w.cards.begin(), w.cards.end(), [&](const Card &c) {
        return c.stageId == stageId && c.laneId == laneId;
    }));
    Card c;
    c.id = Id(w.cards.size() + 1);
    c.uid = newUid();
    c.mapId = kMap;
    c.stageId = stageId;
    c.laneId = laneId;
    c.position = position;
    c.kind = kind;
    c.title = title;
    w.cards.push_back(c);
    return w.cards.back();
}

Workspace sampleWorkspace()
{
    Workspace w;
    w.canvas.organisation = "Northwind Motors";
    w.personas.push_back(
        {1, newUid(), "Priya, first-time EV buyer", "Young families", "", "", "", "", "", 0});
    addGrid(w,
            {{"Awareness", "#4e79a7"},
             {"Consideration", "#59a14f"},
             {"Purchase", "#f28e2b"},
             {"Retention", "#b07aa1"},
             {"Advocacy", "#e15759"}});
    w.maps[0].personaId = 1;
    w.cards.reserve(80); // addCard hands out references
    using enum LaneKind;
    simple(w, 1, Actions, CardKind::Action,
           {"Sees a friend's new EV and asks about range", "Searches \"best family EV 2026\""});
    simple(w, 2, Actions, CardKind::Action, {"Compares three models online", "Books a test drive"});
    simple(w, 3, Actions, CardKind::Action,
           {"Negotiates the trade-in value", "Signs the finance paperwork"});
    simple(w, 4, Actions, CardKind::Action,
           {"Charges at home and on the road", "Books the first service"});
    simple(w, 5, Actions, CardKind::Action, {"Posts a review", "Refers a colleague"});
    touchpoint(w, 1, "Instagram ad for the spring EV event", "social", true, "Marketing", 5.8, 7.5);
    touchpoint(w, 1, "Model pages on the brand website", "web", true, "Digital", 6.4, 8);
    touchpoint(w, 2, "Online configurator", "web", true, "Digital", 5.2, 8);
    touchpoint(w, 2, "Test-drive booking by phone", "phone", false, "Customer Service", 4.6, 8.5);
    touchpoint(w, 3, "Showroom visit", "store", false, "Sales", 6.8, 8.5);
    touchpoint(w, 3, "Finance office", "in_person", false, "Finance", 4.9, 7.5);
    touchpoint(w, 3, "Order confirmation email", "email", true, "Digital", 7.2, 8);
    touchpoint(w, 4, "Owner app", "app", true, "Digital", 5.5, 8);
    touchpoint(w, 4, "Service reminder", "sms", true, "Aftersales", 7.0, 8);
    touchpoint(w, 5, "Review request", "email", true, "Marketing", 6.0, 7.5);
    touchpoint(w, 5, "Owners' evening at the dealership", "event", false, "Marketing", 7.8, 9);
    simple(w, 1, Channels, CardKind::Channel, {"Social media", "Search"});
    simple(w, 2, Channels, CardKind::Channel, {"Website", "Call centre"});
    simple(w, 3, Channels, CardKind::Channel, {"Showroom"});
    simple(w, 4, Channels, CardKind::Channel, {"App", "SMS"});
    simple(w, 5, Channels, CardKind::Channel, {"Email", "Events"});
    simple(w, 1, Thoughts, CardKind::Thought, {"\"Is an EV even practical without a driveway?\""});
    simple(w, 2, Thoughts, CardKind::Thought, {"\"I don't want a pushy salesperson.\""});
    simple(w, 3, Thoughts, CardKind::Thought, {"\"Why does the paperwork take two hours?\""});
    simple(w, 4, Thoughts, CardKind::Thought, {"\"Nobody told me how the public chargers work.\""});
    simple(w, 5, Thoughts, CardKind::Thought, {"\"I'd recommend the car, not the dealership.\""});
    const Id p1 = pain(w, 1, "Range figures differ between the ad and the website", Severity::High,
                       Frequency::Frequent)
                      .id;
    const Id p2 = pain(w, 2, "On hold for 12 minutes to book a test drive", Severity::Critical,
                       Frequency::Frequent)
                      .id;
    const Id p3 = pain(w, 2, "Configurator forgets the saved car on another device",
                       Severity::Medium, Frequency::Occasional)
                      .id;
    const Id p4 = pain(w, 3, "Finance paperwork repeats questions already answered online",
                       Severity::High, Frequency::Constant)
                      .id;
    pain(w, 3, "Trade-in valuation changes on the day", Severity::Medium, Frequency::Occasional);
    const Id p6 = pain(w, 4, "No one explains home charging after delivery", Severity::High,
                       Frequency::Constant)
                      .id;
    const Id p7
        = pain(w, 5, "Referral reward takes three months to arrive", Severity::Low, Frequency::Rare)
              .id;
    const Id o1 = opportunity(w, 1, "One source of truth for range and price in every campaign",
                              Dimension::Process)
                      .id;
    const Id o2
        = opportunity(w, 2, "Book a test drive online in two clicks", Dimension::Technology).id;
    opportunity(w, 2, "Coach sales staff in consultative selling", Dimension::People);
    const Id o4 = opportunity(w, 3, "Pre-fill finance forms from the online application",
                              Dimension::Technology)
                      .id;
    opportunity(w, 3, "Trade-in price guaranteed for seven days", Dimension::Process);
    const Id o6 = opportunity(w, 4, "Charging walkthrough with a specialist on delivery day",
                              Dimension::People)
                      .id;
    const Id o7
        = opportunity(w, 5, "Instant referral credit in the owner app", Dimension::Technology).id;
    for (auto [from, to] : {std::pair {p1, o1}, {p2, o2}, {p3, o2}, {p4, o4}, {p6, o6}, {p7, o7}})
        link(w, from, to);
    simple(w, 1, Backstage, CardKind::Backstage, {"Agency runs campaigns without stock data"},
           "Marketing");
    simple(w, 2, Backstage, CardKind::Backstage, {"Test-drive calendar is a shared spreadsheet"},
           "Sales");
    simple(w, 3, Backstage, CardKind::Backstage, {"Finance and sales use separate CRMs"},
           "Finance");
    simple(w, 4, Backstage, CardKind::Backstage,
           {"Aftersales gets the customer record a week late"}, "Aftersales");
    simple(w, 5, Backstage, CardKind::Backstage, {"Referrals tracked by hand"}, "Marketing");
    simple(w, 1, Metrics, CardKind::Metric, {"Ad click-through 1.9 %"});
    simple(w, 2, Metrics, CardKind::Metric, {"Test-drive show rate 64 %"});
    simple(w, 3, Metrics, CardKind::Metric, {"Order to delivery 23 days", "CSAT 71 %"});
    simple(w, 4, Metrics, CardKind::Metric, {"Service retention 71 %"});
    simple(w, 5, Metrics, CardKind::Metric, {"NPS +18 (n = 412)"});
    emotion(w, 1, 1, 2, "Curious");
    emotion(w, 2, -1, 2, "Frustrated on hold");
    emotion(w, 3, -2, 1, "Worn out by paperwork");
    emotion(w, 4, 0, 2, "Unsure about charging");
    emotion(w, 5, 1, 3, "Proud of the car");
    return w;
}

Workspace largeWorkspace(int cards, int stages)
{
    Workspace w;
    w.maps.push_back({kMap, newUid(), "Large map", 0, "", 0});
    for (int s = 0; s < stages; ++s) {
        Stage st;
        st.id = s + 1;
        st.uid = newUid();
        st.mapId = kMap;
        st.name = "Stage " + std::to_string(s + 1);
        st.position = s;
        st.emotionAsIs = (s * 5) % 7 - 3;
        st.emotionToBe = std::min(3, (s * 5) % 7 - 1);
        st.feeling = "Feeling " + std::to_string(s + 1);
        w.stages.push_back(st);
    }
    int position = 0;
    for (auto kind : allOf<LaneKind>())
        w.lanes.push_back({Id(w.lanes.size() + 1), newUid(), kMap, kind, defaultLaneTitle(kind),
                           true, position++});
    w.departments.push_back({1, newUid(), "Customer Service", "", "", 0});
    const std::vector<std::string> words
        = {"customer", "waits", "for", "a",       "call",      "back", "about", "the",
           "delivery", "date",  "and", "finance", "paperwork", "in",   "store"};
    std::vector<Id> lanes;
    for (const auto &l : w.lanes)
        if (defaultCardKindFor(l.kind))
            lanes.push_back(l.id);
    w.cards.reserve(std::size_t(cards));
    for (int i = 0; i < cards; ++i) {
        const Id stage = Id(i % stages) + 1;
        const Id lane = lanes[std::size_t(i / stages) % lanes.size()];
        std::string title;
        for (int k = 0; k < 3 + (i * 7) % 14; ++k)
            title += (k ? " " : "") + words[std::size_t(i + k * 3) % words.size()];
        Card &c
            = addCard(w, stage, lane, *defaultCardKindFor(findById(w.lanes, lane)->kind), title);
        if (c.kind == CardKind::Touchpoint)
            c.channel = "web", c.online = true, c.currentScore = 6, c.targetScore = 8,
            c.departmentId = 1;
        if (c.kind == CardKind::PainPoint)
            c.severity = Severity(1 + i % 4);
        if (c.kind == CardKind::Opportunity)
            c.dimension = Dimension(i % 3);
    }
    // Every pain point addresses an opportunity of its stage, as a well-kept map would.
    std::vector<const Card *> pains, opportunities;
    for (const auto &c : w.cards)
        (c.kind == CardKind::PainPoint ? pains : opportunities).push_back(&c);
    std::erase_if(opportunities, [](const Card *c) { return c->kind != CardKind::Opportunity; });
    for (std::size_t i = 0; i < pains.size(); ++i)
        for (const Card *o : opportunities)
            if (o->stageId == pains[i]->stageId && o->position == int(i % 3)) {
                w.cardLinks.push_back({Id(w.cardLinks.size() + 1), newUid(), pains[i]->id, o->id,
                                       LinkKind::Addresses});
                break;
            }
    return w;
}

} // namespace ts::test
