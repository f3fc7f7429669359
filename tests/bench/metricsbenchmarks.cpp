#include "metricsbenchmarks.h"

#include "core/earlierimport.h"
#include "core/quarter.h"
#include "core/surveyscope.h"
#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"
#include "metrics/surveyimporter.h"
#include "metricsbenchdata.h"
#include "storage/maprepository.h"
#include "storage/surveyscopestore.h"
#include "storage/surveytablestore.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace fs = std::filesystem;

namespace ts::bench {
namespace {

#ifndef TOUCHSTONE_CLI_PATH
#define TOUCHSTONE_CLI_PATH "touchstone-cli"
#endif
#ifndef METRICS_BENCH_PATH
#define METRICS_BENCH_PATH "metrics_bench"
#endif

using Clock = LatencySamples::Clock;

// Debian's interpreter, which has python3-pandas; the python3 first on PATH may not.
constexpr const char *kPython = "/usr/bin/python3";

// The figures every tool computes, for the whole table ("(overall)") and per stage.
struct FigureRow
{
    std::size_t n = 0;
    // NPS, CSAT top-2 %, CES mean, retention %, retention % of promoters, passives, detractors
    std::array<double, 7> values {};
};
using FigureRows = std::map<std::string, FigureRow>;
constexpr const char *kOverall = "(overall)";
constexpr const char *kFigureNames[] = {"NPS",
                                        "CSAT",
                                        "CES",
                                        "retention",
                                        "promoter retention",
                                        "passive retention",
                                        "detractor retention"};

FigureRow figureRow(const metrics::MetricFigures &f)
{
    const auto nan = std::nan("");
    const auto share = [&](const std::optional<metrics::Proportion> &p) {
        return p ? p->value : nan;
    };
    const auto &r = f.retention;
    return {f.responses,
            {f.nps ? f.nps->value : nan, share(f.csat), f.ces ? f.ces->mean : nan,
             share(r.retention), share(r.promoterRetention), share(r.passiveRetention),
             share(r.detractorRetention)}};
}

FigureRows figureRows(const metrics::MetricFigures &overall, const metrics::GroupedFigures &byStage)
{
    FigureRows rows {{kOverall, figureRow(overall)}};
    for (const auto &group : byStage.groups)
        rows[group.key] = figureRow(group.figures);
    return rows;
}

// Lines "key,n,v1,...,v7" as the SQL and the Python script below print them.
FigureRows parseFigureRows(const std::string &text)
{
    FigureRows rows;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> cells;
        std::istringstream split(line);
        for (std::string cell; std::getline(split, cell, ',');)
            cells.push_back(cell);
        if (cells.size() != 9)
            continue;
        FigureRow row;
        row.n = std::stoul(cells[1]);
        for (std::size_t i = 0; i < row.values.size(); ++i)
            row.values[i] = std::strtod(cells[i + 2].c_str(), nullptr);
        rows[cells[0]] = row;
    }
    return rows;
}

// "agree" when every figure of every row matches to 1e-6 (percentage points, or CES points).
std::string compareFigures(const FigureRows &ours, const FigureRows &theirs)
{
    constexpr double kTolerance = 1e-6;
    if (theirs.size() != ours.size())
        return "DIFFERENT: " + std::to_string(theirs.size())
            + " rows (overall + stages) against our " + std::to_string(ours.size());
    double largest = 0;
    for (const auto &[key, row] : ours) {
        const auto found = theirs.find(key);
        if (found == theirs.end())
            return "DIFFERENT: no row for \"" + key + "\"";
        if (found->second.n != row.n)
            return "DIFFERENT: " + key + " n " + std::to_string(found->second.n) + " against our "
                + std::to_string(row.n);
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            const double difference = std::fabs(found->second.values[i] - row.values[i]);
            if (!(difference <= kTolerance)) {
                char text[160];
                std::snprintf(text, sizeof text, "DIFFERENT: %s %s %.9f against our %.9f",
                              key.c_str(), kFigureNames[i], found->second.values[i], row.values[i]);
                return text;
            }
            largest = std::max(largest, difference);
        }
    }
    char text[160];
    std::snprintf(text, sizeof text,
                  "agree: overall + %zu stages x n and 7 figures, largest difference %.1e",
                  ours.size() - 1, largest);
    return text;
}

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct ProcessRun
{
    double seconds = 0;
    long peakKilobytes = -1; // -1 when /usr/bin/time is not installed
    std::string output;
};

