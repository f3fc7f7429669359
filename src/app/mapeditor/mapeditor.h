// The journey map editor tab: a zoomable canvas of stages x lanes with sticky-note cards.
#pragma once

#include "core/ids.h"

#include <QWidget>
#include <vector>

class QAction;

namespace ts::app {

class WorkspaceDocument;
class MapView;
class MapScene;

class MapEditor : public QWidget
{
    Q_OBJECT

public:
    MapEditor(WorkspaceDocument &document, Id mapId, QWidget *parent = nullptr);
    ~MapEditor() override;

    Id mapId() const { return m_mapId; }
    std::vector<Id> selectedCards() const;
    void selectCard(Id cardId); // select, scroll to and focus a card ("go to")
    bool workshopMode() const { return m_workshop; }
    MapView *view() const { return m_view; }
    MapScene *scene() const { return m_scene; }

public slots:
    void setWorkshopMode(bool on);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void copySelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void editSelection(); // F2
    void addStage();

signals:
    void selectionChanged();

private:
    WorkspaceDocument &m_document;
    Id m_mapId;
    MapScene *m_scene;
    MapView *m_view;
    bool m_workshop = false;
};

} // namespace ts::app
