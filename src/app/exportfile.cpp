#include "app/exportfile.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ts::app {

QString chooseExportFile(QWidget *parent, const QString &title, const QString &name,
                         const QString &filter, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path
        = QFileDialog::getSaveFileName(parent, title, folder + QLatin1Char('/') + name, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

QString writeExportFile(const QString &path, const QByteArray &bytes)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.read(16).startsWith("SQLite format 3"))
        return QObject::tr(
                   "%1: is a workspace or another database; choose another name for the export")
            .arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QObject::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace ts::app
