#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

#include <functional>

namespace Berth::Gui {

/// What a card shows during a run, in place of its design details.
struct RunBadge
{
    QStringList lines;
    QColor swatch;        ///< the service's chip colour, or invalid
    QList<QColor> dots;   ///< one per target (health), or per task
    double progress = -1; ///< 0..1 for a bar (running of desired), or -1
    QColor progressColor;
    bool emphasize = true; ///< the first line in bold
    bool operator==(const RunBadge &) const = default;
};

/// The run's view of a service, target group, instance or load balancer: a panel over the
/// card's body (or under it). It lets the mouse through to the card and repaints only when
/// its content changes.
class RunBadgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 21 };

    RunBadgeItem(QGraphicsItem *parent, std::function<void(RunBadgeItem *)> forget);
    ~RunBadgeItem() override;

    int type() const override { return Type; }
    const RunBadge &badge() const { return m_badge; }
    void setBadge(const RunBadge &badge);
    void setRect(const QRectF &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RunBadge m_badge;
    QRectF m_rect;
    std::function<void(RunBadgeItem *)> m_forget;
};

} // namespace Berth::Gui
