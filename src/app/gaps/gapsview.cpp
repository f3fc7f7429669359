#include "app/gaps/gapsview.h"

#include "alignment/gapregistry.h"
#include "app/commands/reviewcommands.h"
#include "app/exportfile.h"
#include "app/gaps/reviewerprofile.h"
#include "app/plaintext.h"
#include "app/workspacedocument.h"
#include "core/quarter.h"
#include "storage/reviewrepository.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QLabel *plainLabel(bool wrap = true)
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText); // user text never turns into markup
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString statusLabel(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Open:
        return QObject::tr("Open");
    case ReviewStatus::Accepted:
        return QObject::tr("Accepted");
    case ReviewStatus::InProgress:
        return QObject::tr("In progress");
    case ReviewStatus::Resolved:
        return QObject::tr("Resolved");
    case ReviewStatus::WontFix:
        return QObject::tr("Won't fix");
    }
    return {};
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return text;
}

const QColor kSeverityColour[]
    = {QColor(0xC0, 0x39, 0x2B), QColor(0xD6, 0x8A, 0x1A), QColor(0x5D, 0x6D, 0x7E)};

} // namespace

GapsView::GapsView(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_reviewer(new QComboBox)
    , m_tree(new QTreeWidget)
{
    m_reviewer->setEditable(true);
    m_reviewer->setInsertPolicy(QComboBox::NoInsert);
    m_reviewer->setMinimumWidth(200);
    m_reviewer->lineEdit()->setPlaceholderText(tr("Type your name"));
    auto *who = new QHBoxLayout;
    who->addWidget(new QLabel(tr("Who is reviewing?")));
    who->addWidget(m_reviewer);
    who->addStretch();
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Gap"), tr("Status"), tr("Assigned to")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->resizeSection(1, 110);
    m_tree->header()->resizeSection(2, 130);
    m_tree->setWordWrap(true);
    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(buildDetail());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addWidget(split, 1);

    auto &profile = ReviewerProfile::instance();
    m_reviewer->addItems(profile.knownNames());
    m_reviewer->setCurrentText(profile.name());
    connect(m_reviewer->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { ReviewerProfile::instance().setName(m_reviewer->currentText()); });
    connect(m_reviewer, &QComboBox::activated, this,
            [this] { ReviewerProfile::instance().setName(m_reviewer->currentText()); });
    connect(&profile, &ReviewerProfile::changed, this, [this](const QString &name) {
        if (m_reviewer->currentText() != name)
            m_reviewer->setCurrentText(name);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_current = item && item->data(0, Qt::UserRole).isValid()
            ? item->data(0, Qt::UserRole).toInt()
            : -1;
        showEntry();
    });
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &GapsView::refresh);
    connect(&m_document, &WorkspaceDocument::mapChanged, this, &GapsView::refresh);
    refresh();
}

GapsView::~GapsView()
{
    // The reviewer box loses focus while ~QWidget deletes it (editingFinished); by then this is
    // no longer a GapsView and the lambdas must not run.
    m_reviewer->lineEdit()->disconnect(this);
    m_reviewer->disconnect(this);
}

QWidget *GapsView::buildDetail()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_title = plainLabel();
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_state = plainLabel();
    m_info = new QPlainTextEdit; // plain text: user names inside never turn into markup
    m_info->setReadOnly(true);
    m_info->setMinimumHeight(130);
    m_info->setMaximumHeight(190);
    m_goTo = new QPushButton(tr("Go to"));
    for (auto *w : std::initializer_list<QWidget *> {m_title, m_state, m_info, m_goTo})
        layout->addWidget(w);
    auto *form = new QFormLayout;
    m_status = new QComboBox;
    for (auto s : allOf<ReviewStatus>())
        m_status->addItem(statusLabel(s), int(s));
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("Why (shown in the history)"));
    auto *setStatusButton = new QPushButton(tr("Set status"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_reason, 1);
    statusRow->addWidget(setStatusButton);
    form->addRow(tr("Status"), statusRow);
    m_assignee = new QComboBox;
    m_assignee->setEditable(true);
    form->addRow(tr("Assigned to"), m_assignee);
    layout->addLayout(form);
    m_comments = new QListWidget;
    m_comments->setWordWrap(true);
    m_comment = new QLineEdit;
    m_comment->setPlaceholderText(tr("Add a comment and press Enter"));
    layout->addWidget(new QLabel(tr("Comments")));
    layout->addWidget(m_comments, 1);
    layout->addWidget(m_comment);
    m_history = new QTableWidget(0, 4);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Reason")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *exportButton = new QPushButton(tr("Export history as CSV..."));
    layout->addWidget(new QLabel(tr("History")));
    layout->addWidget(m_history, 1);
    layout->addWidget(exportButton);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (const auto *e = current())
            emit goTo(q(e->finding.objectKind), q(e->finding.objectUid));
    });
    connect(setStatusButton, &QPushButton::clicked, this,
            [this] { setStatus(ReviewStatus(m_status->currentData().toInt()), m_reason->text()); });
    connect(m_assignee, &QComboBox::activated, this,
            [this] { assignTo(m_assignee->currentText()); });
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (addComment(m_comment->text()))
            m_comment->clear();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const auto path
            = QFileDialog::getSaveFileName(this, tr("Export review history"),
                                           QStringLiteral("review-history.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportHistory(path);
    });
    return panel;
}

