#include "app/propertiespanel.h"

#include "app/cardform.h"
#include "app/commands/mapcommands.h"
#include "app/workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

enum Page { Message, CardPage, MapPage };

} // namespace

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget)
    , m_summary(new QLabel)
    , m_cardForm(new CardForm)
    , m_mapName(new QLineEdit)
    , m_persona(new QComboBox)
    , m_editPersona(new QPushButton(tr("Edit persona…")))
    , m_description(new QPlainTextEdit)
    , m_mapFacts(new QLabel)
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(8, 24, 8, 8);
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_pages->addWidget(m_summary);
    m_pages->addWidget(m_cardForm);
    m_pages->addWidget(buildMapPage());

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(scroll);
    showSelection(0, {});
}

QWidget *PropertiesPanel::buildMapPage()
{
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *heading = new QLabel(tr("Journey map"));
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    form->addRow(heading);
    m_mapName->setObjectName(QStringLiteral("mapName"));
    form->addRow(tr("&Name:"), m_mapName);
    m_persona->setObjectName(QStringLiteral("mapPersona"));
    form->addRow(tr("&Persona:"), m_persona);
    form->addRow(QString(), m_editPersona);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What this journey covers"));
    m_description->setFixedHeight(110);
    m_description->installEventFilter(this);
    form->addRow(tr("&Description:"), m_description);
    m_mapFacts->setTextFormat(Qt::PlainText);
    m_mapFacts->setWordWrap(true);
    m_mapFacts->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(m_mapFacts);

    connect(m_mapName, &QLineEdit::editingFinished, this,
            [this] { editMap(QStringLiteral("name")); });
    connect(m_persona, &QComboBox::activated, this, [this] { editMap(QStringLiteral("persona")); });
    connect(m_editPersona, &QPushButton::clicked, this,
            [this] { emit editPersonaRequested(m_mapId); });
    return page;
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        editMap(QStringLiteral("description"));
    return QWidget::eventFilter(watched, event);
}

void PropertiesPanel::setDocument(WorkspaceDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cardForm->setDocument(document);
    if (document) {
        connect(document, &WorkspaceDocument::mapChanged, this, &PropertiesPanel::reload);
        connect(document, &WorkspaceDocument::workspaceReloaded, this, &PropertiesPanel::reload);
    }
    showSelection(0, {});
}

void PropertiesPanel::showSelection(Id mapId, const std::vector<Id> &cardIds)
{
    if (mapId != m_mapId || cardIds != m_cardIds)
        commitPending();
    m_mapId = m_document ? mapId : 0;
    m_cardIds = m_document ? cardIds : std::vector<Id> {};
    reload();
}

void PropertiesPanel::commitPending()
{
    if (m_pages->currentIndex() == CardPage)
        m_cardForm->commitPending();
    else if (m_pages->currentIndex() == MapPage && m_description->hasFocus())
        editMap(QStringLiteral("description"));
}

void PropertiesPanel::reload()
{
    static const Workspace none;
    const auto &w = m_document ? m_document->workspace() : none;
    if (!m_document || !m_mapId || !findById(w.maps, m_mapId)) {
        m_summary->setText(tr("Open a journey map to see the properties of its cards here."));
        m_pages->setCurrentIndex(Message);
    } else if (m_cardIds.size() > 1) {
        m_summary->setText(tr("%1 cards selected").arg(m_cardIds.size()));
        m_pages->setCurrentIndex(Message);
    } else if (m_cardIds.size() == 1 && findById(w.cards, m_cardIds.front())) {
        m_cardForm->showCard(m_cardIds.front());
        m_pages->setCurrentIndex(CardPage);
    } else {
        fillMap();
        m_pages->setCurrentIndex(MapPage);
    }
}

void PropertiesPanel::fillMap()
{
    m_filling = true;
    const auto &w = m_document->workspace();
    const auto *map = findById(w.maps, m_mapId);
    if (!m_mapName->hasFocus())
        m_mapName->setText(q(map->name));
    if (!m_description->hasFocus())
        m_description->setPlainText(q(map->description));
    {
        const QSignalBlocker blocker(m_persona);
        m_persona->clear();
        m_persona->addItem(tr("No persona"), qlonglong(0));
        for (const auto &p : w.personas)
            m_persona->addItem(q(p.name), qlonglong(p.id));
        m_persona->setCurrentIndex(std::max(0, m_persona->findData(qlonglong(map->personaId))));
    }
    int stages = 0, cards = 0;
    for (const auto &s : w.stages)
        stages += s.mapId == m_mapId;
    for (const auto &c : w.cards)
        cards += c.mapId == m_mapId;
    m_mapFacts->setText((stages == 1 ? tr("1 stage") : tr("%1 stages").arg(stages))
                        + QStringLiteral(", ")
                        + (cards == 1 ? tr("1 card") : tr("%1 cards").arg(cards)));
    const bool editable = !m_document->isReadOnly();
    m_mapName->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_persona->setEnabled(editable);
    m_editPersona->setText(map->personaId ? tr("Edit persona…") : tr("New persona…"));
    m_editPersona->setEnabled(editable || map->personaId);
    m_filling = false;
}

void PropertiesPanel::editMap(const QString &field)
{
    if (m_filling || !m_document || m_document->isReadOnly())
        return;
    const auto *map = findById(m_document->workspace().maps, m_mapId);
    if (!map)
        return;
    const JourneyMap before = *map;
    JourneyMap after = before;
    if (field == QLatin1String("name"))
        after.name = m_mapName->text().trimmed().toStdString();
    else if (field == QLatin1String("persona"))
        after.personaId = m_persona->currentData().toLongLong();
    else
        after.description = m_description->toPlainText().toStdString();
    if (after == before)
        return;
    if (!m_document->execute(new EditMapCommand(*m_document, before, after))) {
        m_mapName->setText(q(before.name)); // the refused value does not linger
        reload();
    }
}

} // namespace ts::app
