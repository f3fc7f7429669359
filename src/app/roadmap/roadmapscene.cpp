#include "app/roadmap/roadmapscene.h"

#include "app/commands/roadmapcommands.h"
#include "app/plaintext.h"
#include "app/workspacedocument.h"
#include "report/roadmappainter.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QUndoStack>

namespace ts::app {
namespace {

enum { BarType = QGraphicsItem::UserType + 20 };

class GridItem : public QGraphicsItem
{
public:
    explicit GridItem(const report::RoadmapLayout &layout)
        : m_layout(layout)
    {
        setZValue(0);
    }
    QRectF boundingRect() const override { return m_layout.bounds(); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        report::RoadmapPainter::paintGrid(*p, m_layout);
    }

private:
    const report::RoadmapLayout &m_layout;
};

// One initiative; the outer 8 px of either end resize it, the rest moves it. Snaps to quarters.
class BarItem : public QGraphicsItem
{
public:
    BarItem(RoadmapScene &scene, const Initiative &initiative, const report::RoadmapBar &bar)
        : m_scene(scene)
        , m_initiative(initiative)
        , m_rect(bar.rect)
        , m_scheduled(bar.scheduled)
    {
        setZValue(2);
        setFlags(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setToolTip(plainToolTip(initiative.title)); // never markup
        setData(0, qlonglong(initiative.id));
    }
    int type() const override { return BarType; }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        report::RoadmapPainter::paintBar(*p, m_initiative, m_rect, m_scheduled, isSelected());
    }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *e) override
    {
        setCursor(edgeAt(e->pos().x()) ? Qt::SizeHorCursor : Qt::OpenHandCursor);
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *e) override
    {
        QGraphicsItem::mousePressEvent(e);
        m_drag = edgeAt(e->pos().x());
        m_pressX = e->scenePos().x();
        m_start = m_rect;
        m_moved = false;
    }
    void mouseMoveEvent(QGraphicsSceneMouseEvent *e) override
    {
        const double dx = e->scenePos().x() - m_pressX;
        const double q = m_scene.layout().geometry().quarterWidth;
        const double snapped = std::round(dx / q) * q;
        prepareGeometryChange();
        m_rect = m_start;
        if (m_drag < 0)
            m_rect.setLeft(std::min(m_start.left() + snapped, m_start.right() - q + 4));
        else if (m_drag > 0)
            m_rect.setRight(std::max(m_start.right() + snapped, m_start.left() + q - 4));
        else
            m_rect.translate(snapped, 0);
        m_moved = m_rect != m_start;
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *e) override
    {
        QGraphicsItem::mouseReleaseEvent(e);
        if (m_moved)
            m_scene.barDropped(m_initiative.id, m_rect.left() + 4, m_rect.right() - 4);
    }

private:
    int edgeAt(double x) const
    {
        if (!m_scheduled)
            return 0;
        return x < m_rect.left() + 8 ? -1 : x > m_rect.right() - 8 ? 1 : 0;
    }
    RoadmapScene &m_scene;
    Initiative m_initiative;
    QRectF m_rect, m_start;
    bool m_scheduled;
    int m_drag = 0;
    double m_pressX = 0;
    bool m_moved = false;
};

} // namespace

RoadmapScene::RoadmapScene(WorkspaceDocument &document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    connect(&m_document, &WorkspaceDocument::workspaceReloaded, this, &RoadmapScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit initiativeSelected(selectedInitiative()); });
    rebuild();
}

RoadmapScene::~RoadmapScene()
{
    // ~QGraphicsScene removes the items and emits selectionChanged when this object is no longer
    // a RoadmapScene; the lambda above must not run then.
    blockSignals(true);
}

void RoadmapScene::setGrouping(report::RoadmapGrouping grouping)
{
    m_grouping = grouping;
    rebuild();
}

void RoadmapScene::rebuild()
{
    const Id selected = selectedInitiative();
    const QSignalBlocker block(this);
    // As in MapScene: a drop rebuilds from inside the bar's own mouse handler.
    for (auto *item : items()) {
        removeItem(item);
        m_retired.emplace_back(item);
    }
    QTimer::singleShot(0, this, [this] { m_retired.clear(); });
    const auto &w = m_document.workspace();
    m_layout = report::RoadmapLayout::compute(w, m_grouping);
    addItem(new GridItem(m_layout));
    for (const auto &bar : m_layout.bars())
        if (const auto *i = findById(w.initiatives, bar.initiativeId))
            addItem(new BarItem(*this, *i, bar));
    setSceneRect(m_layout.bounds());
    selectInitiative(selected);
}

Id RoadmapScene::selectedInitiative() const
{
    for (auto *item : selectedItems())
        if (item->type() == BarType)
            return item->data(0).toLongLong();
    return 0;
}

void RoadmapScene::selectInitiative(Id id)
{
    for (auto *item : items())
        if (item->type() == BarType)
            item->setSelected(item->data(0).toLongLong() == id);
}

void RoadmapScene::barDropped(Id initiativeId, double left, double right)
{
    const auto *before = findById(m_document.workspace().initiatives, initiativeId);
    if (!before || m_document.isReadOnly()) {
        rebuild();
        return;
    }
    auto after = *before;
    after.startQuarter = m_layout.quarterAt(left).toString();
    after.endQuarter = m_layout.quarterAt(right).toString();
    if (after == *before
        || !m_document.execute(
            new EditInitiativeCommand(m_document, *before, after,
                                      tr("Reschedule \"%1\" to %2 – %3")
                                          .arg(QString::fromStdString(after.title),
                                               QString::fromStdString(after.startQuarter),
                                               QString::fromStdString(after.endQuarter)))))
        rebuild();
}

} // namespace ts::app
