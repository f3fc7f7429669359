// The pain-point register and the alignment gaps with their review status.
#include "alignment/gapregistry.h"
#include "alignment/reviewedfinding.h"
#include "core/workspace.h"
#include "report/cardbadges.h"
#include "report/reportsections.h"
#include "report/tablepainter.h"

#include <QPainter>
#include <algorithm>
#include <memory>
#include <unordered_map>

namespace ts::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

QString capitalised(const std::string &s)
{
    QString out = QString::fromStdString(s).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

QString statusText(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Open:
        return QStringLiteral("Open");
    case ReviewStatus::Accepted:
        return QStringLiteral("Accepted");
    case ReviewStatus::InProgress:
        return QStringLiteral("In progress");
    case ReviewStatus::Resolved:
        return QStringLiteral("Resolved");
    case ReviewStatus::WontFix:
        return QStringLiteral("Won't fix");
    }
    return {};
}

QString evidenceExcerpt(const std::string &evidence)
{
    QStringList quotes;
    for (const auto &line : q(evidence).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            quotes << QStringLiteral("\u201c%1\u201d").arg(line.trimmed().remove(QLatin1Char('"')));
    return excerpt(quotes.join(QLatin1Char(' ')), 170);
}

// Count tiles: a big number over a label, in a row.
void addCountTiles(ReportContext &ctx, const std::vector<std::tuple<QString, int, QColor>> &tiles)
{
    auto &b = ctx.b;
    const auto &style = b.style();
    const double height = 50, gap = 10;
    const double width = (b.body().width() - gap * double(tiles.size() - 1)) / double(tiles.size());
    b.ensure(height);
    const double top = b.y(), left = b.body().left();
    b.paint([=, &style](QPainter &p) {
        double x = left;
        for (const auto &[label, count, color] : tiles) {
            p.fillRect(QRectF(x, top, width, height), style.headerFill);
            p.fillRect(QRectF(x, top, 3, height), color);
            p.setPen(count > 0 ? color : style.faint);
            p.setFont(style.font(20, QFont::Bold));
            p.drawText(QPointF(x + 12, top + 27), QString::number(count));
            p.setPen(style.muted);
            p.setFont(style.font(8));
            p.drawText(QPointF(x + 12, top + 41), elided(label, style.font(8), width - 16));
            x += width + gap;
        }
    });
    b.advance(height + 16);
}

} // namespace

void addPainPoints(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    const auto &style = b.style();
    beginSection(ctx, ReportSection::PainPoints, QPageLayout::Landscape,
                 QStringLiteral(
                     "Every pain point on the journey maps, most severe first, with the customers' "
                     "own words and what addresses it."));
    std::vector<const Card *> pains;
    for (const auto &c : w.cards)
        if (c.kind == CardKind::PainPoint)
            pains.push_back(&c);
    if (pains.empty()) {
        addParagraph(ctx, QStringLiteral("No pain points are recorded on the journey maps."),
                     style.font(9, QFont::Normal, true), style.muted);
        return;
    }
    std::unordered_map<Id, int> mapOrder, stageOrder;
    for (std::size_t i = 0; i < w.maps.size(); ++i)
        mapOrder[w.maps[i].id] = int(i);
    for (const auto &s : w.stages)
        stageOrder[s.id] = s.position;
    std::stable_sort(pains.begin(), pains.end(), [&](const Card *a, const Card *b2) {
        const int sa = a->severity ? int(*a->severity) : 0,
                  sb = b2->severity ? int(*b2->severity) : 0;
        if (sa != sb)
            return sa > sb;
        const int fa = a->frequency ? int(*a->frequency) : 0,
                  fb = b2->frequency ? int(*b2->frequency) : 0;
        if (fa != fb)
            return fa > fb;
        if (mapOrder[a->mapId] != mapOrder[b2->mapId])
            return mapOrder[a->mapId] < mapOrder[b2->mapId];
        return stageOrder[a->stageId] < stageOrder[b2->stageId];
    });
    // What addresses each card: initiatives linked to it, and opportunities linked on the map.
    std::unordered_map<Id, QStringList> initiatives, opportunities;
    for (const auto &i : w.initiatives)
        for (const auto &link : i.links)
            if (link.target == InitiativeTarget::Card)
                initiatives[link.targetId] << q(i.title);
    std::unordered_map<Id, const Card *> cards;
    for (const auto &c : w.cards)
        cards[c.id] = &c;
    for (const auto &link : w.cardLinks) {
        const auto from = cards.find(link.fromCardId), to = cards.find(link.toCardId);
        if (from == cards.end() || to == cards.end())
            continue;
        if (to->second->kind == CardKind::Opportunity)
            opportunities[link.fromCardId] << q(to->second->title);
        else if (from->second->kind == CardKind::Opportunity)
            opportunities[link.toCardId] << q(from->second->title);
    }
    int counts[5] = {0, 0, 0, 0, 0};
    ReportTable table({{QStringLiteral("Map"), 1.25},
                       {QStringLiteral("Stage"), 1.05},
                       {QStringLiteral("Pain point"), 2.6},
                       {QStringLiteral("Severity"), 0.95},
                       {QStringLiteral("Frequency"), 0.95},
                       {QStringLiteral("Evidence"), 2.9},
                       {QStringLiteral("Addressed by"), 2.5}});
    int unaddressed = 0;
    for (const Card *c : pains) {
        const auto *map = findById(w.maps, c->mapId);
        const auto *stage = findById(w.stages, c->stageId);
        counts[c->severity ? int(*c->severity) : 0]++;
        TableCell severity;
        if (c->severity)
            severity = {capitalised(toString(*c->severity)).toUpper(),
                        {},
                        false,
                        false,
                        {},
                        severityColor(*c->severity)};
        else
            severity = {QStringLiteral("not rated"), {}, false, true, style.faint};
        const QStringList &by = initiatives[c->id];
        const QStringList &opps = opportunities[c->id];
        TableCell addressed {by.join(QLatin1Char('\n'))};
        if (!opps.isEmpty())
            addressed.detail = QStringLiteral("Opportunity: ") + opps.join(QStringLiteral("; "));
        if (by.isEmpty() && opps.isEmpty()) {
            addressed = {QStringLiteral("Not addressed"), {}, false, true, style.gap};
            ++unaddressed;
        }
        table.addRow({{map ? q(map->name) : QString()},
                      {stage ? q(stage->name) : QString()},
                      {q(c->title), {}, true},
                      severity,
                      {c->frequency ? capitalised(toString(*c->frequency)) : QStringLiteral("-"),
                       {},
                       false,
                       false,
                       c->frequency ? QColor() : style.faint},
                      {evidenceExcerpt(c->evidence), {}, false, true, style.muted},
                      addressed});
    }
    addCountTiles(
        ctx,
        {{QStringLiteral("pain points"), int(pains.size()), style.accent},
         {QStringLiteral("critical"), counts[4], severityColor(Severity::Critical)},
         {QStringLiteral("high"), counts[3], severityColor(Severity::High)},
         {QStringLiteral("medium or low"), counts[2] + counts[1], severityColor(Severity::Medium)},
         {QStringLiteral("addressed by nothing"), unaddressed, style.gap}});
    table.flow(b);
}

