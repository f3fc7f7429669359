#include "app/roadmap/initiativedetails.h"

#include "app/commands/roadmapcommands.h"
#include "app/plaintext.h"
#include "app/roadmap/initiativelinks.h"
#include "app/roadmap/linkpicker.h"
#include "app/workspacedocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace ts::app {
namespace {

enum { TargetRole = Qt::UserRole + 1, TargetIdRole, UidRole, ObjectKindRole };

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // titles are user text, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString metricName(const std::string &metric)
{
    const QString m = q(metric);
    return m == QLatin1String("nps") || m == QLatin1String("csat") || m == QLatin1String("ces")
        ? m.toUpper()
        : m;
}

QString signedNumber(double v)
{
    return (v > 0       ? QStringLiteral("+")
                : v < 0 ? QStringLiteral("−")
                        : QString())
        + QLocale().toString(std::abs(v));
}

QString summaryOf(const Workspace &w, const Initiative &i)
{
    QString dimension = q(toString(i.dimension));
    dimension[0] = dimension[0].toUpper();
    const auto *department = findById(w.departments, i.departmentId);
    QString status = q(toString(i.status)).replace(QLatin1Char('_'), QLatin1Char(' '));
    const QString when = i.startQuarter.empty() && i.endQuarter.empty()
        ? InitiativeDetails::tr("not scheduled")
        : q(i.startQuarter) + QStringLiteral(" – ") + q(i.endQuarter);
    return QStringList {
        dimension, department ? q(department->name) : InitiativeDetails::tr("no department"),
        i.owner.empty() ? InitiativeDetails::tr("no owner") : q(i.owner), status, when}
        .join(QStringLiteral("  ·  "));
}

QString figuresOf(const Initiative &i)
{
    QStringList parts;
    if (!i.metric.empty())
        parts << (i.expectedChange ? InitiativeDetails::tr("Moves %1 by %2")
                                         .arg(metricName(i.metric), signedNumber(*i.expectedChange))
                                   : InitiativeDetails::tr("Moves %1").arg(metricName(i.metric)));
    if (i.cost)
        parts << InitiativeDetails::tr("cost %1").arg(QLocale().toString(*i.cost, 'f', 0));
    if (i.effort)
        parts << InitiativeDetails::tr("effort %1").arg(QLocale().toString(*i.effort));
    return parts.isEmpty() ? InitiativeDetails::tr("No metric, cost or effort set yet")
                           : parts.join(QStringLiteral("  ·  "));
}

} // namespace

InitiativeDetails::InitiativeDetails(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(plainLabel(QStringLiteral("initiativeTitle")))
    , m_summary(plainLabel(QStringLiteral("initiativeSummary")))
    , m_figures(plainLabel(QStringLiteral("initiativeFigures")))
    , m_body(new QWidget)
    , m_description(new QPlainTextEdit)
    , m_servesCount(new QLabel)
    , m_links(new QTreeWidget)
    , m_add(new QPushButton(tr("Add link…")))
    , m_remove(new QPushButton(tr("Remove")))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    for (auto *label : {m_summary, m_figures, m_servesCount}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
    }
    m_description->setObjectName(QStringLiteral("initiativeDescription"));
    m_description->setPlaceholderText(
        tr("What changes, for whom, and how you will know it worked"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_description->installEventFilter(this);
    m_links->setObjectName(QStringLiteral("initiativeLinks"));
    m_links->setColumnCount(2);
    m_links->setHeaderLabels({tr("Name"), tr("Where")});
    m_links->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_links->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_links->header()->setStretchLastSection(false);
    m_links->header()->resizeSection(1, 150);
    m_links->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_links->setRootIsDecorated(false);
    m_links->setIndentation(12);
    m_links->installEventFilter(this);
    m_links->setMinimumHeight(150);
    m_add->setObjectName(QStringLiteral("addLink"));
    m_add->setToolTip(tr("Link this initiative to a pain point, touchpoint, stage or goal"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    m_remove->setToolTip(tr("Remove the selected links (Delete)"));

    auto *servesRow = new QHBoxLayout;
    servesRow->addWidget(heading(tr("What it serves")));
    servesRow->addWidget(m_servesCount, 1);
    servesRow->addWidget(m_add);
    servesRow->addWidget(m_remove);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_figures);
    body->addSpacing(8);
    body->addWidget(heading(tr("Description")));
    body->addWidget(m_description);
    body->addSpacing(8);
    body->addLayout(servesRow);
    body->addWidget(m_links, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);

    connect(m_add, &QPushButton::clicked, this, &InitiativeDetails::openLinkPicker);
    connect(m_remove, &QPushButton::clicked, this, &InitiativeDetails::removeSelectedLinks);
    connect(m_links, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_document.isReadOnly() && !selectedLinks().empty()); });
    connect(m_links, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, UidRole).toString().isEmpty())
            emit goTo(item->data(0, ObjectKindRole).toString(), item->data(0, UidRole).toString());
    });
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &InitiativeDetails::refresh);
    refresh();
}

