// One block of the purpose canvas: a titled text box drawn as a gap (red, dashed) when empty.
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace ts::app {

class CanvasBlock : public QFrame
{
    Q_OBJECT

public:
    CanvasBlock(const QString &title, const QString &hint, QWidget *parent = nullptr);

    QString title() const;
    QString text() const;
    void setText(const QString &text); // without emitting edited
    void setReadOnly(bool readOnly);
    bool isMissing() const;
    QPlainTextEdit *editor() const { return m_edit; }

signals:
    // After the user paused typing or left the block: one undoable edit.
    void edited(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void commit();

    QLabel *m_title;
    QLabel *m_state;
    QPlainTextEdit *m_edit;
    QTimer *m_idle;
    QString m_committed;
};

} // namespace ts::app