// GNU time (Debian package "time") reports a child's peak memory. wait4's ru_maxrss cannot:
// a process spawned from this one starts with this process's high-water mark, because exec
// records the replaced address space's peak, and that is ours (vfork) or a copy of ours (fork).
constexpr const char *kTimeTool = "/usr/bin/time";

// Spawns `arguments` (no shell) under GNU time when it is installed, with stdout and stderr going
// to files in `folder`, and waits for it: wall clock from spawn to exit, process start and exit
// included (GNU time's own fork adds well under a millisecond). Throws when the command fails.
ProcessRun runProcess(const std::vector<std::string> &arguments, const std::string &folder)
{
    const std::string outPath = folder + "/stdout.txt", errPath = folder + "/stderr.txt",
                      peakPath = folder + "/peak.txt";
    const bool timed = access(kTimeTool, X_OK) == 0;
    std::vector<std::string> command = arguments;
    if (timed)
        command.insert(command.begin(), {kTimeTool, "-f", "%M", "-o", peakPath});
    std::vector<char *> argv;
    for (const auto &argument : command)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    const auto start = Clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot run " + command[0] + ": " + std::strerror(spawned));
    int status = 0;
    waitpid(pid, &status, 0);
    ProcessRun run;
    run.seconds = LatencySamples::secondsSince(start);
    const std::string name = fs::path(arguments[0]).filename().string();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        auto message = readText(errPath);
        message = message.substr(0, message.find('\n'));
        throw std::runtime_error(name + " failed (status " + std::to_string(WEXITSTATUS(status))
                                 + "): " + message);
    }
    if (timed)
        run.peakKilobytes = std::atol(readText(peakPath).c_str()); // kilobytes
    run.output = readText(outPath);
    return run;
}

// Times `runs` runs of `command` after one untimed run of `startOnly` (which also warms the page
// cache for the program's libraries) and `runs` timed ones; checks the last run's figures.
void timeTool(ProcessTimings &timings, const std::vector<std::string> &command,
              const std::vector<std::string> &startOnly, int runs, const std::string &folder,
              const FigureRows *ours)
{
    try {
        if (!startOnly.empty()) {
            runProcess(startOnly, folder);
            for (int i = 0; i < runs; ++i)
                timings.startOnly.add(runProcess(startOnly, folder).seconds);
        }
        ProcessRun run;
        for (int i = 0; i < runs; ++i) {
            run = runProcess(command, folder);
            timings.runs.add(run.seconds);
            timings.peakKilobytes = std::max(timings.peakKilobytes, run.peakKilobytes);
        }
        if (ours)
            timings.agreement = compareFigures(*ours, parseFigureRows(run.output));
    } catch (const std::exception &e) {
        timings.error = e.what();
        timings.runs.clear();
    }
}

// The same aggregates in SQL: the table is typed, so .import stores the scores as integers.
std::vector<std::string> sqlite3Command(const std::string &csv)
{
    const std::string figures
        = "COUNT(*) AS n, 100.0 * (SUM(nps >= 9) - SUM(nps <= 6)) / COUNT(nps) AS nps, "
          "100.0 * SUM(csat >= 4) / COUNT(csat) AS csat, AVG(ces) AS ces, "
          "100.0 * AVG(retained) AS retention, "
          "100.0 * AVG(CASE WHEN nps >= 9 THEN retained END) AS promoters, "
          "100.0 * AVG(CASE WHEN nps BETWEEN 7 AND 8 THEN retained END) AS passives, "
          "100.0 * AVG(CASE WHEN nps <= 6 THEN retained END) AS detractors";
    const std::string select
        = "SELECT printf('%s,%d,%.12f,%.12f,%.12f,%.12f,%.12f,%.12f,%.12f', key, n, nps, csat, "
          "ces, retention, promoters, passives, detractors) FROM (SELECT '"
        + std::string(kOverall) + "' AS key, " + figures + " FROM r UNION ALL SELECT stage, "
        + figures + " FROM r GROUP BY stage);";
    return {"sqlite3",
            "-batch",
            "-init",
            "/dev/null",
            ":memory:",
            "CREATE TABLE r (customer_id TEXT, date TEXT, nps INTEGER, csat INTEGER, ces INTEGER, "
            "stage TEXT, touchpoint TEXT, segment TEXT, retained INTEGER, expansion INTEGER, "
            "referral INTEGER, comment TEXT);",
            ".import --csv --skip 1 \"" + csv + "\" r",
            select};
}

