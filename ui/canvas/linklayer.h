#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QPolygonF>

namespace Berth::Gui {

class LinkItem;

/// Draws every link of the scene in one item. A large design has thousands of links, many
/// of them long; as items of their own they would each cost the view a setup per frame.
/// Here each link's curve is cut into stretches kept in a grid, and a frame draws only the
/// stretches in the exposed area. The layer also finds the link under a point, so that a
/// click selects it (unless a card is there: the card gets the click).
class LinkLayer final : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    LinkLayer();

    int type() const override { return Type; }
    /// The link's curve changed (or it is new).
    void setLink(LinkItem *link);
    void remove(LinkItem *link);
    void clear();
    /// The link whose curve passes within a few pixels of a scene point, or nullptr.
    LinkItem *linkAt(QPointF scenePos) const;
    /// How many stretches the last frame drew, for the benchmark.
    int lastDrawn() const { return m_lastDrawn; }

    QRectF boundingRect() const override { return m_bounds; }
    bool contains(const QPointF &point) const override;
    /// The scene asks with a one-pixel path for a point under the mouse; larger areas (a
    /// rubber band) never take the layer.
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Stretch
    {
        LinkItem *link = nullptr;
        QPolygonF points;
        QRectF bounds;
        bool arrow = false;
        bool label = false;
    };

    void rebuildIndex() const;
    QList<int> stretchesIn(const QList<QRectF> &rects) const;
    static QList<Stretch> cut(LinkItem *link);

    QHash<LinkItem *, QList<Stretch>> m_stretches;
    mutable QList<Stretch> m_all;
    mutable QHash<quint64, QList<int>> m_grid;
    mutable bool m_dirty = false;
    mutable QList<int> m_stamp;
    mutable int m_frame = 0;
    QRectF m_bounds;
    int m_lastDrawn = 0;
};

} // namespace Berth::Gui
