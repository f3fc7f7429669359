// import-survey and metrics.
#include "cli/clicommand.h"
#include "cli/command.h"
#include "cli/metricsjson.h"
#include "core/earlierimport.h"
#include "core/quarter.h"
#include "core/surveyscope.h"
#include "metrics/mappingreport.h"
#include "metrics/smallsample.h"
#include "metrics/surveyimporter.h"
#include "report/mapresponses.h"
#include "storage/database.h"
#include "storage/surveyscopestore.h"
#include "storage/surveytablestore.h"
#include "storage/workspacefile.h"

#include <QFileInfo>
#include <cstdio>

namespace ts::cli {
namespace {

using storage::WorkspaceFile;

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "\"" : ", \"") + item + "\"";
    return out;
}

// ", small sample" after the n of a figure that rests on fewer than 30 responses.
const char *smallMark(std::size_t n)
{
    return metrics::isSmallSample(n) ? ", small sample" : "";
}

void printFigures(const metrics::MetricFigures &f, const std::string &indent)
{
    auto pct = [](const std::optional<metrics::Proportion> &p) {
        char buffer[112];
        if (!p)
            return std::string("—");
        std::snprintf(buffer, sizeof buffer, "%.1f%% (95%% CI %.1f–%.1f, n=%zu%s)",
                      rounded(p->value, 1), rounded(p->low, 1), rounded(p->high, 1), p->n,
                      smallMark(p->n));
        return std::string(buffer);
    };
    std::printf("%sresponses %zu\n", indent.c_str(), f.responses);
    if (f.nps)
        std::printf("%sNPS       %+.1f (95%% CI %+.1f to %+.1f, n=%zu%s: %zu promoters, %zu "
                    "passives, %zu detractors)\n",
                    indent.c_str(), rounded(f.nps->value, 1), rounded(f.nps->low, 1),
                    rounded(f.nps->high, 1), f.nps->n, smallMark(f.nps->n), f.nps->promoters,
                    f.nps->passives, f.nps->detractors);
    std::printf("%sCSAT      %s\n", indent.c_str(), pct(f.csat).c_str());
    if (f.ces)
        std::printf("%sCES       %.2f (95%% CI %.2f–%.2f, n=%zu%s), easy %.1f%%\n", indent.c_str(),
                    rounded(f.ces->mean, 2), rounded(f.ces->low, 2), rounded(f.ces->high, 2),
                    f.ces->n, smallMark(f.ces->n), rounded(f.ces->easy.value, 1));
    const auto &r = f.retention;
    std::printf("%sretention %s\n", indent.c_str(), pct(r.retention).c_str());
    std::printf("%s  promoters %s\n%s  passives  %s\n%s  detractors %s\n", indent.c_str(),
                pct(r.promoterRetention).c_str(), indent.c_str(), pct(r.passiveRetention).c_str(),
                indent.c_str(), pct(r.detractorRetention).c_str());
    if (r.nps.churnLogit.fit)
        std::printf("%s  churn odds ratio per NPS point %.3f (95%% CI %.3f–%.3f, p=%.3g)\n",
                    indent.c_str(), r.nps.churnLogit.fit->oddsRatio,
                    r.nps.churnLogit.fit->oddsRatioLow, r.nps.churnLogit.fit->oddsRatioHigh,
                    r.nps.churnLogit.fit->slope.p);
    else if (!r.nps.churnLogit.refusal.empty())
        std::printf("%s  no churn model on NPS: %s\n", indent.c_str(),
                    r.nps.churnLogit.refusal.c_str());
    if (const auto &rank = r.nps.spearman.fit)
        std::printf("%s  rank correlation of NPS with retention %.3f (n=%zu, p=%.3g)\n",
                    indent.c_str(), rank->rho, rank->n, rank->p);
    else if (!r.nps.spearman.refusal.empty())
        std::printf("%s  no rank correlation of NPS with retention: %s\n", indent.c_str(),
                    r.nps.spearman.refusal.c_str());
}

