#include "storage/workspacestore.h"

#include "storage/canvasrepository.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/maprepository.h"
#include "storage/personarepository.h"
#include "storage/reviewrepository.h"
#include "storage/roadmaprepository.h"
#include "storage/snapshotrepository.h"
#include "storage/surveyrepository.h"

namespace ts::storage {

Workspace loadWorkspace(Database &db, bool withResponses)
{
    Workspace w;
    CanvasRepository canvas(db);
    w.canvas = canvas.canvas();
    w.orgGoals = canvas.goals();
    w.communicationPlan = canvas.communicationPlan();
    DepartmentRepository departments(db);
    w.departments = departments.departments();
    w.departmentGoals = departments.goals();
    w.personas = PersonaRepository(db).personas();
    MapRepository maps(db);
    w.maps = maps.maps();
    w.stages = maps.stages();
    w.lanes = maps.lanes();
    CardRepository cards(db);
    w.cards = cards.cards();
    w.cardLinks = cards.links();
    w.initiatives = RoadmapRepository(db).initiatives();
    SurveyRepository survey(db);
    w.surveyImports = survey.imports();
    if (withResponses)
        w.responses = survey.responses();
    w.metricTargets = survey.targets();
    ReviewRepository reviews(db);
    w.authors = reviews.authors();
    w.reviews = reviews.reviews();
    w.comments = reviews.comments();
    w.events = reviews.events();
    w.snapshots = SnapshotRepository(db).snapshots();
    return w;
}

void storeWorkspace(Database &db, Workspace w)
{
    Transaction transaction(db);
    CanvasRepository canvas(db);
    canvas.setCanvas(w.canvas);
    for (auto &goal : w.orgGoals)
        canvas.add(goal);
    for (auto &item : w.communicationPlan)
        canvas.add(item);
    DepartmentRepository departments(db);
    for (auto &department : w.departments)
        departments.add(department);
    for (auto &goal : w.departmentGoals)
        departments.add(goal);
    PersonaRepository personas(db);
    for (auto &persona : w.personas)
        personas.add(persona);
    MapRepository maps(db);
    for (auto &map : w.maps)
        maps.add(map);
    for (auto &stage : w.stages)
        maps.add(stage);
    for (auto &lane : w.lanes)
        maps.add(lane);
    CardRepository cards(db);
    for (auto &card : w.cards)
        cards.add(card);
    for (auto &link : w.cardLinks)
        cards.add(link);
    RoadmapRepository roadmap(db);
    for (auto &initiative : w.initiatives)
        roadmap.add(initiative);
    SurveyRepository survey(db);
    for (auto &record : w.surveyImports) {
        std::vector<SurveyResponse> none;
        survey.addImport(record, none);
    }
    survey.addResponses(w.responses);
    for (auto &target : w.metricTargets)
        survey.add(target);
    ReviewRepository reviews(db);
    for (auto &author : w.authors)
        reviews.add(author);
    for (auto &review : w.reviews)
        reviews.add(review);
    for (auto &comment : w.comments)
        reviews.add(comment);
    for (auto &event : w.events)
        reviews.add(event);
    SnapshotRepository snapshots(db);
    for (auto &snapshot : w.snapshots)
        snapshots.add(snapshot);
    transaction.commit();
}

WorkspaceCounts countWorkspace(Database &db)
{
    WorkspaceCounts c;
    c.maps = db.queryInt("SELECT COUNT(*) FROM maps");
    c.stages = db.queryInt("SELECT COUNT(*) FROM stages");
    c.cards = db.queryInt("SELECT COUNT(*) FROM cards");
    c.responses = db.queryInt("SELECT COUNT(*) FROM survey_responses");
    c.initiatives = db.queryInt("SELECT COUNT(*) FROM initiatives");
    c.personas = db.queryInt("SELECT COUNT(*) FROM personas");
    c.departments = db.queryInt("SELECT COUNT(*) FROM departments");
    c.goals = db.queryInt("SELECT COUNT(*) FROM org_goals");
    c.snapshots = db.queryInt("SELECT COUNT(*) FROM snapshots");
    return c;
}

} // namespace ts::storage
