#include "app/metrics/metricspanel.h"

#include "app/metrics/figurestable.h"
#include "app/metrics/importhistory.h"
#include "app/metrics/importsurveydialog.h"
#include "app/metrics/linkagetable.h"
#include "app/metrics/metricscharts.h"
#include "app/metrics/metricsformat.h"
#include "app/metrics/targetseditor.h"
#include "app/workspacedocument.h"
#include "metrics/civildate.h"
#include "storage/surveytablestore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {

// Keeps the current choice (by its data) across a refill when it still exists.
void refill(QComboBox *box, const std::vector<std::pair<QString, QVariant>> &items, int fallback)
{
    const QVariant current = box->currentData();
    box->clear();
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    const int kept = current.isValid() ? box->findData(current) : -1;
    box->setCurrentIndex(kept >= 0 ? kept : std::min(fallback, box->count() - 1));
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

MetricsPanel::MetricsPanel(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_map(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_import(new QPushButton(tr("Import survey..."), this))
    , m_shown(caption(QString(), this))
    , m_figures(new FiguresTable(this))
    , m_linkage(new LinkageTable(this))
    , m_history(new ImportHistory(document, this))
    , m_targets(new TargetsEditor(document, this))
    , m_tabs(new QTabWidget(this))
{
    m_map->setToolTip(tr("A map's responses: those at its touchpoints, and those with no known "
                         "touchpoint at its stages"));
    m_map->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->addItem(tr("Quarter"), int(metrics::GroupBy::Quarter));
    m_period->addItem(tr("Month"), int(metrics::GroupBy::Month));
    m_group->addItem(tr("Stage"), ByStage);
    m_group->addItem(tr("Touchpoint"), ByTouchpoint);
    m_group->addItem(tr("Segment"), BySegment);
    m_group->addItem(tr("Period"), ByPeriod);

    auto *filters = new QHBoxLayout;
    filters->addWidget(caption(tr("Map:"), this));
    filters->addWidget(m_map);
    filters->addWidget(caption(tr("Segment:"), this));
    filters->addWidget(m_segment);
    filters->addWidget(caption(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(caption(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(caption(tr("By:"), this));
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_shown, 1);
    filters->addWidget(m_import);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < ChartCount; ++i) {
        m_charts[i] = new QChartView(charts);
        m_charts[i]->setRenderHint(QPainter::Antialiasing);
        m_charts[i]->setMinimumSize(280, 220);
        // setChart releases, without deleting, the chart the view made for itself.
        QChart *own = m_charts[i]->chart();
        m_charts[i]->setChart(metricscharts::newChart(QString()));
        delete own;
    }
    grid->addWidget(m_charts[NpsSplit], 0, 0);
    grid->addWidget(m_charts[RetentionBySegment], 0, 1);
    grid->addWidget(m_charts[Funnel], 0, 2);
    grid->addWidget(m_charts[Trend], 1, 0, 1, 2);
    grid->addWidget(m_charts[ScoreRetention], 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *figures = new QWidget(this);
    auto *figuresLayout = new QVBoxLayout(figures);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(caption(tr("Figures by:"), figures));
    groupRow->addWidget(m_group);
    groupRow->addWidget(caption(tr("Coloured against the targets: green on target; amber below it "
                                   "but within the 95% interval or at the benchmark; red below."),
                                figures),
                        1);
    figuresLayout->addLayout(groupRow);
    figuresLayout->addWidget(m_figures);
    m_tabs->addTab(figures, tr("Figures"));
    m_tabs->addTab(m_linkage, tr("Linkage to retention"));
    m_tabs->addTab(m_history, tr("Imports"));
    m_tabs->addTab(m_targets, tr("Targets"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (auto *box : {m_map, m_segment, m_from, m_to, m_period, m_group})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                recompute();
        });
    connect(m_import, &QPushButton::clicked, this, &MetricsPanel::openImportDialog);
    auto changed = [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    };
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, changed);
    connect(&m_document, &WorkspaceDocument::mapChanged, this, changed);
    m_import->setEnabled(!m_document.isReadOnly());
    reload();
}

MetricsPanel::~MetricsPanel() = default;

void MetricsPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void MetricsPanel::reload()
{
    m_stale = false;
    try {
        m_table = storage::loadSurveyTable(m_document.db());
    } catch (const std::exception &e) {
        m_table = {};
        m_document.reportError(
            tr("Survey responses could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
    fillFilters();
    recompute();
}

void MetricsPanel::fillFilters()
{
    m_filling = true;
    const Workspace &w = m_document.workspace();
    std::vector<std::pair<QString, QVariant>> maps {{tr("All maps"), qlonglong(0)}};
    for (const auto &map : w.maps) {
        QString name = QString::fromStdString(map.name);
        if (const auto *persona = findById(w.personas, map.personaId))
            name = tr("%1 (%2)").arg(name, QString::fromStdString(persona->name));
        maps.emplace_back(name, qlonglong(map.id));
    }
    refill(m_map, maps, 0);
    std::vector<std::pair<QString, QVariant>> segments {{tr("All segments"), QString()}};
    for (const auto &segment : segmentsOf(m_table))
        segments.emplace_back(QString::fromStdString(segment), QString::fromStdString(segment));
    refill(m_segment, segments, 0);
    std::vector<std::pair<QString, QVariant>> months;
    for (int month : monthsOf(m_table))
        months.emplace_back(QString::fromStdString(metrics::monthKeyToString(month)), month);
    // An open end of the range stays open when months are added before or after it.
    const bool fromFirst = m_from->currentIndex() <= 0;
    const bool toLast = m_to->currentIndex() < 0 || m_to->currentIndex() == m_to->count() - 1;
    refill(m_from, months, 0);
    refill(m_to, months, int(months.size()) - 1);
    if (fromFirst)
        m_from->setCurrentIndex(0);
    if (toLast)
        m_to->setCurrentIndex(m_to->count() - 1);
    m_filling = false;
}

void MetricsPanel::readFilters()
{
    m_filter = {};
    m_filter.mapId = m_map->currentData().toLongLong();
    m_filter.segment = m_segment->currentData().toString().toStdString();
    if (m_from->currentIndex() > 0)
        m_filter.fromMonth = m_from->currentData().toInt();
    if (m_to->currentIndex() >= 0 && m_to->currentIndex() < m_to->count() - 1)
        m_filter.toMonth = m_to->currentData().toInt();
    if (m_filter.fromMonth && m_filter.toMonth && *m_filter.fromMonth > *m_filter.toMonth)
        std::swap(m_filter.fromMonth, m_filter.toMonth);
}

void MetricsPanel::recompute()
{
    readFilters();
    metrics::SurveyTable filtered;
    const metrics::SurveyTable *source = &m_table;
    if (!m_filter.isEmpty()) {
        filtered = filterTable(m_table, m_filter, m_document.workspace());
        source = &filtered;
    }
    const auto period = metrics::GroupBy(m_period->currentData().toInt());
    const metrics::GroupBy by[] = {metrics::GroupBy::Stage, metrics::GroupBy::Touchpoint,
                                   metrics::GroupBy::Segment, period};
    m_view = computeView(*source, m_document.workspace(), m_filter.mapId,
                         by[m_group->currentData().toInt()], period);

    QChart *charts[ChartCount] = {};
    charts[NpsSplit] = metricscharts::npsChart(m_view.overall);
    charts[Trend] = metricscharts::trendChart(m_view.periods);
    charts[RetentionBySegment] = metricscharts::retentionBySegmentChart(m_view.overall);
    charts[Funnel] = metricscharts::funnelChart(m_view.funnel);
    charts[ScoreRetention] = metricscharts::scoreRetentionChart(m_view.periods);
    for (int i = 0; i < ChartCount; ++i) {
        QChart *old = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete old;
    }
    m_figures->setFigures(m_view.overall, m_view.groups, m_document.workspace().metricTargets);
    m_linkage->setLinkage(m_view.overall.retention);
    m_shown->setText(
        tr("Showing %1 of %2 responses")
            .arg(metricstext::count(m_view.overall.responses), metricstext::count(m_table.size())));
}

ImportSurveyDialog *MetricsPanel::newImportDialog()
{
    return new ImportSurveyDialog(m_document, m_filter.mapId, this);
}

void MetricsPanel::openImportDialog()
{
    auto *dialog = newImportDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ts::app