// "  left out: 2 survey previews, 1 unfinished response" (Qualtrics' Status and Finished).
void printFiltered(const metrics::FilteredRows &filtered)
{
    if (!filtered.total())
        return;
    std::string parts;
    auto add = [&parts](std::size_t n, const char *what) {
        if (n)
            parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(filtered.preview, "survey preview(s)");
    add(filtered.test, "survey test(s)");
    add(filtered.spam, "spam response(s)");
    add(filtered.unfinished, "unfinished response(s)");
    std::printf("  left out: %s\n", parts.c_str());
}

// "  journey map: "Car purchase"" and the names that stand for nothing on it.
void printScope(const Workspace &w, const SurveyImport &record,
                const std::vector<std::string> &stages, const std::vector<std::string> &touchpoints)
{
    std::vector<std::string> names;
    for (const Id id : record.mapIds)
        if (const auto *map = findById(w.maps, id))
            names.push_back(map->name);
    if (names.empty())
        std::printf("  journey maps: none (the workspace has no map yet): the responses count in "
                    "the overall figures only\n");
    else
        std::printf("  journey map%s: %s\n", names.size() > 1 ? "s" : "", joined(names).c_str());
    const auto where
        = names.size() == 1 ? std::string("of that map") : std::string("of those maps");
    if (const auto unknown = unlinkedStageNames(record, stages); !unknown.empty() && !names.empty())
        std::printf("  stages that match no stage %s (kept as given, on no stage): %s\n",
                    where.c_str(), joined(unknown).c_str());
    if (const auto unknown = unlinkedTouchpointNames(record, touchpoints);
        !unknown.empty() && !names.empty())
        std::printf("  touchpoints that match no touchpoint %s (kept as given, on no card): %s\n",
                    where.c_str(), joined(unknown).c_str());
}

int runImportSurvey(const CommandLine &line)
{
    const auto file = line.path(0), csv = line.path(1);
    metrics::ImportOptions options;
    const auto format = metrics::formatFromName(line.value(QStringLiteral("format")).toStdString());
    if (!format)
        line.spec().usageError("unknown --format \""
                               + line.value(QStringLiteral("format")).toStdString()
                               + "\" (auto, generic, qualtrics, surveymonkey)");
    options.format = *format;
    if (line.isSet(QStringLiteral("date-order"))) {
        const auto order = line.value(QStringLiteral("date-order")).toStdString();
        options.dateOrder = metrics::dateOrderFromName(order);
        if (!options.dateOrder)
            line.spec().usageError("unknown --date-order \"" + order + "\" (dmy, mdy, ymd)");
    }
    for (const auto &mapping : line.values(QStringLiteral("map")))
        options.overrides.push_back(mapping.toStdString());

    auto workspace = WorkspaceFile::open(file, WorkspaceFile::Access::ReadWrite);
    // The maps, stages, touchpoints and imports: what the survey is scoped and checked against.
    const Workspace outline = storage::loadSurveyScopeOutline(workspace->db());
    std::vector<Id> maps;
    try {
        maps = chooseJourneyMaps(outline, line.value(QStringLiteral("journey")).toStdString());
    } catch (const Error &e) {
        line.spec().usageError(e.what());
    }
    const auto result = metrics::SurveyImporter(options).importFile(csv);
    if (result.badRowCount > 0 && !line.isSet(QStringLiteral("skip-bad"))) {
        const auto &first = result.badRows.front();
        throw Error(ErrorKind::BadInput,
                    csv + ": line " + std::to_string(first.line) + ": " + first.message + " ("
                        + std::to_string(result.badRowCount)
                        + " bad row(s) in all; nothing imported; "
                        + "--skip-bad imports the good rows)");
    }
    SurveyImport record;
    record.fileName = QFileInfo(line.argument(1)).fileName().toStdString();
    record.importedAt = nowIso();
    record.rows = int(result.table.size());
    record.rejected = int(result.badRowCount);
    record.contentHash = result.contentHash;
    record.responseIds = sampleResponseIds(result.responseIdHashes);
    if (const auto earlier = findEarlierImport(outline.surveyImports, record, result.table.size());
        earlier && !line.isSet(QStringLiteral("again")))
        throw Error(
            ErrorKind::BadInput,
            csv + ": "
                + describeEarlierImport(*earlier, result.table.size(), result.responseIdColumn)
                + "; nothing imported; --again imports it a second time (its answers "
                  "would count twice)");
    const auto &stages = result.table.stages.values();
    const auto &touchpoints = result.table.touchpoints.values();
    linkSurveyImport(record, outline, maps, stages, touchpoints);
    storage::storeSurveyTable(workspace->db(), record, result.table);
    std::printf("imported %zu responses from %s into %s", result.table.size(), csv.c_str(),
                file.c_str());
    if (result.filtered.total())
        std::printf(", left out %zu by filter", result.filtered.total());
    if (result.badRowCount)
        std::printf(", skipped %zu bad row(s)", result.badRowCount);
    std::printf("\n");
    std::printf("  columns:\n");
    for (const auto &line : metrics::describeMapping(result))
        std::printf("    %s\n", line.c_str());
    if (result.dateOrder)
        std::printf("  dates in column \"%s\": %s\n", result.dateOrder->column.c_str(),
                    metrics::describeDateOrder(*result.dateOrder).c_str());
    printFiltered(result.filtered);
    for (const auto &bad : result.badRows)
        std::printf("  skipped line %zu: %s\n", bad.line, bad.message.c_str());
    printScope(outline, record, stages, touchpoints); // the columns not imported are above
    return Ok;
}

int runMetrics(const CommandLine &line)
{
    std::optional<metrics::GroupBy> by;
    if (line.isSet(QStringLiteral("by"))) {
        by = metrics::groupByFromName(line.value(QStringLiteral("by")).toStdString());
        if (!by)
            line.spec().usageError("unknown --by \""
                                   + line.value(QStringLiteral("by")).toStdString()
                                   + "\" (stage, touchpoint, segment, period, quarter)");
    }
    auto file = WorkspaceFile::open(line.path(0), WorkspaceFile::Access::ReadOnly);
    auto table = storage::loadSurveyTable(file->db());
    if (line.isSet(QStringLiteral("journey"))) {
        const auto journey = line.value(QStringLiteral("journey")).toStdString();
        const Workspace outline = storage::loadSurveyScopeOutline(file->db());
        std::vector<Id> maps;
        try {
            maps = chooseJourneyMaps(outline, journey);
        } catch (const Error &e) {
            line.spec().usageError(e.what());
        }
        if (surveyNameKey(journey) != "all") // all: every response, as without --journey
            table = report::responsesOfMap(table, outline, maps.front());
    }
    const auto overall = metrics::computeFigures(table);
    std::optional<metrics::GroupedFigures> groups;
    if (by)
        groups = metrics::computeGroups(table, *by);
    if (line.isSet(QStringLiteral("json"))) {
        std::printf("%s\n",
                    jsonOutput(metricsJson(overall, groups ? &*groups : nullptr),
                               line.argument(0).toStdString())
                        .c_str());
        return Ok;
    }
    printFigures(overall, "");
    if (groups)
        for (const auto &g : groups->groups) {
            std::printf("\n%s %s\n", std::string(metrics::groupByName(groups->by)).c_str(),
                        g.key.c_str());
            printFigures(g.figures, "  ");
        }
    if (groups && groups->withoutKey)
        std::printf("\n%zu response(s) with no %s: in the overall figures, in no group\n",
                    groups->withoutKey, std::string(metrics::groupKeyName(groups->by)).c_str());
    return Ok;
}

} // namespace

