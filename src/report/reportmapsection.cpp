// The journey maps section: each map on landscape pages, drawn by the editor's own painter.
#include "core/workspace.h"
#include "report/reportmaps.h"
#include "report/reportmetrics.h"
#include "report/reportsections.h"

#include <QPainter>
#include <memory>

namespace ts::report {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

QString nameOf(const std::vector<Stage> &stages, Id id)
{
    const auto *s = findById(stages, id);
    return s ? q(s->name) : QString();
}

QString laneName(const Workspace &w, Id id)
{
    const auto *l = findById(w.lanes, id);
    if (!l)
        return {};
    return q(l->title).isEmpty() ? QString::fromStdString(defaultLaneTitle(l->kind)) : q(l->title);
}

// Which part of the map a page shows, when it shows only part of it.
QString partText(const Workspace &w, const MapTile &tile, const MapLayout &full, int index,
                 int count)
{
    if (count <= 1)
        return {};
    QString text = QStringLiteral("Part %1 of %2").arg(index + 1).arg(count);
    if (tile.stageIds.size() < full.stages().size() && !tile.stageIds.empty())
        text += QStringLiteral(" · stages %1 to %2")
                    .arg(nameOf(w.stages, tile.stageIds.front()),
                         nameOf(w.stages, tile.stageIds.back()));
    if (tile.laneIds.size() < full.lanes().size() && !tile.laneIds.empty()) {
        QString first = laneName(w, tile.laneIds.front());
        if (tile.continued)
            first += QStringLiteral(" (continued)");
        text += tile.laneIds.size() == 1
            ? QStringLiteral(" · lane %1").arg(first)
            : QStringLiteral(" · lanes %1 to %2").arg(first, laneName(w, tile.laneIds.back()));
    }
    return text;
}

} // namespace

void addMaps(ReportContext &ctx)
{
    const auto &w = ctx.w;
    auto &b = ctx.b;
    const auto &style = b.style();
    MapStyle mapStyle = MapStyle::screen();
    mapStyle.ligatures = false;
    if (w.maps.empty()) {
        beginSection(ctx, ReportSection::Maps, QPageLayout::Landscape,
                     QStringLiteral("Each journey map as the team drew it."));
        addParagraph(ctx, QStringLiteral("This workspace has no journey maps yet."),
                     style.font(9, QFont::Normal, true), style.muted);
        return;
    }
    const QString kicker = QStringLiteral("%1  %2")
                               .arg(ctx.number, 2, 10, QLatin1Char('0'))
                               .arg(sectionTitle(ReportSection::Maps));
    // Built once; each map takes the responses scoped to it (responsesOfMap).
    const auto table = surveyTableOf(w.responses);
    bool firstMap = true;
    for (std::size_t m = 0; m < w.maps.size(); ++m) {
        const auto &map = w.maps[m];
        b.newPage(QPageLayout::Landscape);
        b.setRunningHead(sectionTitle(ReportSection::Maps));
        if (firstMap)
            b.anchor(sectionAnchor(ReportSection::Maps));
        firstMap = false;
        const QRectF body = b.body();
        const auto *persona = map.personaId ? findById(w.personas, map.personaId) : nullptr;
        QString about = persona ? QStringLiteral("Persona: %1").arg(q(persona->name)) : QString();
        if (!q(map.description).isEmpty())
            about += (about.isEmpty() ? QString() : QStringLiteral(" · ")) + q(map.description);
        const auto kickerLines = std::make_shared<TextLines>(
            wrapText(kicker, style.font(8, QFont::Bold), body.width(), style.accent));
        const auto aboutLines = std::make_shared<TextLines>(
            wrapText(about, style.font(8), body.width() * 0.75, style.muted));
        const QFont nameFont = style.font(15, QFont::Bold);
        const double nameHeight = std::ceil(QFontMetricsF(nameFont).height() * 1.1);
        const double headingHeight
            = kickerLines->height() + 2 + nameHeight + aboutLines->height() + 10;
        const QSizeF area(body.width(), body.height() - headingHeight);
        // The survey figures of the stages and touchpoints, as the editor shows them.
        const auto figures = std::make_shared<const MapFigures>(mapFigures(w, map.id, table));
        const MapPlan plan = planMap(w, map.id, mapStyle, area, *figures);
        const MapLayout full = MapLayout::compute(w, map.id, mapStyle, *figures);
        const int count = int(plan.tiles.size());
        for (int t = 0; t < count; ++t) {
            if (t > 0)
                b.continuePage();
            if (t == 0)
                b.anchor(mapAnchor(map.id));
            const QString name
                = t == 0 ? q(map.name) : q(map.name) + QStringLiteral(" (continued)");
            const auto nameLines
                = std::make_shared<TextLines>(wrapText(elided(name, nameFont, body.width() * 0.6),
                                                       nameFont, body.width(), style.ink, 1.1));
            const QString part = partText(w, plan.tiles[std::size_t(t)], full, t, count);
            const auto partLines = std::make_shared<TextLines>(
                wrapText(part, style.font(8), body.width() * 0.38, style.muted));
            const auto tile = std::make_shared<MapTile>(plan.tiles[std::size_t(t)]);
            const double scale = plan.scale;
            // Continuation pages have no description: the map moves up under the name.
            const QPointF origin(body.left(),
                                 body.top() + headingHeight - (t == 0 ? 0 : aboutLines->height()));
            const Id mapId = map.id;
            const bool withAbout = t == 0;
            b.paint([=, &style](QPainter &p) {
                double y = body.top();
                drawLines(p, *kickerLines, QPointF(body.left(), y));
                y += kickerLines->height() + 2;
                drawLines(p, *nameLines, QPointF(body.left(), y));
                drawLines(p, *partLines, QPointF(body.left(), y + nameHeight - partLines->height()),
                          body.width(), Qt::AlignRight);
                y += nameHeight;
                if (withAbout)
                    drawLines(p, *aboutLines, QPointF(body.left(), y));
                p.setPen(QPen(style.rule, 0.6));
                p.drawLine(QPointF(body.left(), origin.y() - 5),
                           QPointF(body.right(), origin.y() - 5));
                p.save();
                p.translate(origin);
                paintMapTile(p, *tile, mapId, mapStyle, scale, *figures);
                p.restore();
            });
        }
    }
}

} // namespace ts::report
