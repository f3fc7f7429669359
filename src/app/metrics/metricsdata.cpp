#include "app/metrics/metricsdata.h"

#include "core/surveyscope.h"
#include "metrics/civildate.h"
#include "report/mapresponses.h"

#include <QObject>
#include <algorithm>
#include <set>
#include <unordered_set>

namespace ts::app {
namespace {

QString number(double value, bool sign)
{
    const QString text = QString::number(value, 'f', 1);
    return sign && value > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

metrics::SurveyTable filterTable(const metrics::SurveyTable &table, const MetricsFilter &filter,
                                 const Workspace &workspace)
{
    if (filter.mapId != 0) {
        // The map's own responses first, named as the map names its stages now.
        MetricsFilter rest = filter;
        rest.mapId = 0;
        return filterTable(report::responsesOfMap(table, workspace, filter.mapId), rest, workspace);
    }
    std::optional<std::uint32_t> segment;
    if (!filter.segment.empty())
        segment = table.segments.find(filter.segment).value_or(std::uint32_t(-1));

    metrics::SurveyTable out;
    for (std::size_t row = 0; row < table.size(); ++row) {
        if (segment && table.segment[row] != *segment)
            continue;
        if (filter.fromMonth || filter.toMonth) {
            if (table.date[row] == metrics::kNoDate)
                continue;
            const int month = metrics::CivilDate::fromDays(table.date[row]).monthKey();
            if ((filter.fromMonth && month < *filter.fromMonth)
                || (filter.toMonth && month > *filter.toMonth))
                continue;
        }
        out.append(table.record(row));
    }
    return out;
}

std::vector<int> monthsOf(const metrics::SurveyTable &table)
{
    std::set<int> months;
    std::int32_t last = metrics::kNoDate;
    for (std::int32_t day : table.date) {
        if (day == metrics::kNoDate || day == last)
            continue;
        last = day;
        months.insert(metrics::CivilDate::fromDays(day).monthKey());
    }
    return {months.begin(), months.end()};
}

std::vector<std::string> segmentsOf(const metrics::SurveyTable &table)
{
    std::vector<std::string> out = table.segments.values();
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> stageOrder(const Workspace &workspace, Id mapId)
{
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const auto &s : workspace.stages)
        if ((mapId == 0 || s.mapId == mapId) && seen.insert(surveyNameKey(s.name)).second)
            out.push_back(s.name);
    return out;
}

MetricsView computeView(const metrics::SurveyTable &filtered, const Workspace &workspace, Id mapId,
                        metrics::GroupBy groupBy, metrics::GroupBy period)
{
    MetricsView view;
    const std::vector<std::string> stages = stageOrder(workspace, mapId);
    view.overall = metrics::computeFigures(filtered);
    view.groups = metrics::computeGroups(filtered, groupBy);
    if (groupBy == metrics::GroupBy::Stage) {
        auto rank = [&](const metrics::GroupFigures &g) {
            const std::string key = surveyNameKey(g.key);
            for (std::size_t i = 0; i < stages.size(); ++i)
                if (surveyNameKey(stages[i]) == key)
                    return i;
            return stages.size();
        };
        std::stable_sort(view.groups.groups.begin(), view.groups.groups.end(),
                         [&](const auto &a, const auto &b) { return rank(a) < rank(b); });
    }
    view.periods = groupBy == period ? view.groups : metrics::computeGroups(filtered, period);
    view.funnel = metrics::stageConversion(filtered, stages);
    return view;
}

const MetricTarget *targetFor(const std::vector<MetricTarget> &targets, std::string_view metric,
                              std::string_view stage)
{
    const MetricTarget *overall = nullptr;
    const std::string scope = surveyNameKey(stage);
    for (const auto &t : targets) {
        if (t.metric != metric)
            continue;
        if (t.scope.empty())
            overall = &t;
        else if (!scope.empty() && surveyNameKey(t.scope) == scope)
            return &t;
    }
    return overall;
}

RagJudgement judge(const MetricTarget *target, double value, double high)
{
    if (!target)
        return {};
    const bool sign = target->metric == "nps";
    QString against = QObject::tr("target %1").arg(number(target->target, sign));
    if (target->benchmark)
        against += QObject::tr(", industry benchmark %1").arg(number(*target->benchmark, sign));
    const QString scope = target->scope.empty()
        ? QObject::tr("overall")
        : QObject::tr("stage %1").arg(QString::fromStdString(target->scope));
    against += QStringLiteral(" (%1)").arg(scope);
    if (value >= target->target)
        return {Rag::Green, QObject::tr("On target: %1").arg(against)};
    if (high >= target->target)
        return {Rag::Amber,
                QObject::tr("Below target, but the 95% interval reaches it: %1").arg(against)};
    if (target->benchmark && value >= *target->benchmark)
        return {Rag::Amber,
                QObject::tr("Below target, at or above the benchmark: %1").arg(against)};
    return {Rag::Red, QObject::tr("Below target: %1").arg(against)};
}

} // namespace ts::app
