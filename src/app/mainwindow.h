// The main window: the workspace navigator, tabs of editors, the properties of the selection,
// the undo history, the menus and the status bar with the file's save state.
#pragma once

#include "app/workspacenavigator.h"
#include "core/ids.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace ts::storage {
class WorkspaceFile;
}

namespace ts::app {

class MapEditor;
class NewMapDialog;
class PersonaDialog;
class PropertiesPanel;
class WorkspaceDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in place of the open workspace; when another process holds it, offers to
    // open it read-only. On failure the user is told and the open workspace stays.
    bool openWorkspace(const QString &path);
    void closeWorkspace();
    WorkspaceDocument *document() const { return m_document.get(); }
    const storage::WorkspaceFile *workspaceFile() const;

    // Opens the editor tab of a map or area, or brings it forward when it is open already.
    MapEditor *openMap(Id mapId);
    QWidget *openArea(Area area);
    MapEditor *currentMapEditor() const;
    enum class CsvTable { Touchpoints, PainPoints, Initiatives };
    // File > Export, without the dialogs (the menu asks for the path and the dpi).
    bool exportCurrentMap(const QString &path, double dpi);
    bool exportCsv(const QString &path, CsvTable table);
    QTabWidget *tabs() const { return m_tabs; }
    WorkspaceNavigator *navigator() const { return m_navigator; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    QDockWidget *historyDock() const { return m_historyDock; }
    // An action by its object name, e.g. "editUndo" (see createActions).
    QAction *action(const QString &name) const;

    // The dialogs open window-modal without blocking (QDialog::open) and delete themselves
    // when closed; the returned pointer lets a test fill them in and accept().
    PersonaDialog *editPersona(Id personaId, Id assignToMap = 0);
    NewMapDialog *newMapFromTemplate();
    bool renameMap(Id mapId, const QString &name);

    bool isWorkshopMode() const { return m_workshop; }
    void setWorkshopMode(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindow.cpp: the document and what shows its state
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    void workspaceChanged();
    void updateTitle();
    void setSaveState(const QString &text, bool error = false);
    void showError(const QString &message);
    void restoreWindow();
    void saveWindow();

    // mainwindowtabs.cpp: the editor tabs
    QWidget *findTab(const QString &key) const;
    QWidget *addTab(QWidget *widget, const QString &key, const QString &title);
    QWidget *openTab(const QString &key);
    void closeTab(int index);
    void closeStaleTabs();
    void currentTabChanged();
    void scheduleSelectionUpdate();
    void editorSelectionChanged();
    void saveOpenTabs();
    void restoreOpenTabs();
    void goTo(const QString &objectKind, const QString &objectUid);
    void showNavigatorMenu(Area area, Id id, const QPoint &globalPos);

    // mainwindowmenus.cpp: actions, menus and the file commands
    void createActions();
    void createMenus();
    QAction *makeAction(const QString &name, const QString &text,
                        const QKeySequence &shortcut = {});
    void updateActions();
    void updateRecentMenu();
    void newWorkspace();
    void openWithDialog();
    void saveAs();
    void importJson();
    void exportJson();
    void createExportActions(QMenu *exportMenu);
    void addStage();
    void editMapPersona(Id mapId);
    void renameCurrentMap();
    void escapePressed();

    std::unique_ptr<WorkspaceDocument> m_document;
    QUndoGroup *m_undoGroup;
    WorkspaceNavigator *m_navigator;
    QTabWidget *m_tabs;
    PropertiesPanel *m_properties;
    QUndoView *m_undoView;
    QDockWidget *m_navigatorDock;
    QDockWidget *m_propertiesDock;
    QDockWidget *m_historyDock;
    QLabel *m_fileLabel;
    QLabel *m_stateLabel;
    QMenu *m_recentMenu = nullptr;
    bool m_workshop = false;
    bool m_wasMaximized = false;
    QByteArray m_stateBeforeWorkshop;
    bool m_selectionUpdatePending = false;
    bool m_keepTabs = false; // tabs are being opened or closed wholesale: do not save them
};

} // namespace ts::app
