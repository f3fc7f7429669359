// new, info, check, export-json and import-json.
#include "cli/clicommand.h"
#include "cli/command.h"
#include "core/validation.h"
#include "interchange/demo.h"
#include "interchange/workspacejson.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "storage/workspacesummary.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace ts::cli {
namespace {

using storage::WorkspaceFile;

// Domain rules the database schema cannot express, for `check`.
std::vector<std::string> domainProblems(const Workspace &w)
{
    std::vector<std::string> problems;
    auto report = [&](const std::string &what, const std::string &problem) {
        if (!problem.empty())
            problems.push_back(what + ": " + problem);
    };
    for (const auto &s : w.stages)
        report("stage \"" + s.name + "\"", problemWith(s));
    for (const auto &l : w.lanes)
        report("lane \"" + l.title + "\"", problemWith(l));
    for (const auto &c : w.cards) {
        report("card \"" + c.title + "\"", problemWith(c));
        const auto *stage = findById(w.stages, c.stageId);
        const auto *lane = findById(w.lanes, c.laneId);
        if ((stage && stage->mapId != c.mapId) || (lane && lane->mapId != c.mapId))
            problems.push_back("card \"" + c.title + "\": sits in a stage or lane of another map");
    }
    for (const auto &i : w.initiatives)
        report("initiative \"" + i.title + "\"", problemWith(i));
    for (const auto &m : w.maps)
        report("map \"" + m.name + "\"", problemWith(m));
    for (const auto &d : w.departments)
        report("department \"" + d.name + "\"", problemWith(d));
    for (const auto &t : w.metricTargets)
        report("metric target", problemWith(t));
    return problems;
}

int runNew(const CommandLine &line)
{
    const bool demo = line.isSet(QStringLiteral("demo"));
    const Workspace content = demo ? interchange::demoWorkspace() : Workspace {};
    WorkspaceFile::create(line.path(0), [&](storage::Database &db) {
        if (demo)
            storage::storeWorkspace(db, content);
    });
    std::printf("created %s%s\n", line.path(0).c_str(), demo ? " with the demo workspace" : "");
    return Ok;
}

int runInfo(const CommandLine &line)
{
    auto file = WorkspaceFile::open(line.path(0), WorkspaceFile::Access::ReadOnly);
    auto &db = file->db();
    const auto counts = storage::countWorkspace(db);
    nlohmann::ordered_json out;
    out["file"] = line.path(0);
    out["schema_version"] = file->schemaVersion();
    out["organisation"] = storage::organisationName(db);
    out["maps"] = nlohmann::ordered_json::array();
    for (const auto &map : storage::summarizeMaps(db))
        out["maps"].push_back({{"id", map.id},
                               {"uid", map.uid},
                               {"name", map.name},
                               {"stages", map.stages},
                               {"cards", map.cards}});
    out["cards"] = counts.cards;
    out["responses"] = counts.responses;
    out["initiatives"] = counts.initiatives;
    out["personas"] = counts.personas;
    out["departments"] = counts.departments;
    out["org_goals"] = counts.goals;
    out["snapshots"] = counts.snapshots;
    if (line.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", jsonOutput(out, line.argument(0).toStdString()).c_str());
        return Ok;
    }
    std::printf("%s — %s (format %d)\n", out["file"].get<std::string>().c_str(),
                out["organisation"].get<std::string>().c_str(), file->schemaVersion());
    for (const auto &m : out["maps"])
        std::printf("  map %-32s %3d stages %5d cards\n", m["name"].get<std::string>().c_str(),
                    m["stages"].get<int>(), m["cards"].get<int>());
    std::printf("  %lld survey responses, %lld initiatives, %lld personas, %lld departments, "
                "%lld goals, %lld snapshots\n",
                (long long)counts.responses, (long long)counts.initiatives,
                (long long)counts.personas, (long long)counts.departments, (long long)counts.goals,
                (long long)counts.snapshots);
    return Ok;
}

int runCheck(const CommandLine &line)
{
    const std::string path = line.path(0);
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    auto problems = file->check();
    if (problems.empty())
        problems = domainProblems(storage::loadWorkspace(file->db()));
    for (const auto &problem : problems)
        std::fprintf(stderr, "%s: %s\n", path.c_str(), problem.c_str());
    if (!problems.empty())
        return Problems;
    std::printf("%s: ok (format %d)\n", path.c_str(), file->schemaVersion());
    return Ok;
}

int runExportJson(const CommandLine &line)
{
    auto file = WorkspaceFile::open(line.path(0), WorkspaceFile::Access::ReadOnly);
    const auto json = interchange::toJson(storage::loadWorkspace(file->db()));
    writeOutput(line.path(1), interchange::dumpJson(json));
    return Ok;
}

int runImportJson(const CommandLine &line)
{
    const auto source = line.path(0);
    const auto workspace
        = interchange::fromJson(interchange::parseJson(readInput(source), source), source);
    WorkspaceFile::create(line.path(1),
                          [&](storage::Database &db) { storage::storeWorkspace(db, workspace); });
    std::printf("created %s from %s\n", line.path(1).c_str(), source.c_str());
    return Ok;
}

ArgumentSpec newWorkspaceArgument()
{
    return {QStringLiteral("FILE"),
            QStringLiteral("the workspace to create; it must not exist yet")};
}

ExitCodeSpec cannotCreateExit()
{
    return {CannotWrite,
            QStringLiteral("FILE exists or cannot be written; nothing is left behind")};
}

} // namespace

