#pragma once

#include "engine/scheduler/plan.h"

#include <QHash>
#include <QWidget>

namespace Berth::Gui {

/// The plan drawn as instance boxes, cluster by cluster: each box has bars for registered
/// against reserved CPU and memory and a chip per task placed on it; Fargate tasks get a
/// box of their own per cluster.
class PlanBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanBoard(QWidget *parent = nullptr);

    void setPlan(const Engine::Plan &plan);
    /// Outlines the chips of a service (empty: none).
    void setHighlightedService(const QString &service);
    /// Services whose deployment would stall: their chips get a warning mark.
    void setWarnedServices(const QSet<QString> &services);

    /// The task chip at a point, or an empty string.
    QString taskAt(QPoint pos) const;
    QRect boxOf(const QString &cluster, const QString &instance) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void taskClicked(const QString &service, const QString &task);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Box
    {
        QString cluster;
        QString title; ///< instance name, or "Fargate"
        const Engine::InstancePlan *instance = nullptr;
        QList<QPair<QString, QString>> tasks; ///< service, task id
        QRect rect;
    };
    struct Header
    {
        QString text;
        QRect rect;
    };

    int layout(int width);
    void paintBox(QPainter &painter, const Box &box);
    static QColor serviceColour(const QString &service);

    Engine::Plan m_plan;
    QList<Box> m_boxes;
    QList<Header> m_headers;
    QHash<QString, QRect> m_chips; ///< task id -> rect
    QHash<QString, QString> m_serviceOfTask;
    QString m_highlighted;
    QSet<QString> m_warned;
    int m_height = 0;
};

} // namespace Berth::Gui
