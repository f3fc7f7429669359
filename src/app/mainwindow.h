// The main window: the workspace navigator, an overview of the open workspace, the File menu.
#pragma once

#include "core/workspace.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeWidget;
class QTableWidget;

namespace ts::storage {
class WorkspaceFile;
}

namespace ts::app {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; when another process holds it, offers to open it read-only.
    bool openWorkspace(const QString &path);
    const storage::WorkspaceFile *workspaceFile() const { return m_file.get(); }

private:
    void createMenus();
    void newWorkspace();
    void openWithDialog();
    void saveAs();
    void importJson();
    void exportJson();
    void closeWorkspace();
    void showWorkspace();
    void showSection();
    void showError(const QString &message);

    std::unique_ptr<storage::WorkspaceFile> m_file;
    Workspace m_workspace;
    QTreeWidget *m_navigator;
    QTableWidget *m_overview;
    QLabel *m_fileLabel;
    QLabel *m_stateLabel;
};

} // namespace ts::app