void InitiativeDetails::setInitiative(Id id)
{
    if (id == m_id)
        return;
    commitDescription(); // typing, then picking another bar, keeps what was typed
    m_id = id;
    refresh();
}

void InitiativeDetails::refresh()
{
    const auto &w = m_document.workspace();
    const auto *i = findById(w.initiatives, m_id);
    m_body->setVisible(i);
    if (!i) {
        m_id = 0;
        m_title->setText(tr("No initiative selected"));
        m_summary->setText(tr("Select a bar in the timeline or a row in the table to see what "
                              "the initiative serves, and to link it to pain points, "
                              "touchpoints, stages and goals."));
        return;
    }
    m_title->setText(q(i->title));
    m_summary->setText(summaryOf(w, *i));
    m_figures->setText(figuresOf(*i));
    // A reload while someone types (another view's edit) must not throw their words away.
    if (!(m_description->hasFocus() && m_description->document()->isModified())) {
        m_description->setPlainText(q(i->description));
        m_description->document()->setModified(false);
    }
    const bool editable = !m_document.isReadOnly();
    m_description->setReadOnly(!editable);
    m_add->setEnabled(editable);
    refreshLinks(*i);
    m_remove->setEnabled(editable && !selectedLinks().empty());
}

void InitiativeDetails::refreshLinks(const Initiative &initiative)
{
    const auto &w = m_document.workspace();
    const auto selected = selectedLinks();
    m_links->clear();
    int count = 0;
    for (auto group : kLinkGroups) {
        std::vector<LinkTarget> targets;
        for (const auto &link : initiative.links)
            if (auto target = describeLink(w, link); target && target->group == group)
                targets.push_back(*target);
        if (targets.empty() && group == LinkGroup::OtherCard)
            continue; // only initiatives made from an opportunity have these
        count += int(targets.size());
        auto *header = new QTreeWidgetItem(
            m_links, {QStringLiteral("%1 (%2)").arg(linkGroupTitle(group)).arg(targets.size())});
        header->setFlags(Qt::ItemIsEnabled);
        header->setFirstColumnSpanned(true);
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        if (targets.empty())
            header->setForeground(0, palette().color(QPalette::PlaceholderText));
        for (const auto &t : targets) {
            auto *item = new QTreeWidgetItem(header, {t.name, t.where}); // items are plain text
            item->setData(0, TargetRole, int(t.link.target));
            item->setData(0, TargetIdRole, qlonglong(t.link.targetId));
            item->setData(0, UidRole, t.uid);
            item->setData(0, ObjectKindRole, t.objectKind);
            const QString tip
                = tr("%1: %2\n%3\nDouble-click to open it.").arg(t.kind, t.name, t.where);
            item->setToolTip(0, plainToolTip(tip));
            item->setToolTip(1, plainToolTip(tip));
            item->setSelected(std::find(selected.begin(), selected.end(), t.link)
                              != selected.end());
        }
        header->setExpanded(true);
    }
    m_servesCount->setText(count == 0       ? tr("nothing linked yet")
                               : count == 1 ? tr("1 link")
                                            : tr("%1 links").arg(count));
}

