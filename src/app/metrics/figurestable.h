// Every figure by the chosen grouping, one row per group under an "All responses" row: sortable,
// copyable as tab-separated text (Ctrl+C), red / amber / green against the metric targets.
#pragma once

#include "app/metrics/metricsdata.h"

#include <QTableWidget>

namespace ts::app {

class FiguresTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Responses,
        Nps,
        NpsInterval,
        NpsN,
        Promoters,
        Passives,
        Detractors,
        Csat,
        CsatInterval,
        CsatN,
        Ces,
        CesInterval,
        CesN,
        EasyShare,
        Retention,
        RetentionInterval,
        RetentionN,
        Churn,
        ColumnCount
    };

    explicit FiguresTable(QWidget *parent = nullptr);

    // Per-stage targets apply when the groups are stages; otherwise every row is held against
    // the overall targets.
    void setFigures(const metrics::MetricFigures &overall, const metrics::GroupedFigures &groups,
                    const std::vector<MetricTarget> &targets);

    // The selected cells (their bounding rows and columns, in display order) as tab-separated
    // lines under a line of column headers.
    QString selectionAsText() const;
    void copySelection();

    static QColor ragColor(Rag rag);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addRow(int row, const QString &name, double order, const metrics::MetricFigures &figures,
                const std::vector<MetricTarget> &targets, std::string_view stage);
};

} // namespace ts::app
