#pragma once

#include "model/entityref.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStringList>

namespace Berth::Gui {

class LinkItem;

/// What a card on the canvas says.
struct NodeContent
{
    QString title;
    QString subtitle;
    QStringList lines;
    QString chip; ///< a short tag at the top right: "FARGATE", "ALB", "rev 3"
    bool operator==(const NodeContent &) const = default;
};

/// One entity on the canvas: a card with a coloured header. The scene creates and updates
/// it from the model; moving it only proposes a new position that the scene commits.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::NodeItem)

public:
    enum { Type = UserType + 1 };
    enum class LinkState { None, Accepts, Refuses };

    explicit NodeItem(const Model::EntityRef &ref, QGraphicsItem *parent = nullptr);
    ~NodeItem() override;

    int type() const override { return Type; }
    /// The NodeItem an item is or belongs to (clusters are NodeItems too), or nullptr.
    static NodeItem *from(QGraphicsItem *item);

    const Model::EntityRef &ref() const { return m_ref; }
    void setRef(const Model::EntityRef &ref) { m_ref = ref; }

    void setContent(const NodeContent &content);
    const NodeContent &content() const { return m_content; }
    QSizeF size() const { return m_size; }
    void setSize(QSizeF size);

    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void setProblems(int errors, int warnings);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    void setLinkState(LinkState state);

    /// Whether a link can be dragged out of this item, from its handle.
    bool hasLinkHandle() const;
    /// The handle, in item coordinates.
    QRectF linkHandleRect() const;
    /// Where links leave and arrive, in scene coordinates.
    QPointF outgoingAnchor() const;
    QPointF incomingAnchor() const;

    void attach(LinkItem *link);
    void detach(LinkItem *link);

    /// The position the model has for this item, to tell a drag from a click.
    QPointF modelPos() const { return m_modelPos; }
    void setModelPos(QPointF pos);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

    void paintDecorations(QPainter *painter, const QRectF &rect) const;
    QColor accent() const;

    Model::EntityRef m_ref;
    NodeContent m_content;
    QSizeF m_size;
    QPointF m_modelPos;
    QList<LinkItem *> m_links;
    bool m_highlighted = false;
    int m_errors = 0;
    int m_warnings = 0;
    LinkState m_linkState = LinkState::None;
};

} // namespace Berth::Gui
