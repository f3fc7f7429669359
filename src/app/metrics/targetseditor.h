// The metric targets: for each metric (NPS, CSAT, CES, retention, conversion), overall or for one
// stage, the target the team aims at and the industry benchmark it compares with. Each change
// is one undoable edit; the figures table colours its cells against these.
#pragma once

#include "core/survey.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QTableWidget;

namespace ts::app {

class WorkspaceDocument;

class TargetsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsEditor(WorkspaceDocument &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *scopeBox() const { return m_scope; }
    QDoubleSpinBox *targetBox() const { return m_target; }
    QDoubleSpinBox *benchmarkBox() const { return m_benchmark; } // its minimum reads "none"
    QPushButton *setButton() const { return m_set; }
    QPushButton *removeButton() const { return m_remove; }

    // Sets (adds or changes) the target of `metric` in `scope` ("" = overall), as one edit.
    bool setTarget(const std::string &metric, const std::string &scope, double target,
                   std::optional<double> benchmark);
    bool removeTarget(Id targetId);
    void refresh();

private:
    void metricChosen();
    void rowSelected();
    void applyForm();
    const MetricTarget *stored(const std::string &metric, const std::string &scope) const;

    WorkspaceDocument &m_document;
    QTableWidget *m_table;
    QComboBox *m_metric;
    QComboBox *m_scope;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_benchmark;
    QPushButton *m_set;
    QPushButton *m_remove;
};

} // namespace ts::app
