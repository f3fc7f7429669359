// The workspace navigator: the areas of a workspace (purpose canvas, departments and goals,
// personas, journey maps, metrics, roadmap, gaps), with each persona and map as a child.
#pragma once

#include "core/ids.h"

#include <QTreeWidget>

namespace ts {
struct Workspace;
}

namespace ts::app {

enum class Area {
    Canvas,
    Communication,
    Departments,
    Personas,
    Persona,
    Maps,
    Map,
    Metrics,
    Roadmap,
    Gaps
};

class WorkspaceNavigator : public QTreeWidget
{
    Q_OBJECT

public:
    explicit WorkspaceNavigator(QWidget *parent = nullptr);

    // Lists the workspace's areas (nullptr: none open); keeps what was expanded and current.
    void showWorkspace(const Workspace *workspace);
    QTreeWidgetItem *itemFor(Area area, Id id = 0) const;
    static Area areaOf(const QTreeWidgetItem *item);
    static Id idOf(const QTreeWidgetItem *item);

signals:
    // The user opened an item: click, Enter or double-click.
    void opened(ts::app::Area area, ts::Id id);
    void menuRequested(ts::app::Area area, ts::Id id, const QPoint &globalPos);

private:
    QTreeWidgetItem *add(const QString &text, Area area, Id id, QTreeWidgetItem *parent);
};

} // namespace ts::app