constexpr const char *kPandasScript = R"PY(import sys
import pandas as pd

df = pd.read_csv(sys.argv[1])
nps, csat, retained = df["nps"], df["csat"], df["retained"]
x = pd.DataFrame({
    "stage": df["stage"],
    "promoter": nps >= 9,
    "detractor": nps <= 6,
    "nps_n": nps.notna(),
    "top2": csat >= 4,
    "csat_n": csat.notna(),
    "ces": df["ces"],
    "retained": retained,
    "promoter_retained": retained.where(nps >= 9),
    "passive_retained": retained.where((nps >= 7) & (nps <= 8)),
    "detractor_retained": retained.where(nps <= 6),
})
counts = ["promoter", "detractor", "nps_n", "top2", "csat_n"]
means = ["ces", "retained", "promoter_retained", "passive_retained", "detractor_retained"]


def line(key, n, s, m):
    print(f"{key},{n},{100 * (s.promoter - s.detractor) / s.nps_n:.12f},"
          f"{100 * s.top2 / s.csat_n:.12f},{m.ces:.12f},{100 * m.retained:.12f},"
          f"{100 * m.promoter_retained:.12f},{100 * m.passive_retained:.12f},"
          f"{100 * m.detractor_retained:.12f}")


line("(overall)", len(x), x[counts].sum(), x[means].mean())
groups = x.groupby("stage")
sums, averages, sizes = groups[counts].sum(), groups[means].mean(), groups.size()
for stage in sums.index:
    line(stage, sizes[stage], sums.loc[stage], averages.loc[stage])
)PY";

// CPU time of this thread, user + system: against the wall clock it shows the waits (other
// processes on the CPUs, the disk).
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void say(const std::string &text)
{
    std::cout << text << std::endl;
}

} // namespace

long takeMetricsRows(int &argc, char **argv, long fallback)
{
    long rows = fallback;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--metrics-rows" && i + 1 < argc)
            rows = std::stol(argv[++i]);
        else if (argument.starts_with("--metrics-rows="))
            rows = std::stol(argument.substr(std::strlen("--metrics-rows=")));
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return rows;
}

