// A read-only table that sums up one area of the workspace (personas, maps, metrics)
// until that area has an editor of its own; it follows the document's changes.
#pragma once

#include "app/workspacenavigator.h"

#include <QTableWidget>

namespace ts::app {

class WorkspaceDocument;

class OverviewTable : public QTableWidget
{
    Q_OBJECT

public:
    OverviewTable(WorkspaceDocument &document, Area area, QWidget *parent = nullptr);
    Area area() const { return m_area; }
    // The tab's title, e.g. "Roadmap".
    static QString titleFor(Area area);

private:
    void refresh();
    void fill(const QStringList &header, const std::vector<QStringList> &rows);

    WorkspaceDocument &m_document;
    Area m_area;
};

} // namespace ts::app
