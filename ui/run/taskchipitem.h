#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>

#include <functional>

namespace Berth::Gui {

/// What a task chip shows: the task's lastStatus, its desired state, and its service colour.
struct TaskChip
{
    QString taskId;
    QString service; ///< empty for a standalone task
    QString status;  ///< lastStatus
    QString desired; ///< desiredStatus
    QString health;
    QColor color;
    QString toolTip;
    bool operator==(const TaskChip &) const = default;

    bool stopped() const { return status == QLatin1String("STOPPED"); }
    bool goingDown() const { return desired == QLatin1String("STOPPED") && !stopped(); }
};

/// A task on its container instance during a run: a small coloured chip, a child of the
/// instance's card. It repaints only when what it shows changes.
class TaskChipItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::TaskChipItem)

public:
    enum { Type = UserType + 20 };
    /// What the owner hears: the chip goes, or is clicked (twice: a double click).
    struct Hooks
    {
        std::function<void(TaskChipItem *)> forget;
        std::function<void(const QString &taskId, bool twice)> clicked;
    };

    TaskChipItem(QGraphicsItem *parent, Hooks hooks);
    ~TaskChipItem() override;

    int type() const override { return Type; }
    const TaskChip &chip() const { return m_chip; }
    void setChip(const TaskChip &chip);
    void setSize(QSizeF size);
    QSizeF size() const { return m_size; }
    /// Set on the chip that stands for the tasks that do not fit: "+N".
    void setOverflow(int more);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The short form of a status that fits a narrow chip.
    static QString shortStatus(const QString &status, qreal width, const QFont &font);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    TaskChip m_chip;
    QSizeF m_size{80, 16};
    Hooks m_hooks;
    int m_overflow = 0;
};

} // namespace Berth::Gui