void GapsView::refresh()
{
    const auto &w = m_document.workspace();
    std::pair<std::string, std::string> selected;
    if (const auto *e = current())
        selected = {e->finding.ruleId, e->finding.objectUid};
    m_entries = alignment::reviewFindings(w, alignment::GapRegistry::builtIn().findings(w));
    recordFixes();
    m_tree->clear();
    const QString severities[] = {tr("Critical"), tr("Major"), tr("Minor")};
    QTreeWidgetItem *groups[3] = {};
    std::map<std::pair<int, std::string>, QTreeWidgetItem *> areas;
    int open[3] = {};
    QTreeWidgetItem *reselect = nullptr;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const auto &e = m_entries[std::size_t(i)];
        const int s = int(e.finding.severity);
        if (!groups[s]) {
            groups[s] = new QTreeWidgetItem(m_tree, {severities[s]});
            groups[s]->setForeground(0, kSeverityColour[s]);
            QFont bold = groups[s]->font(0);
            bold.setBold(true);
            groups[s]->setFont(0, bold);
        }
        auto &area = areas[{s, e.finding.area}];
        if (!area)
            area = new QTreeWidgetItem(groups[s], {q(e.finding.area)});
        const auto *rule = alignment::GapRegistry::builtIn().rule(e.finding.ruleId);
        QString status
            = e.fixed ? tr("Fixed") : statusLabel(e.review ? e.review->status : ReviewStatus::Open);
        const auto *assignee = e.review ? findById(w.authors, e.review->assigneeId) : nullptr;
        auto *item = new QTreeWidgetItem(
            area, {q(e.finding.title), status, assignee ? q(assignee->name) : QString()});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0,
                         plainToolTip((rule ? q(rule->title) + QStringLiteral("\n") : QString())
                                      + q(e.finding.detail)));
        if (e.fixed)
            item->setForeground(1, QColor(0x2E, 0x8B, 0x57));
        else if (!e.review || e.review->status == ReviewStatus::Open)
            ++open[s];
        if (std::pair(e.finding.ruleId, e.finding.objectUid) == selected)
            reselect = item;
    }
    for (int s = 0; s < 3; ++s)
        if (groups[s])
            groups[s]->setText(0, tr("%1 (%2 open)").arg(severities[s]).arg(open[s]));
    m_tree->expandAll();
    m_current = -1;
    if (reselect)
        m_tree->setCurrentItem(reselect);
    showEntry();
}

// A reviewed gap whose problem disappeared records who fixed it: the reviewer at the laptop
// when it vanished. This is bookkeeping derived from the findings, not a user edit, so it is
// written directly and is not on the undo stack.
void GapsView::recordFixes()
{
    if (m_document.isReadOnly())
        return;
    storage::ReviewRepository reviews(m_document.db());
    bool changed = false;
    try {
        for (auto &e : m_entries) {
            if (!e.review || e.fixed == !e.review->fixedAt.empty())
                continue;
            e.review->fixedAt = e.fixed ? nowIso() : std::string();
            e.review->fixedById = 0;
            if (e.fixed) // the reviewer's author row, when they have one (never created here)
                for (const auto &a : m_document.workspace().authors)
                    if (a.name == ReviewerProfile::instance().name().toStdString())
                        e.review->fixedById = a.id;
            reviews.update(*e.review);
            changed = true;
        }
    } catch (const std::exception &error) {
        m_document.reportError(QString::fromUtf8(error.what()));
    }
    if (changed)
        QMetaObject::invokeMethod(&m_document, &WorkspaceDocument::reloadAll, Qt::QueuedConnection);
}

Id GapsView::reviewerId()
{
    const auto name = ReviewerProfile::instance().name().trimmed().toStdString();
    if (name.empty())
        return 0;
    for (const auto &a : m_document.workspace().authors)
        if (a.name == name)
            return a.id;
    auto *command = new AddAuthorCommand(m_document, name);
    return m_document.execute(command) ? command->authorId() : 0;
}

const alignment::ReviewedFinding *GapsView::current() const
{
    return m_current >= 0 && m_current < int(m_entries.size()) ? &m_entries[std::size_t(m_current)]
                                                               : nullptr;
}

void GapsView::selectEntry(int index)
{
    for (auto *item :
         m_tree->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive))
        if (item->data(0, Qt::UserRole).isValid() && item->data(0, Qt::UserRole).toInt() == index)
            m_tree->setCurrentItem(item);
}

