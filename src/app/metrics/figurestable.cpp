#include "app/metrics/figurestable.h"

#include "app/metrics/metricsformat.h"
#include "metrics/smallsample.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <cmath>
#include <set>

namespace ts::app {
namespace {

using namespace metricstext;

// Sorts by the number behind the text; a figure that cannot be computed sorts below any other.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double value)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const double a = data(Qt::UserRole).toDouble(), b = other.data(Qt::UserRole).toDouble();
        if (std::isnan(a) || std::isnan(b))
            return std::isnan(a) && !std::isnan(b);
        return a < b;
    }
};

QTableWidgetItem *numberItem(const QString &text, double value)
{
    return new NumberItem(text, value);
}

QTableWidgetItem *missingItem()
{
    auto *item = new NumberItem(QStringLiteral("—"), std::nan(""));
    item->setToolTip(QObject::tr("Cannot be computed: no response of this kind"));
    return item;
}

QTableWidgetItem *countItem(std::size_t n)
{
    return numberItem(count(n), double(n));
}

// The n of a figure; under 30 it says "small" and why, so a +100 on five answers is not read as
// certain (the same rule as the map badges, the PDF and `metrics --json`).
QTableWidgetItem *sampleItem(std::size_t n)
{
    if (!metrics::isSmallSample(n))
        return countItem(n);
    auto *item = numberItem(QObject::tr("%1 (small)").arg(count(n)), double(n));
    item->setForeground(QColor(0xA0, 0x52, 0x00));
    item->setToolTip(QObject::tr("Small sample: under %1 responses, so the interval is wide; "
                                 "read this figure with care")
                         .arg(metrics::kSmallSampleBelow));
    return item;
}

QTableWidgetItem *textItem(const QString &text, double order)
{
    auto *item = new NumberItem(text, order); // sorts in the groups' own order
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

void colour(QTableWidgetItem *item, const RagJudgement &judgement)
{
    if (judgement.rag == Rag::None)
        return;
    item->setBackground(FiguresTable::ragColor(judgement.rag));
    // Tooltips guess rich text from the first tag: stage names are escaped inside a paragraph.
    item->setToolTip(QStringLiteral("<p>%1</p>").arg(judgement.why.toHtmlEscaped()));
}

} // namespace

