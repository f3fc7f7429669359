// The metrics panel's charts, each a new QChart built from computed figures (the caller owns it).
// Every chart states its n in its title.
#pragma once

#include "metrics/groupedfigures.h"
#include "metrics/metricfigures.h"
#include "metrics/stageconversion.h"

#include <QColor>
#include <QString>
#include <vector>

class QChart;

namespace ts::app::metricscharts {

inline const QColor kPromoter {0x2E, 0x8B, 0x57};
inline const QColor kPassive {0xB8, 0xBE, 0xC6};
inline const QColor kDetractor {0xC0, 0x39, 0x2B};
inline const QColor kNps {0x4E, 0x79, 0xA7};
inline const QColor kCsat {0x59, 0xA1, 0x4F};
inline const QColor kCes {0xF2, 0x8E, 0x2B};
inline const QColor kRetention {0x76, 0x4A, 0xB0};

// NPS as one stacked promoter / passive / detractor bar; the score and its interval in the title.
QChart *npsChart(const metrics::MetricFigures &figures);
// Retention rate of promoters, passives and detractors, with 95 % whiskers.
QChart *retentionBySegmentChart(const metrics::MetricFigures &figures);
// Customers who reached each stage, centred like a funnel, with the stage-to-stage rates.
QChart *funnelChart(const std::vector<metrics::StageConversion> &funnel);
// NPS, CSAT and CES by period, each with its 95 % band (NPS and CSAT in %, CES on its own axis).
QChart *trendChart(const metrics::GroupedFigures &periods);
// NPS (left axis) and retention (right axis) by period.
QChart *scoreRetentionChart(const metrics::GroupedFigures &periods);

// A chart with a title and the panel's look (used by all of the above).
QChart *newChart(const QString &title);

} // namespace ts::app::metricscharts
