// "Who is reviewing?": the local profile name on a shared laptop (no passwords), remembered in
// QSettings until changed, with the names used before.
#pragma once

#include <QObject>
#include <QStringList>

namespace ts::app {

class ReviewerProfile : public QObject
{
    Q_OBJECT

public:
    static ReviewerProfile &instance();

    QString name() const;
    QStringList knownNames() const;
    void setName(const QString &name);

signals:
    void changed(const QString &name);

private:
    ReviewerProfile() = default;
};

} // namespace ts::app