MetricsResults runMetricsBenchmarks(const MetricsBenchOptions &options)
{
    MetricsResults results;
    results.rows = options.rows;
    if (options.rows <= 0)
        return results;
    const std::string folder = options.folder + "/metrics";
    fs::create_directories(folder);
    // The CSV and the workspaces are large: remove them however this ends.
    const std::unique_ptr<const std::string, void (*)(const std::string *)> cleanup(
        &folder, [](const std::string *path) {
            std::error_code ignored;
            fs::remove_all(*path, ignored);
        });
    const std::string csv = folder + "/survey.csv";
    say("Generating " + std::to_string(options.rows) + " survey responses in " + csv + " ...");
    auto start = Clock::now();
    if (!writeSurveyCsv(csv, options.rows))
        throw std::runtime_error(csv + ": cannot write the generated survey export");
    results.generateSeconds = LatencySamples::secondsSince(start);
    results.csvBytes = fs::file_size(csv);

    say("Timing (1) parse + overall figures (" + std::to_string(options.runs) + " runs) ...");
    FigureRows ours;
    for (int i = 0; i < options.runs; ++i) {
        start = Clock::now();
        const double cpu = cpuSeconds();
        const auto imported = metrics::SurveyImporter().importFile(csv);
        const auto parsed = Clock::now();
        const auto overall = metrics::computeFigures(imported.table);
        results.parseAndFigures.add(LatencySamples::secondsSince(start));
        results.parseAndFiguresCpu.add(cpuSeconds() - cpu);
        results.parseOnly.add(std::chrono::duration<double>(parsed - start).count());
        if (imported.table.size() != std::size_t(options.rows) || imported.badRowCount)
            throw std::runtime_error("the generated export imported "
                                     + std::to_string(imported.table.size()) + " rows, "
                                     + std::to_string(imported.badRowCount) + " bad");
        if (i == 0)
            ours = figureRows(overall,
                              metrics::computeGroups(imported.table, metrics::GroupBy::Stage));
    }

    say("Timing (2) import into a workspace (" + std::to_string(options.importRuns)
        + " runs, each into a fresh copy of a workspace with the default map) ...");
    const std::string empty = folder + "/empty.cxw";
    storage::WorkspaceFile::create(empty, [](storage::Database &db) {
        storage::MapRepository(db).createDefault("Survey benchmark map");
    }).reset();
    const std::string stored = folder + "/stored.cxw";
    for (int i = 0; i < options.importRuns; ++i) {
        std::error_code ignored;
        for (const char *suffix : {"", "-wal", "-shm"})
            fs::remove(stored + suffix, ignored);
        fs::copy_file(empty, stored);
        start = Clock::now();
        const double cpu = cpuSeconds();
        auto file = storage::WorkspaceFile::open(stored, storage::WorkspaceFile::Access::ReadWrite);
        // As touchstone-cli import-survey does: the workspace without its responses, the map the
        // survey describes, the check for an earlier import of it, its names linked.
        const Workspace outline = storage::loadSurveyScopeOutline(file->db());
        const auto maps = chooseJourneyMaps(outline, "");
        const auto imported = metrics::SurveyImporter().importFile(csv);
        SurveyImport record;
        record.fileName = "survey.csv";
        record.importedAt = nowIso();
        record.rows = int(imported.table.size());
        record.rejected = int(imported.badRowCount);
        record.contentHash = imported.contentHash;
        record.responseIds = sampleResponseIds(imported.responseIdHashes);
        if (findEarlierImport(outline.surveyImports, record, imported.table.size()))
            throw std::runtime_error("the bench's workspace already holds this survey");
        linkSurveyImport(record, outline, maps, imported.table.stages.values(),
                         imported.table.touchpoints.values());
        const auto storing = Clock::now();
        storage::storeSurveyTable(file->db(), record, imported.table);
        results.import.add(LatencySamples::secondsSince(start));
        results.importCpu.add(cpuSeconds() - cpu);
        results.storeOnly.add(LatencySamples::secondsSince(storing));
        start = Clock::now();
        file->waitForCheckpoint();
        results.checkpoint.add(LatencySamples::secondsSince(start));
        start = Clock::now();
        file.reset();
        results.close.add(LatencySamples::secondsSince(start));
    }
    results.workspaceBytes = fs::file_size(stored);

    say("Timing (3) every figure by stage from the stored table (" + std::to_string(options.runs)
        + " runs) ...");
    FigureRows reloaded;
    {
        auto file = storage::WorkspaceFile::open(stored, storage::WorkspaceFile::Access::ReadOnly);
        for (int i = 0; i < options.runs; ++i) {
            start = Clock::now();
            const double cpu = cpuSeconds();
            const auto table = storage::loadSurveyTable(file->db());
            const auto loaded = Clock::now();
            const auto overall = metrics::computeFigures(table);
            const auto byStage = metrics::computeGroups(table, metrics::GroupBy::Stage);
            results.regroup.add(LatencySamples::secondsSince(start));
            results.regroupCpu.add(cpuSeconds() - cpu);
            results.loadOnly.add(std::chrono::duration<double>(loaded - start).count());
            results.stageGroups = byStage.groups.size();
            if (i == 0)
                reloaded = figureRows(overall, byStage);
        }
    }
    results.storedAgreement = compareFigures(ours, reloaded);

    say("Timing a structural edit in the app (remove a card through WorkspaceDocument) with the "
        "responses stored (20 edits), then undoing the import and putting it back ...");
    results.edits = timeEditsWithResponses(stored, 20);

    say("Timing (4) touchstone-cli import-survey as a child process, for its peak memory, into "
        "an empty workspace and then into the same one again ...");
    {
        const std::string target = folder + "/cli.cxw";
        fs::copy_file(empty, target);
        const std::vector<std::string> command
            = {TOUCHSTONE_CLI_PATH, "import-survey", target, csv};
        timeTool(results.cliImport, command, {}, 1, folder, nullptr);
        if (results.cliImport.error.empty())
            timeTool(results.cliSecondImport, command, {}, 1, folder, nullptr);
        std::error_code ignored;
        for (const char *suffix : {"", "-wal", "-shm"})
            fs::remove(target + suffix, ignored);
    }
    fs::remove(stored);

    say("Timing the same figures as processes, process start included ("
        + std::to_string(options.toolRuns) + " runs each): metrics_bench, sqlite3, pandas ...");
    timeTool(results.ownProcess, {METRICS_BENCH_PATH, "run", csv}, {}, options.toolRuns, folder,
             nullptr);
    timeTool(results.sqlite3, sqlite3Command(csv),
             {"sqlite3", "-batch", "-init", "/dev/null", ":memory:", "SELECT 1;"}, options.toolRuns,
             folder, &ours);
    const std::string script = folder + "/figures.py";
    std::ofstream(script) << kPandasScript;
    timeTool(results.pandas, {kPython, script, csv}, {kPython, "-c", "import pandas"},
             options.toolRuns, folder, &ours);
    return results;
}