void GapsView::showEntry()
{
    const auto *e = current();
    const auto &w = m_document.workspace();
    m_comments->clear();
    m_history->setRowCount(0);
    m_goTo->setEnabled(e && !e->fixed);
    if (!e) {
        m_title->setText(m_entries.empty() ? tr("No alignment gaps found.")
                                           : tr("Select a gap to review it."));
        m_state->clear();
        m_info->clear();
        return;
    }
    const auto *rule = alignment::GapRegistry::builtIn().rule(e->finding.ruleId);
    m_title->setText(q(e->finding.title));
    QStringList info {q(e->finding.detail)};
    if (rule)
        info << tr("Why it matters: %1").arg(q(rule->why));
    if (!e->finding.fix.empty())
        info << tr("Where to fix it: %1").arg(q(e->finding.fix));
    m_info->setPlainText(info.join(QStringLiteral("\n\n")));
    const auto *fixer = e->review ? findById(w.authors, e->review->fixedById) : nullptr;
    m_state->setText(e->fixed
                         ? tr("Fixed%1").arg(fixer ? tr(" by %1").arg(q(fixer->name)) : QString())
                         : (rule ? q(rule->title) : QString()));
    m_status->setCurrentIndex(int(e->review ? e->review->status : ReviewStatus::Open));
    m_reason->setText(e->review ? q(e->review->reason) : QString());
    m_assignee->clear();
    m_assignee->addItem(QString());
    for (const auto &a : w.authors)
        m_assignee->addItem(q(a.name));
    const auto *assignee = e->review ? findById(w.authors, e->review->assigneeId) : nullptr;
    m_assignee->setCurrentText(assignee ? q(assignee->name) : QString());
    if (!e->review)
        return;
    for (const auto &c : w.comments)
        if (c.reviewId == e->review->id) {
            const auto *a = findById(w.authors, c.authorId);
            m_comments->addItem(
                tr("%1, %2: %3").arg(a ? q(a->name) : tr("someone"), q(c.at), q(c.text)));
        }
    for (const auto &ev : w.events) {
        if (ev.reviewId != e->review->id)
            continue;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const auto *a = findById(w.authors, ev.authorId);
        const QString change = ev.from == ev.to
            ? statusLabel(ev.to)
            : statusLabel(ev.from) + QStringLiteral(" → ") + statusLabel(ev.to);
        const QString cells[] = {q(ev.at), a ? q(a->name) : QString(), change, q(ev.reason)};
        for (int c = 0; c < 4; ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

// Each action first makes sure the reviewer has an author row (which may refresh the list),
// then reads the current finding.
bool GapsView::setStatus(ReviewStatus status, const QString &reason)
{
    if (!current())
        return false;
    const Id author = reviewerId();
    if (!author) {
        m_document.reportError(tr("Say who is reviewing first (top of the gaps view)."));
        return false;
    }
    const auto *e = current();
    return e
        && m_document.execute(new SetReviewStatusCommand(m_document, e->finding.ruleId,
                                                         e->finding.objectUid, author, status,
                                                         reason.toStdString()));
}

bool GapsView::assignTo(const QString &name)
{
    const Id author = current() ? reviewerId() : 0;
    if (!author)
        return false;
    Id assignee = 0;
    if (!name.trimmed().isEmpty()) {
        for (const auto &a : m_document.workspace().authors)
            if (a.name == name.trimmed().toStdString())
                assignee = a.id;
        if (!assignee) {
            auto *command = new AddAuthorCommand(m_document, name.trimmed().toStdString());
            if (!m_document.execute(command))
                return false;
            assignee = command->authorId();
        }
    }
    const auto *e = current();
    return e
        && m_document.execute(new AssignReviewCommand(m_document, e->finding.ruleId,
                                                      e->finding.objectUid, author, assignee));
}

bool GapsView::addComment(const QString &text)
{
    const Id author = current() && !text.trimmed().isEmpty() ? reviewerId() : 0;
    if (!author)
        return false;
    const auto *e = current();
    return e
        && m_document.execute(new CommentReviewCommand(m_document, e->finding.ruleId,
                                                       e->finding.objectUid, author,
                                                       text.trimmed().toStdString()));
}

QString GapsView::historyCsv() const
{
    const auto &w = m_document.workspace();
    QString csv = QStringLiteral("when,who,rule,object,from,to,reason\n");
    for (const auto &ev : w.events) {
        const auto *review = findById(w.reviews, ev.reviewId);
        const auto *author = findById(w.authors, ev.authorId);
        const QString fields[]
            = {q(ev.at),
               author ? q(author->name) : QString(),
               review ? q(review->ruleId) : QString(),
               review ? q(alignment::findObject(w, review->objectUid).name) : QString(),
               q(toString(ev.from)),
               q(toString(ev.to)),
               q(ev.reason)};
        QStringList row;
        for (const auto &f : fields)
            row << csvField(f);
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

bool GapsView::exportHistory(const QString &path)
{
    // Atomic, and never over a workspace: the same rules as every other export.
    if (const QString error = writeExportFile(path, historyCsv().toUtf8()); !error.isEmpty()) {
        m_document.reportError(error);
        return false;
    }
    return true;
}

} // namespace ts::app
