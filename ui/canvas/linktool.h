#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

class QGraphicsPathItem;

namespace Berth::Gui {

class NodeItem;
class ProjectScene;

/// Drawing a link with the mouse: a line follows the pointer from the source's handle;
/// the item under it shows whether it accepts the link, and a tooltip says why not.
class LinkTool final : public QObject
{
    Q_OBJECT
public:
    explicit LinkTool(ProjectScene *scene);

    bool isActive() const { return m_from != nullptr; }
    void begin(NodeItem *from, QPointF scenePos);
    void move(QPointF scenePos, QPoint screenPos);
    void finish(QPointF scenePos, QPoint screenPos);
    void cancel();

private:
    NodeItem *targetAt(QPointF scenePos) const;
    void setTarget(NodeItem *target);

    ProjectScene *m_scene;
    NodeItem *m_from = nullptr;
    NodeItem *m_target = nullptr;
    QGraphicsPathItem *m_line = nullptr;
};

} // namespace Berth::Gui
