// The persona editor: name, segment, an optional photo, goals, needs, frustrations and a quote.
// OK saves them as one undoable edit; the dialog stays open when the save is refused.
#pragma once

#include "core/persona.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PersonaDialog;
}

namespace ts::app {

class WorkspaceDocument;

class PersonaDialog : public QDialog
{
    Q_OBJECT

public:
    // personaId 0 creates a new persona.
    PersonaDialog(WorkspaceDocument &document, Id personaId, QWidget *parent = nullptr);
    ~PersonaDialog() override;

    // A new persona also becomes this map's persona, in the same undo step.
    void setMapToAssign(Id mapId) { m_mapId = mapId; }
    // The persona edited, or created once accepted.
    Id personaId() const { return m_personaId; }

    // Loads an image as the photo (scaled to at most 512 px, stored as image bytes); false,
    // with the reason shown, when the file is not an image.
    bool setPhotoFromFile(const QString &path);
    void removePhoto();
    const QByteArray &photo() const { return m_photo; }

public slots:
    void accept() override;

signals:
    void personaSaved(ts::Id personaId);

private:
    void load(const Persona &persona);
    Persona edited() const;
    bool save(const Persona &persona);
    void choosePhoto();
    void showPhoto();
    void showProblem(const QString &message);

    WorkspaceDocument &m_document;
    std::unique_ptr<Ui::PersonaDialog> m_ui;
    Id m_personaId;
    Id m_mapId = 0;
    QByteArray m_photo;
};

} // namespace ts::app
