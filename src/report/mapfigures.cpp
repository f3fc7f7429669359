#include "report/mapfigures.h"

#include "core/surveyscope.h"
#include "core/workspace.h"
#include "metrics/groupedfigures.h"
#include "metrics/smallsample.h"
#include "report/mapresponses.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace ts::report {
namespace {

// Whole numbers round half away from zero, as the CLI's text output does.
QString whole(double v, bool sign = false)
{
    const double r = std::round(v);
    return (sign && r >= 0 ? QStringLiteral("+") : QString()) + QString::number(r, 'f', 0);
}

QString oneDecimal(double v)
{
    return QString::number(std::round(v * 10) / 10, 'f', 1);
}

QString percentLine(const QString &name, const metrics::Proportion &p)
{
    return QStringLiteral("%1 %2% (95% CI %3–%4%), n %5")
        .arg(name, whole(p.value), whole(p.low), whole(p.high))
        .arg(p.n);
}

const MetricTarget *targetFor(const Workspace &w, std::string_view metric, const std::string &stage)
{
    const MetricTarget *overall = nullptr;
    const std::string scope = figureKey(stage);
    for (const auto &t : w.metricTargets) {
        if (t.metric != metric)
            continue;
        if (figureKey(t.scope).empty())
            overall = &t;
        else if (!scope.empty() && figureKey(t.scope) == scope)
            return &t;
    }
    return overall;
}

// Green at or above target; amber below it when the 95 % interval reaches it or the figure is at
// or above the benchmark; red below both (the rule the metrics panel colours by).
FigureStatus judge(const MetricTarget *t, double value, double high)
{
    if (!t)
        return FigureStatus::None;
    if (value >= t->target)
        return FigureStatus::OnTarget;
    if (high >= t->target || (t->benchmark && value >= *t->benchmark))
        return FigureStatus::NearTarget;
    return FigureStatus::OffTarget;
}

FigureLabel labelFor(const Workspace &w, const metrics::MetricFigures &f, const QString &title,
                     const std::string &stage)
{
    FigureLabel label;
    QStringList parts;
    QStringList lines {title, QStringLiteral("%1 survey responses").arg(f.responses)};
    QStringList targets;
    // Every judged figure votes; the label shows the worst (None when no target applies).
    auto vote = [&](const char *metric, const QString &name, double value, double high,
                    const QString &targetText) {
        const MetricTarget *t = targetFor(w, metric, stage);
        const FigureStatus s = judge(t, value, high);
        if (s == FigureStatus::None)
            return;
        label.status = label.status == FigureStatus::None ? s : std::min(label.status, s);
        targets << QStringLiteral("%1 target %2: %3")
                       .arg(name, targetText.arg(t->target, 0, 'f', 0),
                            s == FigureStatus::OnTarget ? QStringLiteral("met")
                                : s == FigureStatus::NearTarget
                                ? QStringLiteral("not met, within reach")
                                : QStringLiteral("not met"));
    };
    if (f.nps) {
        parts << QStringLiteral("NPS %1").arg(whole(f.nps->value, true));
        lines << QStringLiteral("NPS %1 (95% CI %2 to %3), n %4")
                     .arg(whole(f.nps->value, true), whole(f.nps->low, true),
                          whole(f.nps->high, true))
                     .arg(f.nps->n);
        vote("nps", QStringLiteral("NPS"), f.nps->value, f.nps->high, QStringLiteral("%1"));
    }
    if (f.csat) {
        parts << QStringLiteral("CSAT %1%").arg(whole(f.csat->value));
        lines << percentLine(QStringLiteral("CSAT"), *f.csat);
        vote("csat", QStringLiteral("CSAT"), f.csat->value, f.csat->high, QStringLiteral("%1%"));
    }
    if (f.ces) {
        lines << QStringLiteral("CES %1 (95% CI %2–%3), n %4")
                     .arg(oneDecimal(f.ces->mean), oneDecimal(f.ces->low), oneDecimal(f.ces->high))
                     .arg(f.ces->n);
        vote("ces", QStringLiteral("CES"), f.ces->mean, f.ces->high, QStringLiteral("%1"));
    }
    // Retention only in the details: the badge keeps to what fits beside n on a card's width.
    if (const auto &r = f.retention.retention) {
        lines << percentLine(QStringLiteral("Retention"), *r);
        vote("retention", QStringLiteral("Retention"), r->value, r->high, QStringLiteral("%1%"));
    }
    // A figure on few responses is marked where it is shown, not only in the tooltip: first, so
    // that a narrow badge cuts the figures rather than the warning.
    const bool small = metrics::isSmallSample(f.responses);
    label.smallSample = small;
    if (small)
        parts.prepend(QStringLiteral("small sample, n %1").arg(f.responses));
    else
        parts << QStringLiteral("n %1").arg(f.responses);
    if (small)
        lines.insert(2,
                     QStringLiteral("Small sample: under %1 responses, so the intervals are "
                                    "wide; read these figures with care.")
                         .arg(metrics::kSmallSampleBelow));
    label.text = parts.join(QStringLiteral(" · "));
    label.details = (lines + targets).join(QLatin1Char('\n'));
    return label;
}

} // namespace

