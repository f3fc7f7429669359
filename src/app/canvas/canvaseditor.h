// The purpose canvas: purpose -> strategies -> CX vision (and brand promise) -> principles ->
// behaviours -> employee experience, as connected blocks; gaps are drawn, not hidden.
#pragma once

#include <QWidget>
#include <functional>
#include <vector>

class QCheckBox;

namespace ts {
struct PurposeCanvas;
}

namespace ts::app {

class CanvasBlock;
class GoalListWidget;
class WorkspaceDocument;

class CanvasEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasEditor(WorkspaceDocument &document, QWidget *parent = nullptr);

    CanvasBlock *block(const QString &key) const; // "purpose", "business_strategy", ...
    QCheckBox *tiedToBrand() const { return m_tied; }

private:
    struct Field
    {
        QString key;
        CanvasBlock *block;
        std::function<QString(const PurposeCanvas &)> get;
        std::function<void(PurposeCanvas &, const QString &)> set;
    };
    void addField(const QString &key, CanvasBlock *block,
                  std::function<QString(const PurposeCanvas &)> get,
                  std::function<void(PurposeCanvas &, const QString &)> set);
    void refresh();

    WorkspaceDocument &m_document;
    std::vector<Field> m_fields;
    QCheckBox *m_tied;
    QWidget *m_chain;
};

} // namespace ts::app
