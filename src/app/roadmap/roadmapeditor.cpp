#include "app/roadmap/roadmapeditor.h"

#include "app/commands/roadmapcommands.h"
#include "app/plaintext.h"
#include "app/roadmap/initiativedetails.h"
#include "app/roadmap/initiativelinks.h"
#include "app/roadmap/roadmapscene.h"
#include "app/workspacedocument.h"
#include "report/roadmappainter.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ts::app {
namespace {

enum Column {
    Title,
    Dim,
    Department,
    Owner,
    Status,
    Start,
    End,
    Cost,
    Effort,
    Metric,
    Change,
    Serves,
    ColumnCount
};
// Wide enough for the longest demo department and the combo boxes' arrows; the title stretches.
constexpr int kColumnWidths[ColumnCount] = {0, 105, 170, 130, 110, 75, 75, 80, 65, 110, 115, 70};
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v) : QString();
}

class BalanceGauge : public QWidget
{
public:
    explicit BalanceGauge(WorkspaceDocument &document)
        : m_document(document)
    {
        setMinimumSize(380, 40);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        report::RoadmapPainter::paintBalance(p, report::portfolioBalance(m_document.workspace()),
                                             QRectF(rect()).adjusted(2, 2, -2, -2));
    }

private:
    WorkspaceDocument &m_document;
};

template<typename E> QComboBox *enumCombo(E current, bool enabled)
{
    auto *combo = new QComboBox;
    for (auto value : allOf<E>())
        combo->addItem(q(toString(value)).replace(QLatin1Char('_'), QLatin1Char(' ')), int(value));
    combo->setCurrentIndex(combo->findData(int(current)));
    combo->setEnabled(enabled);
    return combo;
}

// The metrics an initiative can promise to move (the names metric targets use), or none.
QComboBox *metricCombo(const std::string &current, bool enabled)
{
    auto *combo = new QComboBox;
    combo->addItem(RoadmapEditor::tr("(none)"), QString());
    for (const char *m : {"nps", "csat", "ces"})
        combo->addItem(QString::fromLatin1(m).toUpper(), QString::fromLatin1(m));
    for (const char *m : {"retention", "conversion"})
        combo->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
    if (combo->findData(q(current)) < 0) // a value imported from elsewhere stays visible
        combo->addItem(q(current), q(current));
    combo->setCurrentIndex(combo->findData(q(current)));
    combo->setEnabled(enabled);
    return combo;
}

