// The main window's File commands: new, open, recent files, save as, import and export JSON.
#include "app/exportfile.h"
#include "app/mainwindow.h"
#include "app/plaintext.h"
#include "app/propertiespanel.h"
#include "app/recentfiles.h"
#include "app/workspacedocument.h"
#include "core/error.h"
#include "interchange/workspacejson.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace ts::app {
namespace {

using storage::WorkspaceFile;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString workspaceFilter()
{
    return MainWindow::tr("Touchstone workspace (*.cxw)");
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        QString name
            = QFileInfo(files[i]).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *open = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        open->setToolTip(plainToolTip(files[i]));
        open->setStatusTip(files[i]);
        connect(open, &QAction::triggered, this, [this, path = files[i]] { openWorkspace(path); });
    }
    m_recentMenu->addSeparator();
    auto *clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::newWorkspace()
{
    const QString path
        = withSuffix(QFileDialog::getSaveFileName(this, tr("New workspace"), documentsFolder(),
                                                  workspaceFilter()),
                     QStringLiteral("cxw"));
    if (path.isEmpty())
        return;
    try {
        WorkspaceFile::create(path.toStdString()).reset();
    } catch (const Error &e) {
        showError(q(e.what()));
        return;
    }
    openWorkspace(path);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), documentsFolder(),
                                                      workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    const QString path
        = withSuffix(QFileDialog::getSaveFileName(this, tr("Save workspace as"), documentsFolder(),
                                                  workspaceFilter()),
                     QStringLiteral("cxw"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath()
        == QFileInfo(m_document->fileName()).absoluteFilePath()) {
        showError(tr("%1 is the open workspace: every change is in it already.").arg(path));
        return;
    }
    m_properties->commitPending();
    try {
        m_document->file().saveAs(path.toStdString());
    } catch (const Error &e) {
        showError(q(e.what()));
        return;
    }
    saveOpenTabs();
    saveTabs(path, savedTabs(m_document->fileName())); // the copy opens with the same tabs
    openWorkspace(path);
}

void MainWindow::importJson()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Import JSON"), documentsFolder(),
                                                        tr("JSON (*.json)"));
    if (source.isEmpty())
        return;
    const QString target
        = withSuffix(QFileDialog::getSaveFileName(this, tr("New workspace from JSON"),
                                                  QFileInfo(source).path(), workspaceFilter()),
                     QStringLiteral("cxw"));
    if (target.isEmpty())
        return;
    try {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::BadInput,
                        source.toStdString() + ": " + in.errorString().toStdString());
        const auto name = source.toStdString();
        const auto workspace
            = interchange::fromJson(interchange::parseJson(in.readAll().toStdString(), name), name);
        WorkspaceFile::create(target.toStdString(), [&](storage::Database &db) {
            storage::storeWorkspace(db, workspace);
        }).reset();
    } catch (const Error &e) {
        showError(q(e.what()));
        return;
    }
    openWorkspace(target);
}

void MainWindow::exportJson()
{
    if (!m_document)
        return;
    const QString path
        = withSuffix(QFileDialog::getSaveFileName(this, tr("Export JSON"), documentsFolder(),
                                                  tr("JSON (*.json)")),
                     QStringLiteral("json"));
    if (path.isEmpty())
        return;
    m_properties->commitPending();
    const auto text
        = interchange::dumpJson(interchange::toJson(storage::loadWorkspace(m_document->db())));
    if (const auto error = writeExportFile(path, QByteArray::fromStdString(text)); !error.isEmpty())
        showError(error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

} // namespace ts::app
