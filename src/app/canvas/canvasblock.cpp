#include "app/canvas/canvasblock.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace ts::app {

namespace {
// Leaving the block or pausing this long makes the typing one undoable, durable edit.
constexpr int kIdleMs = 800;

class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut)
        : QObject(parent)
        , m_onFocusOut(std::move(onFocusOut))
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};
} // namespace

CanvasBlock::CanvasBlock(const QString &title, const QString &hint, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_state(new QLabel)
    , m_edit(new QPlainTextEdit)
    , m_idle(new QTimer(this))
{
    setMinimumSize(220, 130);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setStyleSheet(QStringLiteral("color: #C0392B;"));
    m_edit->setPlaceholderText(hint);
    m_edit->setFrameShape(QFrame::NoFrame);
    m_edit->viewport()->setAutoFillBackground(false);
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_edit, 1);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    connect(m_idle, &QTimer::timeout, this, &CanvasBlock::commit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_idle->start();
        update();
    });
    m_edit->installEventFilter(new FocusOutFilter(this, [this] { commit(); }));
    setText({});
}

QString CanvasBlock::title() const
{
    return m_title->text();
}

QString CanvasBlock::text() const
{
    return m_edit->toPlainText();
}

void CanvasBlock::setText(const QString &text)
{
    if (m_edit->hasFocus() && m_idle->isActive())
        return; // the user is typing here: their text wins until it is committed
    m_committed = text;
    const QSignalBlocker block(m_edit);
    if (m_edit->toPlainText() != text)
        m_edit->setPlainText(text);
    m_state->setText(isMissing() ? tr("Missing — an alignment gap") : QString());
    m_state->setVisible(isMissing());
    update();
}

void CanvasBlock::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool CanvasBlock::isMissing() const
{
    return m_edit->toPlainText().trimmed().isEmpty();
}

void CanvasBlock::commit()
{
    m_idle->stop();
    if (m_edit->toPlainText() == m_committed)
        return;
    m_committed = m_edit->toPlainText();
    emit edited(m_committed);
}

void CanvasBlock::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    if (isMissing()) {
        p.setPen(QPen(QColor(0xC0, 0x39, 0x2B), 2, Qt::DashLine));
        p.setBrush(QColor(0xFD, 0xED, 0xEC));
    } else {
        p.setPen(QPen(QColor(0x4E, 0x79, 0xA7), 1.5));
        p.setBrush(QColor(0xF4, 0xF7, 0xFB));
    }
    p.drawRoundedRect(r, 8, 8);
}

} // namespace ts::app