// "3" with the linked objects in the tooltip: which initiatives serve nothing stands out.
QTableWidgetItem *servesItem(const Workspace &w, const Initiative &i)
{
    QStringList names;
    for (const auto &link : i.links)
        if (auto target = describeLink(w, link))
            names << target->kind + QStringLiteral(": ") + target->name;
    auto *item = new QTableWidgetItem(QString::number(names.size()));
    item->setTextAlignment(Qt::AlignCenter);
    item->setToolTip(names.isEmpty() ? RoadmapEditor::tr("Serves nothing yet: link it in the "
                                                         "details panel")
                                     : plainToolTip(names.join(QLatin1Char('\n'))));
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

RoadmapEditor::RoadmapEditor(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(new RoadmapScene(document, this))
    , m_view(new QGraphicsView(m_scene))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_details(new InitiativeDetails(document))
    , m_grouping(new QComboBox)
    , m_balance(new BalanceGauge(document))
{
    m_grouping->addItem(tr("Swimlanes by dimension"));
    m_grouping->addItem(tr("Swimlanes by department"));
    auto *add = new QPushButton(tr("Add initiative"));
    auto *remove = new QPushButton(tr("Remove initiative"));
    add->setEnabled(!document.isReadOnly());
    remove->setEnabled(!document.isReadOnly());
    auto *top = new QHBoxLayout;
    top->addWidget(m_grouping);
    top->addWidget(add);
    top->addWidget(remove);
    top->addSpacing(24);
    top->addWidget(new QLabel(tr("Balance:")));
    top->addWidget(m_balance, 1);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->setHorizontalHeaderLabels({tr("Initiative"), tr("Dimension"), tr("Department"),
                                        tr("Owner"), tr("Status"), tr("Start"), tr("End"),
                                        tr("Cost"), tr("Effort"), tr("Metric"),
                                        tr("Expected change"), tr("Serves")});
    for (int c = 1; c < ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(c, kColumnWidths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_details->setMinimumWidth(340);
    // The timeline needs about 800 px for eight quarters; the details use the width beside it
    // and the table keeps the whole width for its twelve columns.
    auto *upper = new QSplitter(Qt::Horizontal);
    upper->addWidget(m_view);
    upper->addWidget(m_details);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    upper->setSizes({1000, 560});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(upper);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_split = split;
    m_upper = upper;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_scene->setGrouping(index == 1 ? report::RoadmapGrouping::Department
                                        : report::RoadmapGrouping::Dimension);
    });
    connect(add, &QPushButton::clicked, this, [this] { addInitiative(tr("New initiative")); });
    connect(remove, &QPushButton::clicked, this, &RoadmapEditor::removeSelected);
    connect(m_table, &QTableWidget::cellChanged, this, &RoadmapEditor::cellEdited);
    connect(m_scene, &RoadmapScene::initiativeSelected, this, &RoadmapEditor::selectInitiative);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        const auto &initiatives = m_document.workspace().initiatives;
        if (!m_refreshing && rows.size() == 1 && rows[0].row() < int(initiatives.size()))
            selectInitiative(initiatives[std::size_t(rows[0].row())].id);
    });
    connect(m_details, &InitiativeDetails::goTo, this, &RoadmapEditor::goTo);
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, [this] {
        refreshTable();
        m_balance->update();
    });
    refreshTable();
}

void RoadmapEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    // Once the height is known: the whole timeline in view (and at least room for the details),
    // the rest for the table. Sizes given before the first show would only be proportions.
    m_sized = true;
    const int total = m_split->height() - m_split->handleWidth();
    const int timeline = int(m_scene->layout().bounds().height()) + 2 * m_view->frameWidth() + 4;
    const int upper = std::min(std::max(timeline, 440), total * 3 / 4);
    m_split->setSizes({upper, total - upper});
    // Beside the timeline's quarters, the details take the rest of the width.
    const int across = m_upper->width() - m_upper->handleWidth();
    const int view = std::clamp(int(m_scene->layout().bounds().width()) + 2 * m_view->frameWidth()
                                    + m_view->verticalScrollBar()->sizeHint().width(),
                                across / 2, across - m_details->minimumWidth());
    m_upper->setSizes({view, across - view});
}

