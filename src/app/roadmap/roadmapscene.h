// The roadmap timeline: quarters by swimlanes, with initiative bars dragged to move and their
// ends dragged to resize (each drag one undoable edit).
#pragma once

#include "report/roadmaplayout.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <memory>
#include <vector>

namespace ts::app {

class WorkspaceDocument;

class RoadmapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    RoadmapScene(WorkspaceDocument &document, QObject *parent = nullptr);
    ~RoadmapScene() override;
    void setGrouping(report::RoadmapGrouping grouping);
    const report::RoadmapLayout &layout() const { return m_layout; }
    WorkspaceDocument &document() { return m_document; }
    void rebuild();
    // A bar was dragged: its new horizontal extent in scene coordinates.
    void barDropped(Id initiativeId, double left, double right);
    Id selectedInitiative() const;
    void selectInitiative(Id id);

signals:
    void initiativeSelected(ts::Id id);

private:
    WorkspaceDocument &m_document;
    report::RoadmapGrouping m_grouping = report::RoadmapGrouping::Dimension;
    report::RoadmapLayout m_layout;
    std::vector<std::unique_ptr<QGraphicsItem>> m_retired;
};

} // namespace ts::app
