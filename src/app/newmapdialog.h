// A new journey map: its name, the template it starts from (blank, B2C retail, subscription
// software, car dealership, ...) and the persona it is drawn for. OK adds it as one edit.
#pragma once

#include "core/ids.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NewMapDialog;
}

namespace ts::app {

class WorkspaceDocument;

class NewMapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewMapDialog(WorkspaceDocument &document, QWidget *parent = nullptr);
    ~NewMapDialog() override;

    // Selects a template by id ("car-dealership"); false when there is none by that id.
    bool selectTemplate(const QString &templateId);
    QString templateId() const;
    // The map made by accept(), 0 before.
    Id createdMapId() const { return m_mapId; }

public slots:
    void accept() override;

signals:
    void mapCreated(ts::Id mapId);

private:
    void templateChosen();

    WorkspaceDocument &m_document;
    std::unique_ptr<Ui::NewMapDialog> m_ui;
    Id m_mapId = 0;
};

} // namespace ts::app
