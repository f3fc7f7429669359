// The metrics panel: NPS, CSAT and CES with their intervals, linked to retention. Charts (NPS
// split, trends with bands, retention by NPS segment, stage funnel, score against retention),
// every figure by stage / touchpoint / segment / period against the targets, the score-retention
// linkage, the import history and the targets. Filters: the persona's map, segment, period range.
// Figures come from the stored survey table and are recomputed when the workspace is reloaded.
#pragma once

#include "app/metrics/metricsdata.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ts::app {

class FiguresTable;
class ImportHistory;
class ImportSurveyDialog;
class LinkageTable;
class TargetsEditor;
class WorkspaceDocument;

class MetricsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Chart { NpsSplit, Trend, RetentionBySegment, Funnel, ScoreRetention, ChartCount };
    enum Grouping { ByStage, ByTouchpoint, BySegment, ByPeriod };

    explicit MetricsPanel(WorkspaceDocument &document, QWidget *parent = nullptr);
    ~MetricsPanel() override;

    QComboBox *mapFilter() const { return m_map; }
    QComboBox *segmentFilter() const { return m_segment; }
    QComboBox *fromFilter() const { return m_from; }
    QComboBox *toFilter() const { return m_to; }
    QComboBox *periodBox() const { return m_period; } // month or quarter
    QComboBox *groupBox() const { return m_group; } // the figures table's grouping
    QPushButton *importButton() const { return m_import; }
    QChartView *chartView(Chart chart) const { return m_charts[chart]; }
    FiguresTable *figuresTable() const { return m_figures; }
    LinkageTable *linkageTable() const { return m_linkage; }
    ImportHistory *importHistory() const { return m_history; }
    TargetsEditor *targetsEditor() const { return m_targets; }
    QTabWidget *tabs() const { return m_tabs; }

    const MetricsFilter &filter() const { return m_filter; }
    const MetricsView &view() const { return m_view; }
    std::size_t shownResponses() const { return m_view.overall.responses; }

    // The dialog "Import survey..." opens (not shown; the caller owns it).
    ImportSurveyDialog *newImportDialog();
    // Reads the stored responses again and recomputes everything.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void readFilters();
    void recompute();
    void openImportDialog();

    WorkspaceDocument &m_document;
    metrics::SurveyTable m_table; // every stored response
    MetricsFilter m_filter;
    MetricsView m_view;
    QComboBox *m_map;
    QComboBox *m_segment;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_period;
    QComboBox *m_group;
    QPushButton *m_import;
    QLabel *m_shown;
    QChartView *m_charts[ChartCount];
    FiguresTable *m_figures;
    LinkageTable *m_linkage;
    ImportHistory *m_history;
    TargetsEditor *m_targets;
    QTabWidget *m_tabs;
    bool m_filling = false;
    bool m_stale = false;
};

} // namespace ts::app
