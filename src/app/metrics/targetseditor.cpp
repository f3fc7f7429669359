#include "app/metrics/targetseditor.h"

#include "app/commands/surveycommands.h"
#include "app/metrics/metricsdata.h"
#include "app/workspacedocument.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {

struct MetricInfo
{
    const char *name;
    const char *label;
    double low, high, step;
};

const MetricInfo kMetrics[] = {
    {"nps", QT_TRANSLATE_NOOP("TargetsEditor", "NPS (-100 to 100)"), -100, 100, 1},
    {"csat", QT_TRANSLATE_NOOP("TargetsEditor", "CSAT (% satisfied)"), 0, 100, 1},
    {"ces", QT_TRANSLATE_NOOP("TargetsEditor", "CES (mean, 1-7)"), 1, 7, 0.1},
    {"retention", QT_TRANSLATE_NOOP("TargetsEditor", "Retention (% retained)"), 0, 100, 1},
    {"conversion", QT_TRANSLATE_NOOP("TargetsEditor", "Stage conversion (%)"), 0, 100, 1},
};

const MetricInfo &infoOf(const std::string &metric)
{
    for (const auto &info : kMetrics)
        if (metric == info.name)
            return info;
    return kMetrics[0];
}

QString valueText(const std::string &metric, double value)
{
    const QString text = QString::number(value, 'f', metric == "ces" ? 2 : 1);
    return metric == "nps" && value > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

TargetsEditor::TargetsEditor(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 4, this))
    , m_metric(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_target(new QDoubleSpinBox(this))
    , m_benchmark(new QDoubleSpinBox(this))
    , m_set(new QPushButton(tr("Set target"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Scope"), tr("Target"), tr("Benchmark")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const auto &info : kMetrics)
        m_metric->addItem(tr(info.label), QString::fromLatin1(info.name));
    m_target->setDecimals(1);
    m_benchmark->setDecimals(1);
    m_benchmark->setSpecialValueText(tr("none"));

    auto *form = new QHBoxLayout;
    form->addWidget(m_metric);
    form->addWidget(m_scope);
    form->addWidget(new QLabel(tr("Target:"), this));
    form->addWidget(m_target);
    form->addWidget(new QLabel(tr("Benchmark:"), this));
    form->addWidget(m_benchmark);
    form->addWidget(m_set);
    form->addWidget(m_remove);
    form->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(form);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &TargetsEditor::metricChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TargetsEditor::rowSelected);
    connect(m_set, &QPushButton::clicked, this, &TargetsEditor::applyForm);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            removeTarget(m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong());
    });
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &TargetsEditor::refresh);
    connect(&m_document, &WorkspaceDocument::mapChanged, this, &TargetsEditor::refresh);
    metricChosen();
    refresh();
}

void TargetsEditor::metricChosen()
{
    const auto &info = infoOf(m_metric->currentData().toString().toStdString());
    for (auto *box : {m_target, m_benchmark}) {
        box->setRange(info.low, info.high);
        box->setSingleStep(info.step);
        box->setDecimals(info.step < 1 ? 2 : 1);
    }
    m_benchmark->setMinimum(info.low - info.step); // the "none" value
    if (m_table->selectionModel()->selectedRows().isEmpty())
        m_benchmark->setValue(m_benchmark->minimum());
}

void TargetsEditor::refresh()
{
    const QString scope = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("Overall"), QString());
    for (const auto &stage : stageOrder(m_document.workspace(), 0)) {
        const QString name = QString::fromStdString(stage);
        m_scope->addItem(tr("Stage: %1").arg(name), name);
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));

    const auto &targets = m_document.workspace().metricTargets;
    m_table->setRowCount(int(targets.size()));
    for (int row = 0; row < int(targets.size()); ++row) {
        const auto &t = targets[std::size_t(row)];
        auto *metric = new QTableWidgetItem(tr(infoOf(t.metric).label));
        metric->setData(Qt::UserRole, qlonglong(t.id));
        m_table->setItem(row, 0, metric);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(t.scope.empty() ? tr("Overall")
                                                              : QString::fromStdString(t.scope)));
        m_table->setItem(row, 2, new QTableWidgetItem(valueText(t.metric, t.target)));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(t.benchmark ? valueText(t.metric, *t.benchmark) : tr("none")));
    }
    m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

void TargetsEditor::rowSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    if (rows.isEmpty())
        return;
    const Id id = m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
    const auto *t = findById(m_document.workspace().metricTargets, id);
    if (!t)
        return;
    m_metric->setCurrentIndex(m_metric->findData(QString::fromStdString(t->metric)));
    const int scope = m_scope->findData(QString::fromStdString(t->scope));
    if (scope < 0)
        m_scope->addItem(tr("Stage: %1").arg(QString::fromStdString(t->scope)),
                         QString::fromStdString(t->scope));
    m_scope->setCurrentIndex(m_scope->findData(QString::fromStdString(t->scope)));
    m_target->setValue(t->target);
    m_benchmark->setValue(t->benchmark ? *t->benchmark : m_benchmark->minimum());
}

void TargetsEditor::applyForm()
{
    const bool noBenchmark = m_benchmark->value() <= m_benchmark->minimum();
    setTarget(m_metric->currentData().toString().toStdString(),
              m_scope->currentData().toString().toStdString(), m_target->value(),
              noBenchmark ? std::nullopt : std::optional<double>(m_benchmark->value()));
}

const MetricTarget *TargetsEditor::stored(const std::string &metric, const std::string &scope) const
{
    for (const auto &t : m_document.workspace().metricTargets)
        if (t.metric == metric && t.scope == scope)
            return &t;
    return nullptr;
}

bool TargetsEditor::setTarget(const std::string &metric, const std::string &scope, double target,
                              std::optional<double> benchmark)
{
    std::optional<MetricTarget> before;
    if (const auto *t = stored(metric, scope))
        before = *t;
    MetricTarget after = before.value_or(MetricTarget {});
    after.metric = metric;
    after.scope = scope;
    after.target = target;
    after.benchmark = benchmark;
    if (before && *before == after)
        return true;
    return m_document.execute(new SetMetricTargetCommand(m_document, before, after));
}

bool TargetsEditor::removeTarget(Id targetId)
{
    const auto *t = findById(m_document.workspace().metricTargets, targetId);
    if (!t)
        return false;
    return m_document.execute(new SetMetricTargetCommand(m_document, *t, std::nullopt));
}

} // namespace ts::app