std::string figureKey(std::string_view name)
{
    return surveyNameKey(name);
}

MapSurveyFigures mapSurveyFigures(const metrics::SurveyTable &table, const Workspace &w, Id mapId)
{
    MapSurveyFigures figures;
    const auto scoped = responsesOfMap(table, w, mapId, MapItemNames::Uids);
    if (scoped.size() == 0)
        return figures;
    std::unordered_map<std::string_view, Id> byUid;
    for (const auto &s : w.stages)
        if (s.mapId == mapId)
            byUid.emplace(s.uid, s.id);
    for (const auto &c : w.cards)
        if (c.mapId == mapId && c.kind == CardKind::Touchpoint)
            byUid.emplace(c.uid, c.id);
    auto collect = [&](metrics::GroupBy by, std::unordered_map<Id, metrics::MetricFigures> &into) {
        for (auto &group : metrics::computeGroups(scoped, by).groups)
            if (const auto it = byUid.find(group.key); it != byUid.end())
                into[it->second] = std::move(group.figures);
    };
    collect(metrics::GroupBy::Stage, figures.stages);
    collect(metrics::GroupBy::Touchpoint, figures.cards);
    // Responses name a touchpoint, not a card: two cards of the map titled alike (the same
    // touchpoint in two stages) were linked under one name, and share the first one's figures.
    auto share = [&](const std::vector<SurveyLink> &links, auto &items,
                     std::unordered_map<Id, metrics::MetricFigures> &into) {
        std::unordered_map<std::string, Id> first;
        for (const auto &link : links) {
            const auto *item = findById(items, link.targetId);
            if (!item || item->mapId != mapId)
                continue;
            const auto [it, added] = first.emplace(link.name, item->id);
            if (added)
                continue;
            if (const auto found = into.find(it->second); found != into.end()) {
                auto copy = found->second;
                into[item->id] = std::move(copy);
            }
        }
    };
    for (const auto &import : w.surveyImports) {
        share(import.stageLinks, w.stages, figures.stages);
        share(import.touchpointLinks, w.cards, figures.cards);
    }
    return figures;
}

MapFigures mapFigures(const Workspace &w, Id mapId, const MapSurveyFigures &survey)
{
    MapFigures figures;
    for (const auto &s : w.stages) {
        if (s.mapId != mapId)
            continue;
        if (const auto it = survey.stages.find(s.id); it != survey.stages.end())
            figures.stages[s.id]
                = labelFor(w, it->second,
                           QStringLiteral("Stage %1").arg(QString::fromStdString(s.name)), s.name);
    }
    for (const auto &c : w.cards) {
        if (c.mapId != mapId || c.kind != CardKind::Touchpoint)
            continue;
        const auto it = survey.cards.find(c.id);
        if (it == survey.cards.end())
            continue;
        const Stage *stage = findById(w.stages, c.stageId);
        figures.cards[c.id] = labelFor(
            w, it->second, QStringLiteral("Touchpoint %1").arg(QString::fromStdString(c.title)),
            stage ? stage->name : std::string());
    }
    return figures;
}

MapFigures mapFigures(const Workspace &w, Id mapId, const metrics::SurveyTable &table)
{
    if (table.size() == 0)
        return {};
    return mapFigures(w, mapId, mapSurveyFigures(table, w, mapId));
}

} // namespace ts::report
