#include "app/canvas/canvaseditor.h"

#include "app/canvas/canvasblock.h"
#include "app/canvas/canvaschain.h"
#include "app/canvas/goallistwidget.h"
#include "app/commands/canvascommands.h"
#include "app/workspacedocument.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QScrollArea>

namespace ts::app {
namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joinLines(const std::vector<std::string> &items)
{
    QStringList lines;
    for (const auto &item : items)
        lines << q(item);
    return lines.join(QLatin1Char('\n'));
}

std::vector<std::string> splitLines(const QString &text)
{
    std::vector<std::string> items;
    for (const auto &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            items.push_back(line.trimmed().toStdString());
    return items;
}

} // namespace

CanvasEditor::CanvasEditor(WorkspaceDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tied(new QCheckBox(tr("The CX vision is tied to the brand promise")))
{
    auto *chain = new CanvasChain;
    m_chain = chain;
    auto *grid = new QGridLayout(chain);
    grid->setHorizontalSpacing(48);
    grid->setVerticalSpacing(36);
    grid->setContentsMargins(32, 24, 32, 24);
    auto make = [&](const QString &key, const QString &title, const QString &hint, int row,
                    int column, int span, auto get, auto set) {
        auto *b = new CanvasBlock(title, hint);
        grid->addWidget(b, row, column, 1, span);
        addField(key, b, get, set);
        return b;
    };
    auto *purpose = make(
        QStringLiteral("purpose"), tr("Business purpose"), tr("Why does the business exist?"), 0, 0,
        2, [](const PurposeCanvas &c) { return q(c.businessPurpose); },
        [](PurposeCanvas &c, const QString &t) { c.businessPurpose = t.toStdString(); });
    auto *business = make(
        QStringLiteral("business_strategy"), tr("Business strategy"),
        tr("How will the business win?"), 1, 0, 1,
        [](const PurposeCanvas &c) { return q(c.businessStrategy); },
        [](PurposeCanvas &c, const QString &t) { c.businessStrategy = t.toStdString(); });
    auto *customer = make(
        QStringLiteral("customer_strategy"), tr("Customer strategy"),
        tr("Which customers, and what relationship with them?"), 1, 1, 1,
        [](const PurposeCanvas &c) { return q(c.customerStrategy); },
        [](PurposeCanvas &c, const QString &t) { c.customerStrategy = t.toStdString(); });
    auto *vision = make(
        QStringLiteral("cx_vision"), tr("CX vision"), tr("The experience we mean to give"), 2, 0, 1,
        [](const PurposeCanvas &c) { return q(c.cxVision); },
        [](PurposeCanvas &c, const QString &t) { c.cxVision = t.toStdString(); });
    auto *brand = make(
        QStringLiteral("brand_promise"), tr("Brand promise"),
        tr("What the brand promises customers"), 2, 1, 1,
        [](const PurposeCanvas &c) { return q(c.brandPromise); },
        [](PurposeCanvas &c, const QString &t) { c.brandPromise = t.toStdString(); });
    auto *principles = make(
        QStringLiteral("cx_principles"), tr("CX principles"), tr("One principle per line"), 3, 0, 2,
        [](const PurposeCanvas &c) { return joinLines(c.cxPrinciples); },
        [](PurposeCanvas &c, const QString &t) { c.cxPrinciples = splitLines(t); });
    auto *behaviours = make(
        QStringLiteral("employee_behaviours"), tr("Required employee behaviours"),
        tr("One behaviour per line"), 4, 0, 2,
        [](const PurposeCanvas &c) { return joinLines(c.employeeBehaviours); },
        [](PurposeCanvas &c, const QString &t) { c.employeeBehaviours = splitLines(t); });
    auto *experience = make(
        QStringLiteral("employee_experience"), tr("Employee experience"),
        tr("What employees need to live the behaviours"), 5, 0, 2,
        [](const PurposeCanvas &c) { return q(c.employeeExperience); },
        [](PurposeCanvas &c, const QString &t) { c.employeeExperience = t.toStdString(); });
    chain->setLinks({{purpose, business, false},
                     {purpose, customer, false},
                     {business, vision, false},
                     {customer, vision, false},
                     {vision, brand, true},
                     {vision, principles, false},
                     {principles, behaviours, false},
                     {behaviours, experience, false}});
    chain->setBrandLinkTied([this] { return m_tied->isChecked(); });
    grid->addWidget(m_tied, 6, 0, 1, 2);

    auto *scroll = new QScrollArea;
    scroll->setWidget(chain);
    scroll->setWidgetResizable(true);
    auto *goals = new GoalListWidget(document);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 3);
    layout->addWidget(goals, 1);

    connect(m_tied, &QCheckBox::toggled, this, [this](bool tied) {
        const auto &before = m_document.workspace().canvas;
        if (before.visionTiedToBrand == tied)
            return;
        auto after = before;
        after.visionTiedToBrand = tied;
        m_document.execute(
            new EditCanvasCommand(m_document, before, after,
                                  tied ? tr("Tie the CX vision to the brand promise")
                                       : tr("Untie the CX vision from the brand promise")));
    });
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &CanvasEditor::refresh);
    refresh();
}

void CanvasEditor::addField(const QString &key, CanvasBlock *block,
                            std::function<QString(const PurposeCanvas &)> get,
                            std::function<void(PurposeCanvas &, const QString &)> set)
{
    m_fields.push_back({key, block, get, set});
    connect(block, &CanvasBlock::edited, this,
            [this, set, title = block->title()](const QString &text) {
                const auto before = m_document.workspace().canvas;
                auto after = before;
                set(after, text);
                if (after == before)
                    return;
                if (!m_document.execute(
                        new EditCanvasCommand(m_document, before, after, tr("Edit %1").arg(title))))
                    refresh();
                m_chain->update();
            });
}

CanvasBlock *CanvasEditor::block(const QString &key) const
{
    for (const auto &field : m_fields)
        if (field.key == key)
            return field.block;
    return nullptr;
}

void CanvasEditor::refresh()
{
    const auto &canvas = m_document.workspace().canvas;
    for (const auto &field : m_fields) {
        field.block->setText(field.get(canvas));
        field.block->setReadOnly(m_document.isReadOnly());
    }
    const QSignalBlocker block(m_tied);
    m_tied->setChecked(canvas.visionTiedToBrand);
    m_tied->setEnabled(!m_document.isReadOnly());
    m_chain->update();
}

} // namespace ts::app