FiguresTable::FiguresTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Group"), tr("Responses"), tr("NPS"), tr("NPS 95% CI"),
                               tr("NPS n"), tr("Promoters %"), tr("Passives %"), tr("Detractors %"),
                               tr("CSAT %"), tr("CSAT 95% CI"), tr("CSAT n"), tr("CES"),
                               tr("CES 95% CI"), tr("CES n"), tr("Easy (5-7) %"), tr("Retention %"),
                               tr("Retention 95% CI"), tr("Retention n"), tr("Churn %")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSortIndicator(Group, Qt::AscendingOrder);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSortingEnabled(true);
    setWordWrap(false);

    auto *copy = new QAction(tr("Copy as tab-separated text"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FiguresTable::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

QColor FiguresTable::ragColor(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QColor(0xF4, 0xC7, 0xC3);
    case Rag::Amber:
        return QColor(0xFB, 0xE3, 0xB0);
    case Rag::Green:
        return QColor(0xC9, 0xEB, 0xD2);
    case Rag::None:
        break;
    }
    return {};
}

void FiguresTable::setFigures(const metrics::MetricFigures &overall,
                              const metrics::GroupedFigures &groups,
                              const std::vector<MetricTarget> &targets)
{
    setSortingEnabled(false);
    clearContents();
    setRowCount(int(groups.groups.size()) + 1);
    addRow(0, tr("All responses"), 0, overall, targets, {});
    QFont bold = font();
    bold.setBold(true);
    item(0, Group)->setFont(bold);
    const bool stages = groups.by == metrics::GroupBy::Stage;
    for (std::size_t i = 0; i < groups.groups.size(); ++i) {
        const auto &g = groups.groups[i];
        addRow(int(i) + 1, QString::fromStdString(g.key), double(i) + 1, g.figures, targets,
               stages ? std::string_view(g.key) : std::string_view());
    }
    setSortingEnabled(true);
}

void FiguresTable::addRow(int row, const QString &name, double order,
                          const metrics::MetricFigures &f, const std::vector<MetricTarget> &targets,
                          std::string_view stage)
{
    auto set = [&](int column, QTableWidgetItem *item) {
        setItem(row, column, item);
    };
    auto missing = [&](std::initializer_list<int> columns) {
        for (int column : columns)
            set(column, missingItem());
    };
    set(Group, textItem(name, order));
    set(Responses, countItem(f.responses));
    if (const auto &nps = f.nps) {
        auto *value = numberItem(signedNumber(nps->value), nps->value);
        colour(value, judge(targetFor(targets, "nps", stage), nps->value, nps->high));
        set(Nps, value);
        set(NpsInterval, numberItem(interval(nps->low, nps->high, true), nps->low));
        set(NpsN, sampleItem(nps->n));
        const double n = double(nps->n);
        set(Promoters, numberItem(number(100.0 * nps->promoters / n), 100.0 * nps->promoters / n));
        set(Passives, numberItem(number(100.0 * nps->passives / n), 100.0 * nps->passives / n));
        set(Detractors,
            numberItem(number(100.0 * nps->detractors / n), 100.0 * nps->detractors / n));
    } else {
        missing({Nps, NpsInterval, NpsN, Promoters, Passives, Detractors});
    }
    if (const auto &csat = f.csat) {
        auto *value = numberItem(number(csat->value), csat->value);
        colour(value, judge(targetFor(targets, "csat", stage), csat->value, csat->high));
        set(Csat, value);
        set(CsatInterval, numberItem(interval(csat->low, csat->high), csat->low));
        set(CsatN, sampleItem(csat->n));
    } else {
        missing({Csat, CsatInterval, CsatN});
    }
    if (const auto &ces = f.ces) {
        auto *value = numberItem(number(ces->mean, 2), ces->mean);
        colour(value, judge(targetFor(targets, "ces", stage), ces->mean, ces->high));
        set(Ces, value);
        set(CesInterval, numberItem(interval(ces->low, ces->high, false, 2), ces->low));
        set(CesN, sampleItem(ces->n));
        set(EasyShare, numberItem(number(ces->easy.value), ces->easy.value));
    } else {
        missing({Ces, CesInterval, CesN, EasyShare});
    }
    if (const auto &retention = f.retention.retention) {
        auto *value = numberItem(number(retention->value), retention->value);
        colour(value,
               judge(targetFor(targets, "retention", stage), retention->value, retention->high));
        set(Retention, value);
        set(RetentionInterval,
            numberItem(interval(retention->low, retention->high), retention->low));
        set(RetentionN, sampleItem(retention->n));
        set(Churn, numberItem(number(100.0 - retention->value), 100.0 - retention->value));
    } else {
        missing({Retention, RetentionInterval, RetentionN, Churn});
    }
}

QString FiguresTable::selectionAsText() const
{
    std::set<int> rows, columns;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        rows.insert(visualRow(index.row()));
        columns.insert(horizontalHeader()->visualIndex(index.column()));
    }
    if (rows.empty())
        return {};
    QStringList lines;
    QStringList header;
    for (int visual : columns)
        header << horizontalHeaderItem(horizontalHeader()->logicalIndex(visual))->text();
    lines << header.join(QLatin1Char('\t'));
    for (int visualRowIndex : rows) {
        QStringList cells;
        for (int visual : columns) {
            const QTableWidgetItem *cell
                = item(visualRowIndex, horizontalHeader()->logicalIndex(visual));
            cells << (cell ? cell->text() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void FiguresTable::copySelection()
{
    QApplication::clipboard()->setText(selectionAsText());
}

void FiguresTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace ts::app
