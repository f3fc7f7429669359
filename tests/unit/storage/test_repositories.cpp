#include "fixture.h"
#include "storage/canvasrepository.h"
#include "storage/cardrepository.h"
#include "storage/departmentrepository.h"
#include "storage/maprepository.h"
#include "storage/personarepository.h"
#include "storage/reviewrepository.h"
#include "storage/roadmaprepository.h"
#include "storage/snapshotrepository.h"
#include "storage/surveyrepository.h"

#include <catch2/catch.hpp>

using namespace ts;
using namespace ts::storage;

TEST_CASE_METHOD(test::WorkspaceFixture, "the purpose canvas round-trips with its lists",
                 "[storage][canvas]")
{
    CanvasRepository repo(db);
    CHECK(repo.canvas() == PurposeCanvas {});
    PurposeCanvas c;
    c.organisation = "Northwind Motors";
    c.businessPurpose = "Keep families moving";
    c.customerStrategy = "Own the service relationship";
    c.visionTiedToBrand = true;
    c.cxPrinciples = {"Be straight with people", "Time is theirs, not ours"};
    c.employeeBehaviours = {"Call back the same day"};
    repo.setCanvas(c);
    CHECK(repo.canvas() == c);
}

TEST_CASE_METHOD(test::WorkspaceFixture, "goals and the communication plan round-trip and reorder",
                 "[storage][canvas]")
{
    CanvasRepository repo(db);
    OrgGoal a {0, {}, GoalKind::Organisational, "Grow service revenue", "", 0};
    OrgGoal b {0, {}, GoalKind::Cx, "Effortless service visits", "CES 5.5", 1};
    repo.add(a);
    repo.add(b);
    CHECK(repo.goals() == std::vector<OrgGoal> {a, b});
    b.title = "Effortless visits";
    repo.update(b);
    repo.reorderGoals({b.id, a.id});
    CHECK(repo.goals().front().title == "Effortless visits");
    repo.removeGoal(a.id);
    CHECK(repo.goals().size() == 1);

    CommunicationItem item {
        0, {}, "Service advisors", "Why same-day callbacks", "Team huddle", "2026-03-02", 0};
    repo.add(item);
    CHECK(repo.communicationPlan() == std::vector<CommunicationItem> {item});
    item.date = "2026-13-01";
    CHECK_THROWS_WITH(repo.update(item), Catch::Contains("not a date"));
    repo.removeCommunication(item.id);
    CHECK(repo.communicationPlan().empty());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "departments and their goals keep the goals they support",
                 "[storage][departments]")
{
    CanvasRepository canvas(db);
    OrgGoal growth {0, {}, GoalKind::Organisational, "Grow", "", 0};
    OrgGoal effort {0, {}, GoalKind::Cx, "Effortless", "", 1};
    canvas.add(growth);
    canvas.add(effort);
    DepartmentRepository repo(db);
    Department service {0, {}, "Service", "Marta", "keeps cars on the road", 0};
    repo.add(service);
    DepartmentGoal goal {0, {}, service.id, "Same-day callbacks", "", 0, {growth.id, effort.id}};
    repo.add(goal);
    DepartmentGoal lonely {0, {}, service.id, "Tidy workshop", "", 1, {}};
    repo.add(lonely);
    CHECK(repo.goals() == std::vector<DepartmentGoal> {goal, lonely});
    goal.supports = {effort.id};
    repo.update(goal);
    CHECK(repo.goals().front().supports == std::vector<Id> {effort.id});
    canvas.removeGoal(effort.id); // the link goes with it
    CHECK(repo.goals().front().supports.empty());
    repo.remove(service.id); // the goals go with it
    CHECK(repo.goals().empty());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "personas round-trip, photo bytes included",
                 "[storage][personas]")
{
    PersonaRepository repo(db);
    Persona p {0,
               {},
               "Sam",
               "Fleet",
               std::string("\x89PNG\r\n\x1a\n\0\1", 10),
               "uptime",
               "a loan car",
               "waiting",
               "Just tell me when",
               0};
    repo.add(p);
    CHECK(repo.personas() == std::vector<Persona> {p});
    p.photo.clear();
    repo.update(p);
    CHECK(repo.personas().front().photo.empty());
    repo.remove(p.id);
    CHECK(repo.personas().empty());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "initiatives round-trip with links of every kind",
                 "[storage][roadmap]")
{
    MapRepository maps(db);
    const auto map = maps.createDefault("Service");
    const auto stage = maps.stages(map.id)[3];
    Card pain;
    pain.mapId = map.id;
    pain.stageId = stage.id;
    pain.laneId = maps.lanes(map.id)[5].id;
    pain.kind = CardKind::PainPoint;
    pain.title = "No loan car";
    CardRepository(db).add(pain);
    OrgGoal goal {0, {}, GoalKind::Cx, "Effortless", "", 0};
    CanvasRepository(db).add(goal);
    Department d {0, {}, "Service", "", "", 0};
    DepartmentRepository(db).add(d);
    DepartmentGoal dg {0, {}, d.id, "Callbacks", "", 0, {}};
    DepartmentRepository(db).add(dg);

    RoadmapRepository repo(db);
    Initiative i;
    i.title = "Loan car pool";
    i.dimension = Dimension::Process;
    i.departmentId = d.id;
    i.owner = "Marta";
    i.status = InitiativeStatus::Planned;
    i.startQuarter = "2026-Q2";
    i.endQuarter = "2026-Q4";
    i.cost = 120000;
    i.effort = 30;
    i.metric = "ces";
    i.expectedChange = 0.4;
    i.links = {{InitiativeTarget::Card, pain.id},
               {InitiativeTarget::Stage, stage.id},
               {InitiativeTarget::OrgGoal, goal.id},
               {InitiativeTarget::DepartmentGoal, dg.id}};
    repo.add(i);
    CHECK(repo.initiative(i.id) == i);
    i.links.resize(1);
    i.endQuarter = "2027-Q1";
    repo.update(i);
    CHECK(repo.initiative(i.id) == i);
    CardRepository(db).remove(pain.id);
    CHECK(repo.initiative(i.id)->links.empty());
    i.startQuarter = "2028-Q1";
    CHECK_THROWS_WITH(repo.update(i), Catch::Contains("cannot end"));
    repo.remove(i.id);
    CHECK(repo.initiatives().empty());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "a survey import is all rows or none, and removable",
                 "[storage][survey]")
{
    SurveyRepository repo(db);
    SurveyImport record {0, {}, "march.csv", "2026-04-01T09:00:00Z", 2, 1};
    std::vector<SurveyResponse> rows(2);
    rows[0].customerId = "C1";
    rows[0].nps = 9;
    rows[0].retained = true;
    rows[1].customerId = "C2";
    rows[1].csat = 2;
    rows[1].date = "2026-03-04";
    repo.addImport(record, rows);
    CHECK(repo.imports() == std::vector<SurveyImport> {record});
    CHECK(repo.responses() == rows);

    std::vector<SurveyResponse> bad(3);
    bad[2].nps = 12;
    SurveyImport second {0, {}, "april.csv", "2026-05-01T09:00:00Z", 3, 0};
    CHECK_THROWS_WITH(repo.addImport(second, bad), Catch::Contains("NPS answer 12"));
    CHECK(repo.responseCount() == 2);
    CHECK(repo.imports().size() == 1);

    repo.removeImport(record.id);
    CHECK(repo.responseCount() == 0);
}

