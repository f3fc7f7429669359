// The metrics section: figures with n and 95 % intervals, charts, figures by stage, linkage.
// Kept apart from the other sections because it follows the metrics layer's API
// (ts::metrics::computeFigures / computeGroups over a SurveyTable).
#include "report/reportmetrics.h"

#include "core/quarter.h"
#include "core/workspace.h"
#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"
#include "metrics/smallsample.h"
#include "report/reportcharts.h"
#include "report/reportsections.h"
#include "report/tablepainter.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace ts::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

const MetricTarget *overallTarget(const Workspace &w, const char *metric)
{
    for (const auto &t : w.metricTargets)
        if (t.metric == metric && q(t.scope).isEmpty())
            return &t;
    return nullptr;
}

// The last line of a tile: the target, green when met.
void addTarget(FigureTile &tile, const Workspace &w, const char *metric,
               std::optional<double> value, const ReportStyle &style, bool percent, int decimals)
{
    const auto *t = overallTarget(w, metric);
    if (!t)
        return;
    const QString target = percent     ? percentText(t->target, decimals)
        : std::string(metric) == "nps" ? signedText(t->target, 0)
                                       : QString::number(t->target, 'f', decimals);
    const bool met = value && *value >= t->target;
    tile.lines << QStringLiteral("Target %1: %2")
                      .arg(target, met ? QStringLiteral("met") : QStringLiteral("not met"));
    tile.lastLineColor = met ? style.good : style.gap;
}

QString ciText(double low, double high, bool percent, int decimals = 1)
{
    return percent
        ? QStringLiteral("95% CI %1 to %2")
              .arg(percentText(low, decimals), percentText(high, decimals))
        : QStringLiteral("95% CI %1 to %2")
              .arg(QString::number(low, 'f', decimals), QString::number(high, 'f', decimals));
}

TableCell proportionCell(const std::optional<metrics::Proportion> &p)
{
    if (!p)
        return {QStringLiteral("-")};
    return {percentText(p->value),
            QStringLiteral("%1 to %2").arg(percentText(p->low), percentText(p->high))};
}

// Stages in the maps' order (first appearance), then whatever else the responses name.
std::vector<metrics::GroupFigures> stagesInOrder(const Workspace &w, metrics::GroupedFigures groups)
{
    std::vector<std::string> order;
    for (const auto &m : w.maps)
        for (const auto &s : w.stages)
            if (s.mapId == m.id && std::find(order.begin(), order.end(), s.name) == order.end())
                order.push_back(s.name);
    auto rank = [&](const std::string &key) {
        const auto it = std::find(order.begin(), order.end(), key);
        return it == order.end() ? order.size() : std::size_t(it - order.begin());
    };
    std::stable_sort(groups.groups.begin(), groups.groups.end(),
                     [&](const auto &a, const auto &b) { return rank(a.key) < rank(b.key); });
    return groups.groups;
}

// "n = 240", or "n = 17, small sample" under 30 responses.
QString sampleText(std::size_t n)
{
    return QStringLiteral("n = ") + countText(n)
        + (metrics::isSmallSample(n) ? QStringLiteral(", small sample") : QString());
}

} // namespace

metrics::SurveyTable surveyTableOf(const std::vector<SurveyResponse> &responses)
{
    metrics::SurveyTable table;
    table.reserve(responses.size());
    for (const auto &r : responses) {
        metrics::SurveyRecord rec;
        rec.customerId = r.customerId;
        if (isIsoDate(r.date))
            rec.date = metrics::CivilDate {std::stoi(r.date.substr(0, 4)),
                                           std::stoi(r.date.substr(5, 2)),
                                           std::stoi(r.date.substr(8, 2))}
                           .toDays();
        rec.nps = r.nps;
        rec.csat = r.csat;
        rec.ces = r.ces;
        rec.stage = r.stage;
        rec.touchpoint = r.touchpoint;
        rec.segment = r.segment;
        rec.retained = r.retained;
        rec.expansion = r.expansion;
        rec.referral = r.referral;
        rec.comment = r.comment;
        table.append(rec);
        if (table.imports.empty() || table.imports.back().importId != r.importId)
            table.imports.push_back({r.importId, 0});
        ++table.imports.back().rows;
    }
    return table;
}

