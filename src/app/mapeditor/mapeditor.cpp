#include "app/mapeditor/mapeditor.h"

#include "app/mapeditor/mapscene.h"
#include "app/mapeditor/mapview.h"
#include "app/workspacedocument.h"

#include <QVBoxLayout>

namespace ts::app {

MapEditor::MapEditor(WorkspaceDocument &document, Id mapId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_mapId(mapId)
    , m_scene(new MapScene(document, mapId, this))
    , m_view(new MapView(m_scene, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MapEditor::selectionChanged);
}

MapEditor::~MapEditor()
{
    // ~QWidget deletes the scene after this object has stopped being a MapEditor; the scene's
    // last selectionChanged must not reach our slots then (UBSan: downcast of a QWidget).
    m_scene->disconnect(this);
}

std::vector<Id> MapEditor::selectedCards() const
{
    return m_scene->selectedCardIds();
}
void MapEditor::selectCard(Id cardId)
{
    m_scene->selectCards({cardId});
    m_view->showCard(cardId);
}
// Workshop mode shows the map at full size in large type, to be read from the back of the
// room; the facilitator pans (space+drag) rather than shrinking it to fit.
void MapEditor::setWorkshopMode(bool on)
{
    m_workshop = on;
    m_scene->setWorkshopMode(on);
    m_view->resetZoom();
    m_view->centerOn(m_scene->layout()
                         .cellRect(m_scene->currentCell().stageId, m_scene->currentCell().laneId)
                         .center());
}
void MapEditor::zoomIn()
{
    m_view->zoomBy(1.25);
}
void MapEditor::zoomOut()
{
    m_view->zoomBy(0.8);
}
void MapEditor::zoomToFit()
{
    m_view->zoomToFit();
}
void MapEditor::resetZoom()
{
    m_view->resetZoom();
}
void MapEditor::copySelection()
{
    m_scene->copySelection();
}
void MapEditor::paste()
{
    m_scene->paste();
}
void MapEditor::duplicateSelection()
{
    m_scene->duplicateSelection();
}
void MapEditor::deleteSelection()
{
    m_scene->deleteSelection();
}
void MapEditor::editSelection()
{
    m_scene->editSelection();
}
void MapEditor::addStage()
{
    m_scene->addStageAfterCurrent();
}

} // namespace ts::app
