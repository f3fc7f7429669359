#include "core/quarter.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace ts {

std::optional<Quarter> Quarter::parse(const std::string &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const auto m = re.match(QString::fromStdString(text));
    if (!m.hasMatch())
        return std::nullopt;
    return Quarter {m.captured(1).toInt(), m.captured(2).toInt()};
}

std::string Quarter::toString() const
{
    return std::to_string(year) + "-Q" + std::to_string(quarter);
}

bool isIsoDate(const std::string &text)
{
    if (text.size() != 10)
        return false;
    return QDate::fromString(QString::fromStdString(text), Qt::ISODate).isValid();
}

bool isIsoDateTime(const std::string &text)
{
    if (text.size() < 16)
        return false;
    return QDateTime::fromString(QString::fromStdString(text), Qt::ISODate).isValid();
}

std::string nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

} // namespace ts