void addMetrics(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    const auto &style = b.style();
    beginSection(
        ctx, ReportSection::Metrics, QPageLayout::Portrait,
        QStringLiteral(
            "How customers rate the experience and what they do next: every figure with its "
            "sample size and 95% confidence interval."));
    if (w.responses.empty()) {
        addParagraph(ctx,
                     QStringLiteral(
                         "No survey responses have been imported, so no figures can be computed."),
                     style.font(9, QFont::Normal, true), style.muted);
        return;
    }
    const auto table = surveyTableOf(w.responses);
    const auto f = metrics::computeFigures(table);
    const auto &r = f.retention;
    const QString dash = QStringLiteral("\u2013");

    std::vector<FigureTile> tiles(4);
    tiles[0] = {QStringLiteral("Net Promoter Score"),
                f.nps ? signedText(f.nps->value) : dash,
                {},
                style.accent,
                {}};
    if (f.nps)
        tiles[0].lines << QStringLiteral("95% CI %1 to %2")
                              .arg(signedText(f.nps->low), signedText(f.nps->high))
                       << sampleText(f.nps->n);
    addTarget(tiles[0], w, "nps", f.nps ? std::optional(f.nps->value) : std::nullopt, style, false,
              0);
    tiles[1] = {QStringLiteral("CSAT (4-5 of 5)"),
                f.csat ? percentText(f.csat->value) : dash,
                {},
                style.accent,
                {}};
    if (f.csat)
        tiles[1].lines << ciText(f.csat->low, f.csat->high, true) << sampleText(f.csat->n);
    addTarget(tiles[1], w, "csat", f.csat ? std::optional(f.csat->value) : std::nullopt, style,
              true, 0);
    tiles[2] = {QStringLiteral("Customer Effort (1-7)"),
                f.ces ? QString::number(f.ces->mean, 'f', 2) : dash,
                {},
                style.accent,
                {}};
    if (f.ces)
        tiles[2].lines << ciText(f.ces->low, f.ces->high, false, 2)
                       << QStringLiteral("%1 · easy %2")
                              .arg(sampleText(f.ces->n), percentText(f.ces->easy.value, 0));
    addTarget(tiles[2], w, "ces", f.ces ? std::optional(f.ces->mean) : std::nullopt, style, false,
              1);
    tiles[3] = {QStringLiteral("Retention"),
                r.retention ? percentText(r.retention->value) : dash,
                {},
                style.accent,
                {}};
    if (r.retention)
        tiles[3].lines << ciText(r.retention->low, r.retention->high, true)
                       << sampleText(r.retention->n);
    addTarget(tiles[3], w, "retention",
              r.retention ? std::optional(r.retention->value) : std::nullopt, style, true, 0);
    {
        const double height = 88, gap = 10;
        b.ensure(height);
        const QRectF row(b.body().left(), b.y(), b.body().width(), height);
        b.paint([=, &style](QPainter &p) {
            const double w4 = (row.width() - 3 * gap) / 4;
            for (int i = 0; i < 4; ++i)
                paintFigureTile(p, style,
                                QRectF(row.left() + i * (w4 + gap), row.top(), w4, row.height()),
                                tiles[std::size_t(i)]);
        });
        b.advance(height + 18);
    }
    if (f.nps) {
        const double height = 112;
        b.ensure(height);
        const QRectF rect(b.body().left(), b.y(), b.body().width(), height);
        b.paint([rect, nps = *f.nps, &style](QPainter &p) {
            paintNpsComposition(p, style, rect, nps);
        });
        b.advance(height + 14);
    }
    if (r.retention) {
        const double height = 168, gap = 24;
        b.ensure(height);
        const QRectF rect(b.body().left(), b.y(), b.body().width(), height);
        const std::vector<RateBar> segments
            = {{QStringLiteral("Promoters"), r.promoterRetention, QColor(0x2b, 0x8a, 0x4f)},
               {QStringLiteral("Passives"), r.passiveRetention, QColor(0x9a, 0xa5, 0xb1)},
               {QStringLiteral("Detractors"), r.detractorRetention, QColor(0xc0, 0x39, 0x2b)},
               {QStringLiteral("All"), r.retention, style.accent}};
        std::vector<RateBar> csat;
        for (const auto &band : r.churnByCsat)
            csat.push_back({QStringLiteral("CSAT ")
                                + QString::fromUtf8(band.label.data(), int(band.label.size())),
                            band.rate, QColor(0xd9, 0x48, 0x0f)});
        b.paint([=, &style](QPainter &p) {
            const double left = rect.width() * 0.56;
            paintRateBars(p, style, QRectF(rect.left(), rect.top(), left - gap / 2, rect.height()),
                          QStringLiteral("Retention by NPS segment"), segments);
            paintRateBars(p, style,
                          QRectF(rect.left() + left + gap / 2, rect.top(),
                                 rect.width() - left - gap / 2, rect.height()),
                          QStringLiteral("Churn by CSAT band"), csat);
        });
        b.advance(height + 14);
        const auto &logit = r.nps.churnLogit;
        QString linkage;
        if (logit.fit) {
            const double change = (1 - logit.fit->oddsRatio) * 100;
            linkage = QStringLiteral("Scores predict who stays: each point of NPS %1 the odds of "
                                     "churn by %2 (odds ratio %3, "
                                     "95% CI %4 to %5, n = %6)")
                          .arg(change >= 0 ? QStringLiteral("lowers") : QStringLiteral("raises"))
                          .arg(percentText(std::abs(change), 0))
                          .arg(QString::number(logit.fit->oddsRatio, 'f', 3),
                               QString::number(logit.fit->oddsRatioLow, 'f', 3),
                               QString::number(logit.fit->oddsRatioHigh, 'f', 3),
                               countText(logit.fit->n));
            if (const auto &rank = r.nps.spearman.fit)
                linkage += QStringLiteral("; Spearman rank correlation of NPS with retention %1 "
                                          "(n = %2, p %3)")
                               .arg(QString::number(rank->rho, 'f', 2), countText(rank->n),
                                    rank->p < 0.001
                                        ? QStringLiteral("< 0.001")
                                        : QStringLiteral("= ") + QString::number(rank->p, 'f', 3));
            linkage += QLatin1Char('.');
        } else if (!logit.refusal.empty()) {
            linkage
                = QStringLiteral("No churn model on NPS: ") + q(logit.refusal) + QLatin1Char('.');
        }
        if (!linkage.isEmpty())
            addParagraph(ctx, linkage, style.body(), style.ink, 10);
    }
    const auto groups = stagesInOrder(w, metrics::computeGroups(table, metrics::GroupBy::Stage));
    if (groups.empty())
        return;
    ReportTable byStage({{QStringLiteral("Stage"), 1.7},
                         {QStringLiteral("Responses"), 1.0, Qt::AlignRight},
                         {QStringLiteral("NPS"), 1.3, Qt::AlignRight},
                         {QStringLiteral("CSAT"), 1.3, Qt::AlignRight},
                         {QStringLiteral("CES"), 1.1, Qt::AlignRight},
                         {QStringLiteral("Retention"), 1.3, Qt::AlignRight}});
    for (const auto &g : groups) {
        const auto &gf = g.figures;
        TableCell nps {QStringLiteral("-")};
        if (gf.nps)
            nps = {
                signedText(gf.nps->value),
                QStringLiteral("%1 to %2").arg(signedText(gf.nps->low), signedText(gf.nps->high))};
        TableCell ces {QStringLiteral("-")};
        if (gf.ces)
            ces = {QString::number(gf.ces->mean, 'f', 2),
                   QStringLiteral("%1 to %2")
                       .arg(QString::number(gf.ces->low, 'f', 2),
                            QString::number(gf.ces->high, 'f', 2))};
        byStage.addRow(
            {{QString::fromStdString(g.key), {}, true},
             {countText(gf.responses),
              metrics::isSmallSample(gf.responses) ? QStringLiteral("small sample") : QString()},
             nps,
             proportionCell(gf.csat),
             ces,
             proportionCell(gf.retention.retention)});
    }
    addTable(ctx, QStringLiteral("Figures by journey stage"), byStage);
    addParagraph(ctx,
                 QStringLiteral("Under each figure: its 95% confidence interval. A small sample "
                                "has fewer than 30 responses: read its figures with care."),
                 style.font(7, QFont::Normal, true), style.muted, 16);
    // Where customers are lost, and whether effort drives it.
    std::vector<RateBar> stages, effort;
    for (const auto &g : groups)
        stages.push_back(
            {QString::fromStdString(g.key), g.figures.retention.retention, style.accent});
    for (const auto &band : r.churnByCes)
        effort.push_back(
            {QStringLiteral("CES ") + QString::fromUtf8(band.label.data(), int(band.label.size())),
             band.rate, QColor(0xd9, 0x48, 0x0f)});
    const double height = 168, gap = 24;
    b.ensure(height);
    const QRectF rect(b.body().left(), b.y(), b.body().width(), height);
    b.paint([=, &style](QPainter &p) {
        const double left = rect.width() * 0.56;
        paintRateBars(p, style, QRectF(rect.left(), rect.top(), left - gap / 2, rect.height()),
                      QStringLiteral("Retention by journey stage"), stages);
        paintRateBars(p, style,
                      QRectF(rect.left() + left + gap / 2, rect.top(),
                             rect.width() - left - gap / 2, rect.height()),
                      QStringLiteral("Churn by effort (CES) band"), effort);
    });
    b.advance(height + 14);
}

} // namespace ts::report
