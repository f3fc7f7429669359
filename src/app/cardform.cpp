#include "app/cardform.h"

#include "app/commands/cardcommands.h"
#include "app/workspacedocument.h"
#include "report/channelglyph.h"
#include "report/mapstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

constexpr double kNoScore = -0.5; // the spin box's minimum, shown as "—": no score yet

QIcon channelIcon(const std::string &channel)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    report::ChannelGlyph::paint(painter, channel, QRectF(3, 3, 26, 26), QColor(0x33, 0x3D, 0x4A));
    return QIcon(pixmap);
}

QDoubleSpinBox *scoreBox()
{
    auto *box = new QDoubleSpinBox;
    box->setRange(kNoScore, 10.0);
    box->setSingleStep(0.5);
    box->setDecimals(1);
    box->setSpecialValueText(QObject::tr("—"));
    box->setKeyboardTracking(false); // one edit when the user is done typing, not per digit
    return box;
}

std::optional<double> scoreOf(const QDoubleSpinBox *box)
{
    return box->value() <= kNoScore ? std::nullopt : std::optional<double>(box->value());
}

template<typename E> void fillEnumBox(QComboBox *box, const std::vector<QString> &labels)
{
    box->addItem(QObject::tr("—"), -1);
    int i = 0;
    for (E value : allOf<E>())
        box->addItem(labels[std::size_t(i++)], int(value));
}

template<typename E> std::optional<E> enumOf(const QComboBox *box)
{
    const int value = box->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(static_cast<E>(value));
}

template<typename E> void selectEnum(QComboBox *box, std::optional<E> value)
{
    box->setCurrentIndex(std::max(0, box->findData(value ? int(*value) : -1)));
}

// Text the user is typing stays unless the stored value itself changed under it.
template<typename Edit>
void setTextKeepingTyping(Edit *edit, const QString &current, const QString &stored,
                          const QString &shown, bool sameCard)
{
    if (current == stored)
        return;
    if (sameCard && edit->hasFocus() && stored == shown)
        return;
    const QSignalBlocker blocker(edit);
    if constexpr (std::is_same_v<Edit, QLineEdit>)
        edit->setText(stored);
    else
        edit->setPlainText(stored);
}

} // namespace

QString cardKindLabel(CardKind kind)
{
    switch (kind) {
    case CardKind::Action:
        return CardForm::tr("Customer action");
    case CardKind::Touchpoint:
        return CardForm::tr("Touchpoint");
    case CardKind::Channel:
        return CardForm::tr("Channel");
    case CardKind::Thought:
        return CardForm::tr("Thought or feeling");
    case CardKind::PainPoint:
        return CardForm::tr("Pain point");
    case CardKind::Opportunity:
        return CardForm::tr("Opportunity");
    case CardKind::Backstage:
        return CardForm::tr("Backstage");
    case CardKind::Metric:
        return CardForm::tr("Metric");
    case CardKind::Note:
        return CardForm::tr("Note");
    }
    return {};
}

CardForm::CardForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_kind(new QLabel)
    , m_title(new QLineEdit)
    , m_notes(new QPlainTextEdit)
    , m_channel(new QComboBox)
    , m_online(new QCheckBox(tr("Online")))
    , m_department(new QComboBox)
    , m_currentScore(scoreBox())
    , m_targetScore(scoreBox())
    , m_severity(new QComboBox)
    , m_frequency(new QComboBox)
    , m_evidence(new QPlainTextEdit)
    , m_dimension(new QComboBox)
{
    build();
    connectFields();
}

void CardForm::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addStretch(1); // the fields stay together at the top of a tall panel
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_kind->setTextFormat(Qt::PlainText);
    m_form->addRow(m_kind);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_form->addRow(tr("&Title:"), m_title);
    m_notes->setObjectName(QStringLiteral("cardNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setFixedHeight(110); // the panel is a form, not a page: long notes scroll
    m_form->addRow(tr("&Notes:"), m_notes);

    m_channel->addItem(tr("—"), QString());
    for (const auto &channel : knownChannels())
        m_channel->addItem(channelIcon(channel), report::ChannelGlyph::label(channel), q(channel));
    m_form->addRow(tr("&Channel:"), m_channel);
    m_form->addRow(QString(), m_online);
    m_form->addRow(tr("Owning &department:"), m_department);
    m_form->addRow(tr("C&urrent score:"), m_currentScore);
    m_form->addRow(tr("Tar&get score:"), m_targetScore);

    fillEnumBox<Severity>(m_severity, {tr("Low"), tr("Medium"), tr("High"), tr("Critical")});
    fillEnumBox<Frequency>(m_frequency,
                           {tr("Rare"), tr("Occasional"), tr("Frequent"), tr("Constant")});
    fillEnumBox<Dimension>(m_dimension, {tr("People"), tr("Process"), tr("Technology")});
    m_form->addRow(tr("&Severity:"), m_severity);
    m_form->addRow(tr("&Frequency:"), m_frequency);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(tr("Verbatim customer quotes, one per line"));
    m_evidence->setFixedHeight(130);
    m_form->addRow(tr("&Evidence:"), m_evidence);
    m_form->addRow(tr("D&imension:"), m_dimension);
    m_dimension->setToolTip(
        tr("People, process or technology: a strategy that changes technology alone fails."));
}

void CardForm::connectFields()
{
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        change([this](Card &c) { c.title = m_title->text().trimmed().toStdString(); });
    });
    m_notes->installEventFilter(this);
    m_evidence->installEventFilter(this);
    connect(m_channel, &QComboBox::activated, this, [this] {
        const auto channel = m_channel->currentData().toString().toStdString();
        change(
            [&](Card &c) { c.channel = channel.empty() ? std::nullopt : std::optional(channel); });
    });
    connect(m_online, &QCheckBox::toggled, this,
            [this](bool on) { change([on](Card &c) { c.online = on; }); });
    connect(m_department, &QComboBox::activated, this, [this] {
        change([this](Card &c) { c.departmentId = m_department->currentData().toLongLong(); });
    });
    connect(m_currentScore, &QDoubleSpinBox::valueChanged, this,
            [this] { change([this](Card &c) { c.currentScore = scoreOf(m_currentScore); }); });
    connect(m_targetScore, &QDoubleSpinBox::valueChanged, this,
            [this] { change([this](Card &c) { c.targetScore = scoreOf(m_targetScore); }); });
    connect(m_severity, &QComboBox::activated, this,
            [this] { change([this](Card &c) { c.severity = enumOf<Severity>(m_severity); }); });
    connect(m_frequency, &QComboBox::activated, this,
            [this] { change([this](Card &c) { c.frequency = enumOf<Frequency>(m_frequency); }); });
    connect(m_dimension, &QComboBox::activated, this,
            [this] { change([this](Card &c) { c.dimension = enumOf<Dimension>(m_dimension); }); });
}

