#pragma once

#include "engine/runtime/enginesnapshot.h"
#include "model/entityref.h"

#include <QColor>
#include <QHash>
#include <QObject>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace Berth::Gui {

class NodeItem;
class ProjectScene;
class RunBadgeItem;
class TaskChipItem;

/// The run drawn on the canvas: task chips on their instances, coloured by service; run
/// counts and the deployment in progress on services; target health on target groups;
/// traffic under load balancers. Items are children of the cards, made once and changed
/// only when what they show changes; they go when the run ends.
class RunOverlay final : public QObject
{
    Q_OBJECT
public:
    /// How long a stopped task stays on its instance.
    static constexpr int kKeepStoppedSeconds = 60;

    explicit RunOverlay(ProjectScene *scene, QObject *parent = nullptr);
    ~RunOverlay() override;

    void apply(const Engine::EngineSnapshot &snapshot);
    /// Takes every run item off the canvas.
    void clear();

    /// A service's colour, the same in chips, badges, charts and tables.
    QColor serviceColor(const QString &service) const;
    static QColor colorAt(int index);

    /// The chips on an instance's card, without the "+N" one.
    QList<TaskChipItem *> chipsOn(const Model::EntityRef &instance) const;
    TaskChipItem *chip(const QString &taskId) const { return m_chips.value(taskId); }
    RunBadgeItem *badge(const Model::EntityRef &ref) const { return m_badges.value(ref); }
    int chipCount() const { return int(m_chips.size()); }
    /// The cards of instances a capacity provider launched during the run, by "cluster/name":
    /// they are in no design, so the run draws them beside their cluster's frame.
    QStringList managedInstances() const { return m_managed.keys(); }

Q_SIGNALS:
    void taskClicked(const QString &taskId);
    void taskOpened(const QString &taskId);

private:
    RunBadgeItem *badgeFor(const Model::EntityRef &ref, NodeItem *card);
    void placeChips(NodeItem *card, const Model::EntityRef &ref, QList<const Engine::Task *> tasks,
                    QSet<QString> &shown);
    /// A cluster's Fargate tasks: a row of chips in its frame's bottom margin.
    void placeFargateChips(NodeItem *frame, const Model::EntityRef &ref,
                           QList<const Engine::Task *> tasks, QSet<QString> &shown);
    /// The chip of a task on a card (made, or moved to the card), showing the task.
    TaskChipItem *chipFor(NodeItem *card, const Engine::Task &t);
    /// The "+N" chip of a card: shown at \a at when hidden > 0, else removed.
    void setOverflow(NodeItem *card, const Model::EntityRef &ref, int hidden, QSizeF size,
                     QPointF at);
    void applyInstances(const Engine::EngineSnapshot &s, QSet<Model::EntityRef> &alive);
    void applyManagedInstances(const Engine::EngineSnapshot &s);
    void applyServices(const Engine::EngineSnapshot &s, QSet<Model::EntityRef> &alive);
    void applyLoadBalancers(const Engine::EngineSnapshot &s, QSet<Model::EntityRef> &alive);
    QString toolTip(const Engine::Task &t) const;

    ProjectScene *m_scene;
    QHash<QString, TaskChipItem *> m_chips;
    QHash<Model::EntityRef, TaskChipItem *> m_overflow;
    QHash<Model::EntityRef, RunBadgeItem *> m_badges;
    QHash<QString, QGraphicsSimpleTextItem *> m_fargateLabels; ///< by cluster
    QHash<QString, QGraphicsRectItem *> m_managed; ///< top-level items, by "cluster/name"
    bool m_clearing = false;
};

} // namespace Berth::Gui