void addGaps(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    const auto &style = b.style();
    beginSection(
        ctx, ReportSection::Gaps, QPageLayout::Portrait,
        QStringLiteral("Where the organisation is out of line with its own purpose and goals, "
                       "why each gap matters, where to fix it, and what the team decided."));
    const auto &registry = alignment::GapRegistry::builtIn();
    const auto reviewed = alignment::reviewFindings(w, registry.findings(w));
    int critical = 0, major = 0, minor = 0, withReview = 0, fixed = 0;
    for (const auto &r : reviewed) {
        if (r.fixed) {
            ++fixed;
            continue;
        }
        (r.finding.severity == alignment::GapSeverity::Critical    ? critical
             : r.finding.severity == alignment::GapSeverity::Major ? major
                                                                   : minor)++;
        withReview += r.review.has_value();
    }
    addCountTiles(ctx,
                  {{QStringLiteral("critical"), critical, QColor(0xa6, 0x1e, 0x1e)},
                   {QStringLiteral("major"), major, QColor(0xd9, 0x48, 0x0f)},
                   {QStringLiteral("minor"), minor, QColor(0xc2, 0x74, 0x00)},
                   {QStringLiteral("reviewed"), withReview, style.accent},
                   {QStringLiteral("fixed since review"), fixed, style.good}});
    if (reviewed.empty()) {
        addParagraph(ctx, QStringLiteral("No alignment gaps were found."),
                     style.font(9, QFont::Normal, true), style.good);
        return;
    }
    auto authorName = [&](Id id) {
        const auto *a = findById(w.authors, id);
        return a ? q(a->name) : QString();
    };
    ReportTable table({{QStringLiteral("Severity"), 1.0},
                       {QStringLiteral("Gap"), 3.6},
                       {QStringLiteral("Where to fix it"), 2.7},
                       {QStringLiteral("Review"), 1.6}});
    for (const auto &r : reviewed) {
        const auto &f = r.finding;
        const QColor color = f.severity == alignment::GapSeverity::Critical
            ? QColor(0xa6, 0x1e, 0x1e)
            : f.severity == alignment::GapSeverity::Major ? QColor(0xd9, 0x48, 0x0f)
                                                          : QColor(0xc2, 0x74, 0x00);
        const auto *rule = registry.rule(f.ruleId);
        QString detail = q(f.area);
        if (rule)
            detail += QStringLiteral(" · ") + q(rule->title);
        if (!q(f.detail).isEmpty())
            detail += QStringLiteral("\n") + q(f.detail);
        TableCell review {QStringLiteral("Open"), QStringLiteral("not reviewed yet"), true};
        if (r.fixed) {
            review = {QStringLiteral("Fixed"), QStringLiteral("the rule no longer finds it"), true,
                      false, style.good};
        } else if (r.review) {
            const auto &rv = *r.review;
            QStringList lines;
            if (rv.assigneeId)
                lines << QStringLiteral("assigned to ") + authorName(rv.assigneeId);
            if (!q(rv.reason).isEmpty())
                lines << q(rv.reason);
            if (rv.updatedById)
                lines << QStringLiteral("by %1, %2")
                             .arg(authorName(rv.updatedById), q(rv.updatedAt).left(10));
            const bool done
                = rv.status == ReviewStatus::Resolved || rv.status == ReviewStatus::WontFix;
            review = {statusText(rv.status), lines.join(QLatin1Char('\n')), true, false,
                      done                                  ? style.good
                          : rv.status == ReviewStatus::Open ? style.gap
                                                            : style.accent};
        }
        table.addRow({{capitalised(toString(f.severity)).toUpper(),
                       {},
                       false,
                       false,
                       {},
                       r.fixed ? style.neutral : color},
                      {q(f.title), detail, true},
                      {q(f.fix)},
                      review});
    }
    table.flow(b);
}

} // namespace ts::report
