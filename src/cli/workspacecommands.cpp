// new, info, check, export-json and import-json.
#include "cli/clicommand.h"
#include "core/validation.h"
#include "interchange/demo.h"
#include "interchange/workspacejson.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QCommandLineParser>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace ts::cli {
namespace {

using storage::WorkspaceFile;

std::string str(const QString &text)
{
    return text.toStdString();
}

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

} // namespace

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), QStringLiteral("fill with the demo content")});
    const auto rest = parseArguments(parser, args, 1, "new FILE [--demo]");
    const bool demo = parser.isSet(QStringLiteral("demo"));
    const Workspace content = demo ? interchange::demoWorkspace() : Workspace {};
    WorkspaceFile::create(str(rest[0]), [&](storage::Database &db) {
        if (demo)
            storage::storeWorkspace(db, content);
    });
    std::printf("created %s%s\n", qPrintable(rest[0]), demo ? " with the demo workspace" : "");
    return Ok;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("print JSON")});
    const auto rest = parseArguments(parser, args, 1, "info FILE [--json]");
    auto file = WorkspaceFile::open(str(rest[0]), WorkspaceFile::Access::ReadOnly);
    auto &db = file->db();
    const auto counts = storage::countWorkspace(db);
    nlohmann::ordered_json out;
    out["file"] = str(rest[0]);
    out["schema_version"] = file->schemaVersion();
    {
        auto s = db.prepare("SELECT organisation FROM canvas");
        out["organisation"] = s.step() ? s.text(0) : std::string();
    }
    out["maps"] = nlohmann::ordered_json::array();
    auto maps = db.prepare("SELECT m.id, m.uid, m.name, (SELECT COUNT(*) FROM stages s WHERE "
                           "s.map_id = m.id), (SELECT COUNT(*) FROM cards c WHERE c.map_id = m.id) "
                           "FROM maps m ORDER BY m.position, m.id");
    while (maps.step())
        out["maps"].push_back({{"id", maps.integer(0)},
                               {"uid", maps.text(1)},
                               {"name", maps.text(2)},
                               {"stages", maps.integer(3)},
                               {"cards", maps.integer(4)}});
    out["cards"] = counts.cards;
    out["responses"] = counts.responses;
    out["initiatives"] = counts.initiatives;
    out["personas"] = counts.personas;
    out["departments"] = counts.departments;
    out["org_goals"] = counts.goals;
    out["snapshots"] = counts.snapshots;
    if (parser.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", out.dump(2).c_str());
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

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    const auto rest = parseArguments(parser, args, 1, "check FILE");
    auto file = WorkspaceFile::open(str(rest[0]), WorkspaceFile::Access::ReadOnly);
    auto problems = file->check();
    if (problems.empty())
        problems = domainProblems(storage::loadWorkspace(file->db()));
    for (const auto &problem : problems)
        std::fprintf(stderr, "%s: %s\n", qPrintable(rest[0]), problem.c_str());
    if (!problems.empty())
        return Problems;
    std::printf("%s: ok (format %d)\n", qPrintable(rest[0]), file->schemaVersion());
    return Ok;
}

int runExportJson(const QStringList &args)
{
    QCommandLineParser parser;
    const auto rest = parseArguments(parser, args, 2, "export-json FILE OUT.json");
    auto file = WorkspaceFile::open(str(rest[0]), WorkspaceFile::Access::ReadOnly);
    const auto json = interchange::toJson(storage::loadWorkspace(file->db()));
    writeOutput(str(rest[1]), interchange::dumpJson(json));
    return Ok;
}

int runImportJson(const QStringList &args)
{
    QCommandLineParser parser;
    const auto rest = parseArguments(parser, args, 2, "import-json IN.json FILE");
    const auto source = str(rest[0]);
    const auto workspace
        = interchange::fromJson(interchange::parseJson(readInput(source), source), source);
    WorkspaceFile::create(str(rest[1]),
                          [&](storage::Database &db) { storage::storeWorkspace(db, workspace); });
    std::printf("created %s from %s\n", qPrintable(rest[1]), qPrintable(rest[0]));
    return Ok;
}

} // namespace ts::cli
