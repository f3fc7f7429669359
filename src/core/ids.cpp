#include "core/ids.h"

#include <QUuid>

namespace ts {

std::string newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

bool isUid(const std::string &text)
{
    if (text.size() != 36)
        return false;
    return !QUuid::fromString(QString::fromStdString(text)).isNull();
}

} // namespace ts