std::vector<InitiativeLink> InitiativeDetails::selectedLinks() const
{
    std::vector<InitiativeLink> links;
    for (const auto *item : m_links->selectedItems())
        if (item->parent())
            links.push_back({InitiativeTarget(item->data(0, TargetRole).toInt()),
                             Id(item->data(0, TargetIdRole).toLongLong())});
    return links;
}

LinkPicker *InitiativeDetails::openLinkPicker()
{
    const auto *i = findById(m_document.workspace().initiatives, m_id);
    if (!i || m_document.isReadOnly())
        return nullptr;
    auto *picker = new LinkPicker(m_document.workspace(), *i, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { addLinks(picker->chosenLinks()); });
    picker->open();
    return picker;
}

bool InitiativeDetails::addLinks(const std::vector<InitiativeLink> &links)
{
    const auto &w = m_document.workspace();
    const auto *before = findById(w.initiatives, m_id);
    if (!before)
        return false;
    auto after = *before;
    QString name;
    for (const auto &link : links)
        if (std::find(after.links.begin(), after.links.end(), link) == after.links.end()) {
            after.links.push_back(link);
            if (auto target = describeLink(w, link))
                name = target->name;
        }
    const int added = int(after.links.size() - before->links.size());
    return edit(after,
                added == 1 ? tr("Link \"%1\" to \"%2\"").arg(q(before->title), name)
                           : tr("Link \"%1\" to %2 objects").arg(q(before->title)).arg(added));
}

bool InitiativeDetails::removeLinks(const std::vector<InitiativeLink> &links)
{
    const auto &w = m_document.workspace();
    const auto *before = findById(w.initiatives, m_id);
    if (!before)
        return false;
    auto after = *before;
    std::erase_if(after.links, [&](const InitiativeLink &l) {
        return std::find(links.begin(), links.end(), l) != links.end();
    });
    const int removed = int(before->links.size() - after.links.size());
    const auto target = links.size() == 1 ? describeLink(w, links.front()) : std::nullopt;
    return edit(after,
                removed == 1 && target
                    ? tr("Unlink \"%1\" from \"%2\"").arg(target->name, q(before->title))
                    : tr("Unlink %1 objects from \"%2\"").arg(removed).arg(q(before->title)));
}

void InitiativeDetails::removeSelectedLinks()
{
    removeLinks(selectedLinks());
}

void InitiativeDetails::commitDescription()
{
    if (!m_description->document()->isModified())
        return;
    m_description->document()->setModified(false);
    const auto *before = findById(m_document.workspace().initiatives, m_id);
    if (!before)
        return;
    auto after = *before;
    after.description = m_description->toPlainText().trimmed().toStdString();
    if (!edit(after, tr("Edit the description of \"%1\"").arg(q(before->title))))
        refresh(); // unchanged or refused: show what the file holds
}

bool InitiativeDetails::edit(const Initiative &after, const QString &text)
{
    const auto *before = findById(m_document.workspace().initiatives, m_id);
    if (!before || after == *before || m_document.isReadOnly())
        return false;
    return m_document.execute(new EditInitiativeCommand(m_document, *before, after, text));
}

bool InitiativeDetails::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    // Names and places share the width (a place like "Map › Stage" is as telling as the name).
    if (watched == m_links && event->type() == QEvent::Resize)
        m_links->header()->resizeSection(1, m_links->viewport()->width() * 2 / 5);
    if (watched == m_links && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_remove->isEnabled()) {
            removeSelectedLinks();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ts::app