bool CardForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_notes || watched == m_evidence))
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void CardForm::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_cardId = 0;
}

const Card *CardForm::card() const
{
    return m_document && m_cardId ? findById(m_document->workspace().cards, m_cardId) : nullptr;
}

void CardForm::showCard(Id cardId)
{
    if (cardId != m_cardId)
        commitPending();
    const bool sameCard = cardId == m_cardId;
    m_cardId = cardId;
    if (const auto *c = card()) {
        if (!sameCard)
            m_shown = {};
        fill(*c);
    }
}

void CardForm::reload()
{
    showCard(m_cardId);
}

void CardForm::commitPending()
{
    if (m_filling || !card())
        return;
    change([this](Card &c) {
        const auto title = m_title->text().trimmed().toStdString();
        if (!title.empty())
            c.title = title;
        c.notes = m_notes->toPlainText().toStdString();
        if (c.kind == CardKind::PainPoint)
            c.evidence = m_evidence->toPlainText().toStdString();
    });
}

void CardForm::change(const std::function<void(Card &)> &edit)
{
    const auto *current = card();
    if (m_filling || !current || !m_document || m_document->isReadOnly())
        return;
    const Card before = *current;
    Card after = before;
    edit(after);
    if (after == before)
        return;
    if (!m_document->execute(new EditCardCommand(*m_document, before, after))) {
        m_shown = {}; // the widgets show what the file holds, not the refused value
        reload();
    }
}

void CardForm::fill(const Card &c)
{
    m_filling = true;
    const bool sameCard = m_shown.id == c.id;
    const auto &style = report::MapStyle::screen().colors(c.kind);
    m_kind->setText(cardKindLabel(c.kind));
    m_kind->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border-left: 5px solid %2; padding: 5px 8px; "
                       "font-weight: 600; color: #1f2933; }")
            .arg(style.fill.name(), style.accent.name()));
    setTextKeepingTyping(m_title, m_title->text(), q(c.title), q(m_shown.title), sameCard);
    setTextKeepingTyping(m_notes, m_notes->toPlainText(), q(c.notes), q(m_shown.notes), sameCard);
    setTextKeepingTyping(m_evidence, m_evidence->toPlainText(), q(c.evidence), q(m_shown.evidence),
                         sameCard);
    {
        const QSignalBlocker b1(m_channel), b2(m_online), b3(m_currentScore), b4(m_targetScore);
        m_channel->setCurrentIndex(
            std::max(0, m_channel->findData(q(c.channel.value_or(std::string())))));
        m_online->setChecked(c.online.value_or(false));
        m_currentScore->setValue(c.currentScore.value_or(kNoScore));
        m_targetScore->setValue(c.targetScore.value_or(kNoScore));
        selectEnum(m_severity, c.severity);
        selectEnum(m_frequency, c.frequency);
        selectEnum(m_dimension, c.dimension);
    }
    fillDepartments(c.departmentId);
    showRowsFor(c.kind);
    setEditable(!m_document->isReadOnly());
    m_shown = c;
    m_filling = false;
}

void CardForm::fillDepartments(Id selected)
{
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("—"), qlonglong(0));
    for (const auto &d : m_document->workspace().departments)
        m_department->addItem(q(d.name), qlonglong(d.id));
    m_department->setCurrentIndex(std::max(0, m_department->findData(qlonglong(selected))));
}

void CardForm::showRowsFor(CardKind kind)
{
    const bool touchpoint = kind == CardKind::Touchpoint;
    m_form->setRowVisible(m_channel, touchpoint || kind == CardKind::Channel);
    m_form->setRowVisible(m_online, touchpoint || kind == CardKind::Channel);
    m_form->setRowVisible(m_department, touchpoint || kind == CardKind::Backstage);
    m_form->setRowVisible(m_currentScore, touchpoint);
    m_form->setRowVisible(m_targetScore, touchpoint);
    for (QWidget *field : {static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_frequency),
                           static_cast<QWidget *>(m_evidence)})
        m_form->setRowVisible(field, kind == CardKind::PainPoint);
    m_form->setRowVisible(m_dimension, kind == CardKind::Opportunity);
}

void CardForm::setEditable(bool editable)
{
    m_title->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_evidence->setReadOnly(!editable);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_channel, m_online, m_department, m_currentScore,
                                           m_targetScore, m_severity, m_frequency, m_dimension})
        field->setEnabled(editable);
}

} // namespace ts::app
