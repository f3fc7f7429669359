// How much each score predicts retention: Spearman's rank correlation, the churn odds ratio per
// point (logistic regression, with its interval and p-value, or why it cannot be fitted) and the
// churn rate in each band of the score.
#pragma once

#include "metrics/retentionlinkage.h"

#include <QTableWidget>

namespace ts::app {

class LinkageTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit LinkageTable(QWidget *parent = nullptr);
    void setLinkage(const metrics::RetentionLinkage &linkage);
};

} // namespace ts::app
