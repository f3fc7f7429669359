#include "app/overviewtable.h"

#include "app/workspacedocument.h"

#include <QHeaderView>
#include <algorithm>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// Share of responses meeting `test` among those that have a value, as "62.5 %".
template<typename Get, typename Test>
std::pair<QString, int> share(const std::vector<SurveyResponse> &responses, Get get, Test test)
{
    int n = 0, hits = 0;
    for (const auto &r : responses)
        if (const auto value = get(r)) {
            ++n;
            hits += test(*value) ? 1 : 0;
        }
    return {n ? number(100.0 * hits / n) + QStringLiteral(" %") : QObject::tr("—"), n};
}

std::vector<QStringList> metricRows(const Workspace &w)
{
    const auto &r = w.responses;
    int npsN = 0, promoters = 0, detractors = 0, cesN = 0;
    double cesSum = 0;
    for (const auto &x : r) {
        if (x.nps) {
            ++npsN;
            promoters += *x.nps >= 9;
            detractors += *x.nps <= 6;
        }
        if (x.ces) {
            ++cesN;
            cesSum += *x.ces;
        }
    }
    const auto csat = share(
        r, [](const SurveyResponse &x) { return x.csat; }, [](int v) { return v >= 4; });
    const auto retained = share(
        r, [](const SurveyResponse &x) { return x.retained; }, [](bool v) { return v; });
    std::vector<QStringList> rows
        = {{OverviewTable::tr("Survey responses"), QString::number(r.size()),
            QString::number(r.size())},
           {OverviewTable::tr("NPS"),
            npsN ? number(100.0 * (promoters - detractors) / npsN) : OverviewTable::tr("—"),
            QString::number(npsN)},
           {OverviewTable::tr("CSAT (share of 4-5)"), csat.first, QString::number(csat.second)},
           {OverviewTable::tr("CES (mean, 1-7)"),
            cesN ? number(cesSum / cesN) : OverviewTable::tr("—"), QString::number(cesN)},
           {OverviewTable::tr("Retention"), retained.first, QString::number(retained.second)}};
    for (const auto &i : w.surveyImports)
        rows.push_back({OverviewTable::tr("Import: %1").arg(q(i.fileName)),
                        OverviewTable::tr("%1 rows, %2 rejected").arg(i.rows).arg(i.rejected),
                        q(i.importedAt)});
    for (const auto &t : w.metricTargets)
        rows.push_back({OverviewTable::tr("Target: %1 %2").arg(q(t.metric).toUpper(), q(t.scope)),
                        number(t.target), QString()});
    return rows;
}

} // namespace

OverviewTable::OverviewTable(WorkspaceDocument &document, Area area, QWidget *parent)
    : QTableWidget(parent)
    , m_document(document)
    , m_area(area)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(true);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    connect(&document, &WorkspaceDocument::workspaceReloaded, this, &OverviewTable::refresh);
    connect(&document, &WorkspaceDocument::mapChanged, this, &OverviewTable::refresh);
    refresh();
}

QString OverviewTable::titleFor(Area area)
{
    switch (area) {
    case Area::Personas:
        return tr("Personas");
    case Area::Maps:
        return tr("Journey maps");
    case Area::Metrics:
        return tr("Metrics");
    default:
        return tr("Overview");
    }
}

void OverviewTable::refresh()
{
    const auto &w = m_document.workspace();
    std::vector<QStringList> rows;
    switch (m_area) {
    case Area::Personas:
        for (const auto &p : w.personas) {
            const auto maps = std::count_if(w.maps.begin(), w.maps.end(),
                                            [&](const auto &m) { return m.personaId == p.id; });
            rows.push_back({q(p.name), q(p.segment), QString::number(maps), q(p.quote)});
        }
        return fill({tr("Persona"), tr("Segment"), tr("Maps"), tr("Quote")}, rows);
    case Area::Maps:
        for (const auto &m : w.maps) {
            const auto *persona = findById(w.personas, m.personaId);
            const auto stages = std::count_if(w.stages.begin(), w.stages.end(),
                                              [&](const auto &s) { return s.mapId == m.id; });
            const auto cards = std::count_if(w.cards.begin(), w.cards.end(),
                                             [&](const auto &c) { return c.mapId == m.id; });
            rows.push_back({q(m.name), persona ? q(persona->name) : QString(),
                            QString::number(stages), QString::number(cards), q(m.description)});
        }
        return fill({tr("Map"), tr("Persona"), tr("Stages"), tr("Cards"), tr("Description")}, rows);
    case Area::Metrics:
        return fill({tr("Figure"), tr("Value"), tr("n")}, metricRows(w));
    default:
        return fill({}, {});
    }
}

void OverviewTable::fill(const QStringList &header, const std::vector<QStringList> &rows)
{
    clear();
    setColumnCount(int(header.size()));
    setHorizontalHeaderLabels(header);
    setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(rows[std::size_t(r)].size()); ++c)
            setItem(r, c,
                    new QTableWidgetItem(rows[std::size_t(r)][c])); // plain text, never markup
    resizeColumnsToContents();
    for (int c = 0; c + 1 < columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c), 320));
    resizeRowsToContents();
}

} // namespace ts::app