void addMetrics(BenchSummary &summary, const MetricsResults &r)
{
    if (r.rows <= 0) {
        summary.addInfo("survey metrics (issue 5)", "not run (--metrics-rows 0)");
        return;
    }
    char text[256];
    const auto rows = [&] {
        std::snprintf(text, sizeof text, "%.2f M rows", double(r.rows) / 1e6);
        return std::string(text);
    }();
    const auto runs = [](const LatencySamples &s) {
        return std::to_string(s.count()) + " runs";
    };
    const auto megabytes = [](double bytes) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
        return std::string(text);
    };
    summary.addInfo("survey export (generated, deleted afterwards)",
                    rows + ", " + megabytes(double(r.csvBytes)) + " of CSV, written in "
                        + formatMs(r.generateSeconds * 1000));
    summary.addTarget(
        "(m1) parse + every overall figure (median)", 500, r.parseAndFigures.medianMs(),
        "parse " + formatMs(r.parseOnly.medianMs()) + ", CPU "
            + formatMs(r.parseAndFiguresCpu.medianMs()) + ", " + runs(r.parseAndFigures));
    summary.addTarget("(m2) import into a workspace (median)", 2000, r.import.medianMs(),
                      "open + parse + store; store " + formatMs(r.storeOnly.medianMs()) + ", CPU "
                          + formatMs(r.importCpu.medianMs()) + ", " + runs(r.import));
    summary.addInfo("    after (2): background checkpoint; closing; file size",
                    "the rest of the checkpoint " + formatMs(r.checkpoint.medianMs())
                        + " (on its own thread); close " + formatMs(r.close.medianMs()) + "; "
                        + megabytes(double(r.workspaceBytes)));
    summary.addTarget(
        "(m3) all figures by stage from the stored table (median)", 300, r.regroup.medianMs(),
        "load " + formatMs(r.loadOnly.medianMs()) + ", CPU " + formatMs(r.regroupCpu.medianMs())
            + ", " + std::to_string(r.stageGroups) + " stages, " + runs(r.regroup));
    summary.addInfo("    figures from the stored table against the CSV's", r.storedAgreement);
    if (!r.edits.error.empty()) {
        summary.addInfo("remove a card in the app, responses stored",
                        "not measured: " + r.edits.error);
    } else {
        summary.addInfo("remove a card in the app, responses stored (median)",
                        formatMs(r.edits.edit.medianMs()) + " (p99 "
                            + formatMs(r.edits.edit.percentileMs(99)) + "), " + runs(r.edits.edit)
                            + "; " + std::to_string(r.edits.mirroredResponses)
                            + " responses still mirrored");
        summary.addInfo("undo the 1,000,000-response import in the app, then put it back",
                        "remove " + formatMs(r.edits.removeImport.medianMs())
                            + " (its undo snapshot "
                            + megabytes(double(r.edits.undoKilobytes) * 1024) + "); put back "
                            + formatMs(r.edits.restoreImport.medianMs()));
        summary.addInfo("    loadWorkspace with / without the responses (old / new reload)",
                        formatMs(r.edits.loadWith.medianMs()) + " / "
                            + formatMs(r.edits.loadWithout.medianMs()) + "; opening the document "
                            + formatMs(r.edits.open.medianMs()));
    }
    const auto peak = [&](const ProcessTimings &t) {
        if (t.peakKilobytes < 0)
            return std::string("peak memory unknown (no /usr/bin/time: apt-get install time)");
        return megabytes(double(t.peakKilobytes) * 1024) + " max RSS";
    };
    const std::string m4 = "(m4) peak memory, touchstone-cli import-survey";
    if (!r.cliImport.error.empty()) {
        summary.addInfo(m4, "not measured: " + r.cliImport.error);
    } else if (r.cliImport.peakKilobytes < 0) {
        summary.addInfo(m4, peak(r.cliImport));
    } else {
        const double mb = double(r.cliImport.peakKilobytes) * 1024 / 1e6;
        std::snprintf(text, sizeof text, "%s (target <= 300 MB: %s); the run took %s",
                      peak(r.cliImport).c_str(), mb <= 300 ? "PASS" : "FAIL",
                      formatMs(r.cliImport.runs.medianMs()).c_str());
        summary.addInfo(m4, text);
    }
    if (!r.cliSecondImport.error.empty())
        summary.addInfo("    same, into the workspace again",
                        "not measured: " + r.cliSecondImport.error);
    else if (!r.cliSecondImport.runs.empty())
        summary.addInfo("    same CSV again, into the workspace that now holds it",
                        peak(r.cliSecondImport) + "; the run took "
                            + formatMs(r.cliSecondImport.runs.medianMs()));

    const double oursMs = r.parseAndFigures.medianMs();
    const double ownProcessMs = r.ownProcess.runs.empty() ? -1 : r.ownProcess.runs.medianMs();
    if (ownProcessMs > 0)
        summary.addInfo("metrics_bench run (parse, figures, by stage) as a process",
                        formatMs(ownProcessMs) + " incl. process start, " + runs(r.ownProcess.runs)
                            + ", " + peak(r.ownProcess));
    else
        summary.addInfo("metrics_bench run as a process", "not measured: " + r.ownProcess.error);
    const auto addTool = [&](const std::string &name, const ProcessTimings &t) {
        if (!t.error.empty()) {
            summary.addInfo(name, "not measured: " + t.error);
            return;
        }
        const double ms = t.runs.medianMs();
        summary.addInfo(name + " (median)",
                        formatMs(ms) + " incl. process start (" + formatMs(t.startOnly.medianMs())
                            + " alone), " + runs(t.runs) + ", " + peak(t));
        std::snprintf(text, sizeof text,
                      "%.1fx our (1) in-process; %.1fx our metrics_bench process", ms / oursMs,
                      ownProcessMs > 0 ? ms / ownProcessMs : 0.0);
        summary.addInfo("    ratio " + name + " / ours", text);
        summary.addInfo("    figures against ours", t.agreement);
    };
    addTool("sqlite3 CLI, .import + SQL", r.sqlite3);
    addTool("pandas, read_csv + aggregates + groupby stage", r.pandas);
}

} // namespace ts::bench