TEST_CASE_METHOD(test::WorkspaceFixture, "metric targets round-trip, one per metric and scope",
                 "[storage][survey]")
{
    SurveyRepository repo(db);
    MetricTarget nps {0, {}, "nps", "", 40, 35};
    MetricTarget stage {0, {}, "csat", "Purchase", 85, std::nullopt};
    repo.add(nps);
    repo.add(stage);
    CHECK(repo.targets() == std::vector<MetricTarget> {nps, stage});
    MetricTarget duplicate {0, {}, "nps", "", 50, std::nullopt};
    CHECK_THROWS(repo.add(duplicate));
    MetricTarget unknown {0, {}, "happiness", "", 1, std::nullopt};
    CHECK_THROWS_WITH(repo.add(unknown), Catch::Contains("not a metric"));
    repo.removeTarget(nps.id);
    CHECK(repo.targets().size() == 1);
}

TEST_CASE_METHOD(test::WorkspaceFixture, "gap reviews keep status, comments and history by author",
                 "[storage][reviews]")
{
    ReviewRepository repo(db);
    const auto ana = repo.authorNamed("Ana");
    CHECK(repo.authorNamed("Ana").id == ana.id);
    const auto ben = repo.authorNamed("Ben");
    GapReview review {0,
                      {},
                      "goal-unlinked",
                      newUid(),
                      ReviewStatus::Accepted,
                      ben.id,
                      "real gap",
                      ana.id,
                      "2026-05-01T10:00:00Z",
                      0,
                      ""};
    repo.add(review);
    CHECK(repo.review(review.ruleId, review.objectUid) == review);
    GapComment comment {0, {}, review.id, ben.id, "I'll take it", "2026-05-01T10:05:00Z"};
    repo.add(comment);
    GapEvent event {0,          {}, review.id, ana.id, ReviewStatus::Open, ReviewStatus::Accepted,
                    "real gap", ""};
    repo.add(event);
    CHECK(repo.comments(review.id) == std::vector<GapComment> {comment});
    CHECK(repo.events(review.id).front().to == ReviewStatus::Accepted);
    CHECK_FALSE(repo.events(review.id).front().at.empty());
    review.status = ReviewStatus::Resolved;
    review.fixedById = ben.id;
    review.fixedAt = "2026-06-01T08:00:00Z";
    repo.update(review);
    CHECK(repo.reviews() == std::vector<GapReview> {review});
    GapReview same {0, {}, review.ruleId, review.objectUid, ReviewStatus::Open, 0, "", 0, "",
                    0, ""};
    CHECK_THROWS(repo.add(same)); // one review per finding
    repo.remove(review.id);
    CHECK(repo.comments().empty());
    CHECK(repo.events().empty());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "snapshots round-trip and can be renamed",
                 "[storage][snapshots]")
{
    SnapshotRepository repo(db);
    Snapshot s {
        0, {}, "Q1 audit", "", "before the workshop", R"({"format":"touchstone-workspace"})"};
    repo.add(s);
    CHECK_FALSE(s.createdAt.empty());
    CHECK(repo.snapshots() == std::vector<Snapshot> {s});
    repo.rename(s.id, "Q1 audit (final)", "after");
    CHECK(repo.snapshots().front().name == "Q1 audit (final)");
    CHECK_THROWS(repo.rename(s.id, "", ""));
    repo.remove(s.id);
    CHECK(repo.snapshots().empty());
}