Command importSurveyCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("import-survey");
    spec.description = QStringLiteral("Import the responses of a survey export (CSV) into a "
                                      "workspace, as one undoable import.");
    spec.arguments = {{QStringLiteral("FILE"),
                       QStringLiteral("the workspace; opened for writing, "
                                      "so not while another process "
                                      "writes it")},
                      {QStringLiteral("CSV"),
                       QStringLiteral("the export: plain CSV, Qualtrics or SurveyMonkey")}};
    spec.options
        = {OptionSpec::withValue(
               QStringLiteral("format"), QStringLiteral("auto|generic|qualtrics|surveymonkey"),
               QStringLiteral("the export's layout; auto tells them apart by their header rows"),
               QStringLiteral("auto")),
           OptionSpec::withValue(QStringLiteral("map"), QStringLiteral("COLUMN=FIELD"),
                                 QStringLiteral("read the column named COLUMN (or numbered #N) as "
                                                "FIELD, over the mapping by wording"))
               .repeated(),
           OptionSpec::withValue(QStringLiteral("date-order"), QStringLiteral("dmy|mdy|ymd"),
                                 QStringLiteral("the order of day, month and year when every "
                                                "date could be either (05/03/2024); without "
                                                "it the values decide or the import is "
                                                "refused")),
           OptionSpec::withValue(QStringLiteral("journey"), QStringLiteral("NAME|all"),
                                 QStringLiteral("the journey map the survey describes (its figures "
                                                "appear on that map only), or all maps; needed "
                                                "when the workspace has more than one map")),
           OptionSpec::flag(
               QStringLiteral("skip-bad"),
               QStringLiteral("import the good rows when some are bad, and list the bad ones")),
           OptionSpec::flag(QStringLiteral("again"),
                            QStringLiteral("import a survey that was imported before (the same "
                                           "file, or responses with the same ids) once more"))};
    spec.exitCodes
        = {{Ok, QStringLiteral("imported")},
           usageExit(QStringLiteral("a --map that is not COLUMN=FIELD of a column and a field that "
                                    "exist, an unknown --date-order, or no --journey (or one that "
                                    "names no map) when the workspace has several maps")),
           badWorkspaceExit(QStringLiteral(
               "CSV cannot be read, has a bad row and --skip-bad is not given (the error names "
               "the first bad line; nothing is imported), its date order cannot be decided, its "
               "mapping is ambiguous (two columns for one field, a generic score header with 1-5 "
               "or 1-7 values), no column gives a score or outcome, --format qualtrics was given "
               "for a file without a Qualtrics header, or it was imported before and --again is "
               "not given")),
           {CannotWrite,
            QStringLiteral("FILE is open for writing in another process, or cannot "
                           "be written")}};
    return {spec, runImportSurvey};
}

Command metricsCommand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("metrics");
    spec.description = QStringLiteral("Print NPS, CSAT, CES and their link to retention, each with "
                                      "its n and 95% interval.");
    spec.arguments = {workspaceArgument()};
    spec.options
        = {OptionSpec::flag(
               QStringLiteral("json"),
               QStringLiteral("print JSON; a figure that cannot be computed is null, never 0")),
           OptionSpec::withValue(QStringLiteral("by"),
                                 QStringLiteral("stage|touchpoint|segment|period|quarter"),
                                 QStringLiteral("also the figures of each stage, touchpoint, "
                                                "customer segment, period (calendar month) or "
                                                "quarter")),
           OptionSpec::withValue(QStringLiteral("journey"), QStringLiteral("NAME"),
                                 QStringLiteral("only the responses of the surveys that describe "
                                                "this journey map, with its stage and touchpoint "
                                                "names as the map gives them now"))};
    spec.exitCodes = {{Ok, QStringLiteral("printed")}, usageExit(), badWorkspaceExit()};
    return {spec, runMetrics};
}

} // namespace ts::cli