void RoadmapEditor::refreshTable()
{
    m_refreshing = true;
    const auto &w = m_document.workspace();
    const bool editable = !m_document.isReadOnly();
    m_table->setRowCount(int(w.initiatives.size()));
    for (int row = 0; row < int(w.initiatives.size()); ++row) {
        const auto &i = w.initiatives[std::size_t(row)];
        const QString texts[] = {q(i.title),
                                 {},
                                 {},
                                 q(i.owner),
                                 {},
                                 q(i.startQuarter),
                                 q(i.endQuarter),
                                 number(i.cost),
                                 number(i.effort),
                                 {},
                                 number(i.expectedChange),
                                 {}};
        for (int c = 0; c < Serves; ++c) {
            auto *cell = new QTableWidgetItem(texts[c]);
            cell->setData(Qt::UserRole, qlonglong(i.id));
            if (!editable)
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, c, cell);
        }
        m_table->setItem(row, Serves, servesItem(w, i));
        auto edit = [this, id = i.id](auto change) {
            const auto *before = findById(m_document.workspace().initiatives, id);
            if (!before)
                return;
            auto after = *before;
            change(after);
            if (!(after == *before))
                m_document.execute(new EditInitiativeCommand(m_document, *before, after));
        };
        auto *dimension = enumCombo(i.dimension, editable);
        connect(dimension, &QComboBox::activated, this, [edit, dimension] {
            edit([&](Initiative &a) { a.dimension = Dimension(dimension->currentData().toInt()); });
        });
        m_table->setCellWidget(row, Dim, dimension);
        auto *status = enumCombo(i.status, editable);
        connect(status, &QComboBox::activated, this, [edit, status] {
            edit(
                [&](Initiative &a) { a.status = InitiativeStatus(status->currentData().toInt()); });
        });
        m_table->setCellWidget(row, Status, status);
        auto *department = new QComboBox;
        department->addItem(tr("(none)"), qlonglong(0));
        for (const auto &d : w.departments)
            department->addItem(q(d.name), qlonglong(d.id));
        department->setCurrentIndex(department->findData(qlonglong(i.departmentId)));
        department->setEnabled(editable);
        connect(department, &QComboBox::activated, this, [edit, department] {
            edit([&](Initiative &a) { a.departmentId = department->currentData().toLongLong(); });
        });
        m_table->setCellWidget(row, Department, department);
        auto *metric = metricCombo(i.metric, editable);
        connect(metric, &QComboBox::activated, this, [edit, metric] {
            edit([&](Initiative &a) { a.metric = metric->currentData().toString().toStdString(); });
        });
        m_table->setCellWidget(row, Metric, metric);
    }
    m_refreshing = false;
}

void RoadmapEditor::cellEdited(int row, int column)
{
    const auto &initiatives = m_document.workspace().initiatives;
    if (m_refreshing || row < 0 || row >= int(initiatives.size()))
        return;
    const auto &before = initiatives[std::size_t(row)];
    auto after = before;
    const QString text = m_table->item(row, column)->text().trimmed();
    auto optionalNumber = [&](std::optional<double> &field) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        field = text.isEmpty() || !ok ? std::nullopt : std::optional<double>(v);
        return text.isEmpty() || ok;
    };
    bool ok = true;
    switch (column) {
    case Title:
        after.title = text.toStdString();
        break;
    case Owner:
        after.owner = text.toStdString();
        break;
    case Start:
        after.startQuarter = text.toUpper().toStdString();
        break;
    case End:
        after.endQuarter = text.toUpper().toStdString();
        break;
    case Cost:
        ok = optionalNumber(after.cost);
        break;
    case Effort:
        ok = optionalNumber(after.effort);
        break;
    case Change:
        ok = optionalNumber(after.expectedChange);
        break;
    default:
        return;
    }
    if (!ok)
        m_document.reportError(tr("\"%1\" is not a number.").arg(text));
    if (!ok || after == before
        || !m_document.execute(new EditInitiativeCommand(m_document, before, after)))
        refreshTable();
}

void RoadmapEditor::addInitiative(const QString &title)
{
    Initiative i;
    i.title = title.toStdString();
    i.status = InitiativeStatus::Idea;
    auto *command = new AddInitiativeCommand(m_document, i);
    if (m_document.execute(command))
        selectInitiative(command->initiativeId());
}

void RoadmapEditor::selectInitiative(Id id)
{
    // The timeline, the table and the panel follow each other; only the first one speaks.
    if (m_selecting)
        return;
    m_selecting = true;
    m_scene->selectInitiative(id);
    const auto &initiatives = m_document.workspace().initiatives;
    const auto it = std::find_if(initiatives.begin(), initiatives.end(),
                                 [id](const Initiative &i) { return i.id == id; });
    if (it == initiatives.end())
        m_table->clearSelection();
    else
        m_table->selectRow(int(it - initiatives.begin()));
    m_details->setInitiative(id);
    m_selecting = false;
}

void RoadmapEditor::removeSelected()
{
    const int row = m_table->currentRow();
    const auto &initiatives = m_document.workspace().initiatives;
    if (row >= 0 && row < int(initiatives.size()))
        m_document.execute(new RemoveInitiativeCommand(m_document, initiatives[std::size_t(row)]));
}

} // namespace ts::app
