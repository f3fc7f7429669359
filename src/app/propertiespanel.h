// The properties dock: the fields of the selected card, "n cards selected" for several, or
// the open map's own properties (name, persona, description) when no card is selected.
#pragma once

#include "core/ids.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ts::app {

class CardForm;
class WorkspaceDocument;

class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    // What is selected: a map (0 for none) and its selected cards.
    void showSelection(Id mapId, const std::vector<Id> &cardIds);
    // Commits text typed but not yet committed (before the selection or the document goes).
    void commitPending();

    CardForm *cardForm() const { return m_cardForm; }
    QLabel *summary() const { return m_summary; }
    QLineEdit *mapNameEdit() const { return m_mapName; }
    QComboBox *personaBox() const { return m_persona; }
    QPlainTextEdit *mapDescriptionEdit() const { return m_description; }

signals:
    void editPersonaRequested(ts::Id mapId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildMapPage();
    void reload();
    void fillMap();
    void editMap(const QString &field);

    WorkspaceDocument *m_document = nullptr;
    Id m_mapId = 0;
    std::vector<Id> m_cardIds;
    bool m_filling = false;

    QStackedWidget *m_pages;
    QLabel *m_summary;
    CardForm *m_cardForm;
    QLineEdit *m_mapName;
    QComboBox *m_persona;
    QPushButton *m_editPersona;
    QPlainTextEdit *m_description;
    QLabel *m_mapFacts;
};

} // namespace ts::app
