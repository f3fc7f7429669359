// The strategy roadmap: the timeline (RoadmapPainter, as in the editor), the portfolio balance
// and the initiative table.
#include "core/workspace.h"
#include "report/reportsections.h"
#include "report/roadmaplayout.h"
#include "report/roadmappainter.h"
#include "report/tablepainter.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <memory>
#include <set>

namespace ts::report {
namespace {

constexpr double kUnit = 0.75; // points per roadmap unit (pixels at 96 dpi) at scale 1
constexpr double kMinTextPoints = 7.0;

QString q(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

QString statusText(InitiativeStatus s)
{
    switch (s) {
    case InitiativeStatus::Idea:
        return QStringLiteral("Idea");
    case InitiativeStatus::Planned:
        return QStringLiteral("Planned");
    case InitiativeStatus::InProgress:
        return QStringLiteral("In progress");
    case InitiativeStatus::Done:
        return QStringLiteral("Done");
    case InitiativeStatus::Dropped:
        return QStringLiteral("Dropped");
    }
    return {};
}

QString metricText(const std::string &metric)
{
    if (metric == "nps" || metric == "csat" || metric == "ces")
        return QString::fromStdString(metric).toUpper();
    QString m = q(metric);
    if (!m.isEmpty())
        m[0] = m[0].toUpper();
    return m;
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// The font the editor's roadmap uses (point sized: the painter derives bar labels from it).
QFont roadmapFont(const ReportStyle &style)
{
    QFont f(style.family);
    f.setPointSizeF(9);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures (see ReportStyle::font)
    return f;
}

// Where the timeline may break between pages: between lanes, else between rows of bars.
std::vector<double> breaks(const RoadmapLayout &layout)
{
    std::set<double> out;
    for (const auto &lane : layout.lanes())
        out.insert(lane.row.bottom());
    const double half = layout.geometry().barGap / 2;
    for (const auto &bar : layout.bars())
        out.insert(bar.rect.bottom() + half);
    return {out.begin(), out.end()};
}

// One page's band [top, bottom) of the timeline under its quarter header. Lane titles are
// painted at the top of the part of the lane the band shows, so none is cut.
void paintBand(QPainter &p, const Workspace &w, const RoadmapLayout &layout, double top,
               double bottom, const ReportStyle &style)
{
    const auto &g = layout.geometry();
    const double width = layout.bounds().width();
    const bool whole = top <= g.headerHeight + 0.01 && bottom >= layout.bounds().bottom() - 0.01;
    if (whole) {
        RoadmapPainter::paint(p, w, layout);
        return;
    }
    p.save();
    p.setClipRect(QRectF(0, 0, width, g.headerHeight));
    RoadmapPainter::paintGrid(p, layout);
    p.restore();
    p.save();
    p.translate(0, g.headerHeight - top);
    p.setClipRect(QRectF(g.laneHeaderWidth, top, width - g.laneHeaderWidth, bottom - top));
    RoadmapPainter::paintGrid(p, layout);
    for (const auto &bar : layout.bars())
        if (bar.rect.top() >= top - 0.01 && bar.rect.bottom() <= bottom + 0.01)
            if (const auto *i = findById(w.initiatives, bar.initiativeId))
                RoadmapPainter::paintBar(p, *i, bar.rect, bar.scheduled);
    p.setClipRect(QRectF(0, top, g.laneHeaderWidth, bottom - top));
    QFont bold = p.font();
    bold.setBold(true);
    for (const auto &lane : layout.lanes()) {
        const QRectF shown = lane.header & QRectF(0, top, g.laneHeaderWidth, bottom - top);
        if (shown.height() <= 0.5)
            continue;
        p.fillRect(shown, QColor(0xEE, 0xF1, 0xF5));
        p.setPen(QColor(0xCF, 0xD5, 0xDC));
        p.drawLine(QPointF(0, shown.bottom()), QPointF(g.laneHeaderWidth, shown.bottom()));
        p.setPen(QColor(0x22, 0x2B, 0x36));
        p.setFont(bold);
        const QString title = lane.header.top() < top - 0.01
            ? lane.title + QStringLiteral(" (continued)")
            : lane.title;
        p.drawText(shown.adjusted(10, g.lanePadding, -6, 0),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    }
    p.restore();
    Q_UNUSED(style);
}

void addTimeline(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    const auto &style = b.style();
    const auto layout
        = std::make_shared<RoadmapLayout>(RoadmapLayout::compute(w, RoadmapGrouping::Dimension));
    const QRectF bounds = layout->bounds();
    const double header = layout->geometry().headerHeight;
    // Bar labels are 92 % of the 9 pt roadmap font: keep them at 7 pt or more.
    const double readable = kMinTextPoints / (9 * 0.92);
    const double widthFit = std::min(1.1, b.body().width() / (bounds.width() * kUnit));
    const double hereFit = std::min(widthFit, b.remaining() / (bounds.height() * kUnit));
    const double pageFit = std::min(widthFit, b.body().height() / (bounds.height() * kUnit));
    double scale = widthFit; // else in bands over pages, as wide as the page
    if (hereFit >= readable) {
        scale = hereFit;
    } else if (pageFit >= readable) {
        b.continuePage();
        scale = pageFit;
    }
    const double unit = kUnit * scale;
    const auto cuts = breaks(*layout);
    double top = header;
    while (top < bounds.bottom() - 0.5) {
        if (b.remaining() < (header + 60) * unit)
            b.continuePage();
        const double room = b.remaining() / unit - header;
        double bottom = std::min(bounds.bottom(), top + room);
        if (bottom < bounds.bottom()) {
            const auto it = std::upper_bound(cuts.begin(), cuts.end(), bottom + 0.01);
            if (it != cuts.begin() && *(it - 1) > top + 0.5)
                bottom = *(it - 1);
        }
        const QPointF at(b.body().left(), b.y());
        const QFont font = roadmapFont(style);
        b.paint([=, &w, &style](QPainter &p) {
            p.save();
            p.translate(at);
            p.scale(unit, unit);
            p.setFont(font);
            paintBand(p, w, *layout, top, bottom, style);
            p.restore();
        });
        b.advance((header + bottom - top) * unit + 12);
        top = bottom;
    }
}

} // namespace

void addRoadmap(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    const auto &style = b.style();
    const double landscapeWidth
        = ReportBuilder::pageSize(b.pageSizeId(), QPageLayout::Landscape).width()
        - 2 * style.marginX;
    const double gauge = std::min(280.0, landscapeWidth * 0.36);
    const QRectF heading
        = beginSection(ctx, ReportSection::Roadmap, QPageLayout::Landscape,
                       QStringLiteral("The initiatives on a timeline by quarter, in swimlanes by "
                                      "people, process and technology: a strategy that changes "
                                      "technology alone fails."),
                       gauge + 24);
    // The balance gauge, as the editor shows it, beside the heading.
    const PortfolioBalance balance = portfolioBalance(w);
    const QRectF rect(heading.right() - gauge, heading.top() + 30, gauge, 30);
    b.paint([rect, balance, &style](QPainter &p) {
        p.setPen(style.muted);
        QFont label = style.font(7, QFont::Bold);
        label.setLetterSpacing(QFont::PercentageSpacing, 106);
        p.setFont(label);
        p.drawText(QPointF(rect.left(), rect.top() - 6), QStringLiteral("PORTFOLIO BALANCE"));
        p.setFont(style.font(7));
        RoadmapPainter::paintBalance(p, balance, rect);
    });
    if (w.initiatives.empty()) {
        addParagraph(ctx, QStringLiteral("No initiatives are on the roadmap yet."),
                     style.font(9, QFont::Normal, true), style.muted);
        return;
    }
    addTimeline(ctx);

    std::vector<const Initiative *> items;
    for (const auto &i : w.initiatives)
        items.push_back(&i);
    std::stable_sort(items.begin(), items.end(), [](const Initiative *a, const Initiative *c) {
        const auto qa = Quarter::parse(a->startQuarter), qc = Quarter::parse(c->startQuarter);
        if (bool(qa) != bool(qc))
            return bool(qa);
        if (qa && qc && *qa != *qc)
            return *qa < *qc;
        return int(a->dimension) < int(c->dimension);
    });
    const QLocale english(QLocale::English);
    ReportTable table({{QStringLiteral("Initiative"), 3.8},
                       {QStringLiteral("Dimension"), 1.05},
                       {QStringLiteral("Owner"), 1.5},
                       {QStringLiteral("Status"), 0.95},
                       {QStringLiteral("Timing"), 1.35},
                       {QStringLiteral("Should move"), 1.1},
                       {QStringLiteral("Serves"), 1.5}});
    for (const Initiative *i : items) {
        const auto *d = findById(w.departments, i->departmentId);
        QString timing = i->startQuarter.empty() || i->endQuarter.empty()
            ? QStringLiteral("not scheduled")
            : (i->startQuarter == i->endQuarter
                   ? q(i->startQuarter)
                   : q(i->startQuarter) + QStringLiteral(" to ") + q(i->endQuarter));
        QStringList costs;
        if (i->cost)
            costs << QStringLiteral("cost ") + english.toString(*i->cost, 'f', 0);
        if (i->effort)
            costs << QStringLiteral("effort ") + english.toString(*i->effort, 'f', 0);
        int pains = 0, cards = 0, stages = 0, goals = 0;
        for (const auto &link : i->links) {
            if (link.target == InitiativeTarget::Card) {
                const auto *c = findById(w.cards, link.targetId);
                (c && c->kind == CardKind::PainPoint ? pains : cards)++;
            } else if (link.target == InitiativeTarget::Stage) {
                ++stages;
            } else {
                ++goals;
            }
        }
        QStringList serves;
        if (pains)
            serves << plural(pains, "pain point", "pain points");
        if (cards)
            serves << plural(cards, "card", "cards");
        if (stages)
            serves << plural(stages, "stage", "stages");
        if (goals)
            serves << plural(goals, "goal", "goals");
        QString effect = metricText(i->metric);
        if (i->expectedChange)
            effect += QStringLiteral(" %1%2")
                          .arg(*i->expectedChange >= 0 ? QStringLiteral("+") : QString())
                          .arg(english.toString(*i->expectedChange, 'f', 1));
        const QString dimension = QString::fromStdString(toString(i->dimension));
        table.addRow(
            {{q(i->title), excerpt(q(i->description), 200), true},
             {dimension.left(1).toUpper() + dimension.mid(1),
              {},
              false,
              false,
              {},
              RoadmapPainter::colorOf(i->dimension)},
             {q(i->owner).isEmpty() ? QStringLiteral("-") : q(i->owner),
              d ? q(d->name) : QString()},
             {statusText(i->status)},
             {timing, costs.join(QStringLiteral(" · "))},
             {effect.isEmpty() ? QStringLiteral("-") : effect},
             {serves.isEmpty() ? QStringLiteral("nothing linked") : serves.join(QLatin1Char('\n')),
              {},
              false,
              serves.isEmpty(),
              serves.isEmpty() ? style.gap : QColor()}});
    }
    addTable(ctx, QStringLiteral("Initiatives"), table);
}

} // namespace ts::report
