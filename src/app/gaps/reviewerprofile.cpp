#include "app/gaps/reviewerprofile.h"

#include <QSettings>

namespace ts::app {

ReviewerProfile &ReviewerProfile::instance()
{
    static ReviewerProfile profile;
    return profile;
}

QString ReviewerProfile::name() const
{
    return QSettings().value(QStringLiteral("reviewer/name")).toString();
}

QStringList ReviewerProfile::knownNames() const
{
    return QSettings().value(QStringLiteral("reviewer/known")).toStringList();
}

void ReviewerProfile::setName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == this->name())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("reviewer/name"), trimmed);
    auto known = knownNames();
    known.removeAll(trimmed);
    known.prepend(trimmed);
    settings.setValue(QStringLiteral("reviewer/known"), known.mid(0, 20));
    emit changed(trimmed);
}

} // namespace ts::app