Command newCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("new");
    spec.description = QStringLiteral("Create a workspace, empty or filled with the demo content.");
    spec.arguments = {newWorkspaceArgument()};
    spec.options = {OptionSpec::flag(QStringLiteral("demo"),
                                     QStringLiteral("fill it with the demo workspace (Northwind "
                                                    "Motors)"))};
    spec.exitCodes = {{Ok, QStringLiteral("created")}, usageExit(), cannotCreateExit()};
    return {spec, runNew};
}

Command infoCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("info");
    spec.description = QStringLiteral("Print what a workspace holds: maps with their stages and "
                                      "cards, responses, initiatives, personas, departments, "
                                      "goals, snapshots.");
    spec.arguments = {workspaceArgument()};
    spec.options = {OptionSpec::flag(QStringLiteral("json"), QStringLiteral("print it as JSON"))};
    spec.exitCodes = {{Ok, QStringLiteral("printed")}, usageExit(), badWorkspaceExit()};
    return {spec, runInfo};
}

Command checkCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("check");
    spec.description = QStringLiteral("Check a workspace: SQLite integrity, foreign keys, schema, "
                                      "each survey import's columnar copy, the domain rules.");
    spec.arguments = {workspaceArgument()};
    spec.exitCodes = {{Ok, QStringLiteral("no problem found (\"FILE: ok\" on stdout)")},
                      {Problems,
                       QStringLiteral("problems found, one line each on stderr: "
                                      "\"FILE: problem\"")},
                      usageExit(),
                      badWorkspaceExit()};
    return {spec, runCheck};
}

Command exportJsonCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("export-json");
    spec.description
        = QStringLiteral("Write the whole workspace as JSON, losslessly (docs/FORMAT.md).");
    spec.arguments = {workspaceArgument(),
                      {QStringLiteral("OUT.json"),
                       QStringLiteral("the JSON file to write; "
                                      "replaced atomically, never "
                                      "a workspace")}};
    spec.exitCodes
        = {{Ok, QStringLiteral("written")},
           usageExit(),
           badWorkspaceExit(),
           {CannotWrite, QStringLiteral("OUT.json cannot be written or is a workspace")}};
    return {spec, runExportJson};
}

Command importJsonCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("import-json");
    spec.description = QStringLiteral("Create a workspace from a JSON export (docs/FORMAT.md).");
    spec.arguments
        = {{QStringLiteral("IN.json"), QStringLiteral("the JSON to read")}, newWorkspaceArgument()};
    spec.exitCodes = {{Ok, QStringLiteral("created")},
                      usageExit(),
                      {BadInput,
                       QStringLiteral("IN.json is unreadable, malformed or inconsistent "
                                      "(the error names its JSON path); nothing is "
                                      "created")},
                      cannotCreateExit()};
    return {spec, runImportJson};
}

} // namespace ts::cli
