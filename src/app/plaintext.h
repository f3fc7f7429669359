// User text in places where Qt guesses between plain text and markup.
#pragma once

#include <QString>
#include <QTextDocument>

namespace ts::app {

// Tooltips (and labels left on Qt::AutoText) render as rich text whenever Qt::mightBeRichText
// says so, and then a card titled "<b>x</b>" would show a bold x, or load an <img>. Text that
// Qt would take for markup is escaped and wrapped as rich text, so it shows exactly as typed.
inline QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

inline QString plainToolTip(const std::string &text)
{
    return plainToolTip(QString::fromStdString(text));
}

} // namespace ts::app
