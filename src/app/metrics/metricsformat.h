// How the metrics panel writes figures: one decimal, NPS with its sign, intervals, sample sizes.
#pragma once

#include <QLocale>
#include <QString>
#include <cstddef>

namespace ts::app::metricstext {

inline QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// NPS reads "+25.3" and "-4.0", as consultants write it.
inline QString signedNumber(double value, int decimals = 1)
{
    const QString text = number(value, decimals);
    return value > 0 && text != number(0, decimals) ? QStringLiteral("+") + text : text;
}

inline QString count(std::size_t n)
{
    return QLocale().toString(qulonglong(n));
}

inline QString interval(double low, double high, bool sign = false, int decimals = 1)
{
    return sign
        ? QStringLiteral("%1 to %2").arg(signedNumber(low, decimals), signedNumber(high, decimals))
        : QStringLiteral("%1–%2").arg(number(low, decimals), number(high, decimals));
}

// Chart titles, axis labels and legends are rich text in Qt Charts: user text is escaped.
inline QString escaped(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace ts::app::metricstext
