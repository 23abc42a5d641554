#include "ui/run/runoverlay.h"

#include "engine/runtime/ecsmessages.h"

#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/projectscene.h"
#include "ui/commands/projecteditor.h"
#include "ui/run/runbadgeitem.h"
#include "ui/run/taskchipitem.h"
#include "ui/style/palette.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Berth::Gui {

using Engine::EngineSnapshot;
using Engine::Task;
using Engine::TaskStatus;
using Model::EntityRef;

namespace {

QColor healthColor(const QString &state)
{
    if (state == QLatin1String("healthy"))
        return Palette::targetHealthy;
    if (state == QLatin1String("unhealthy"))
        return Palette::targetUnhealthy;
    if (state == QLatin1String("draining"))
        return Palette::targetDraining;
    return Palette::targetInitial;
}

/// The "Fargate" word before a cluster's Fargate chips; tells the overlay when its frame
/// takes it away.
class FargateLabel final : public QGraphicsSimpleTextItem
{
public:
    FargateLabel(const QString &text, QGraphicsItem *parent, std::function<void()> forget)
        : QGraphicsSimpleTextItem(text, parent), m_forget(std::move(forget))
    {
    }
    ~FargateLabel() override
    {
        if (m_forget)
            m_forget();
    }

private:
    std::function<void()> m_forget;
};

/// Deletes the items of \a items whose key \a keep refuses, with \a clearing set meanwhile
/// (their "forget" hooks must not touch the hash being walked).
template<typename Key, typename Item, typename Keep>
void prune(QHash<Key, Item *> &items, bool &clearing, Keep keep)
{
    for (auto it = items.begin(); it != items.end();) {
        if (keep(it.key(), it.value())) {
            ++it;
        } else {
            Item *gone = it.value();
            it = items.erase(it);
            clearing = true;
            delete gone;
            clearing = false;
        }
    }
}

struct ChipLayout
{
    int columns;
    qreal height;
};

} // namespace

RunOverlay::RunOverlay(ProjectScene *scene, QObject *parent) : QObject(parent), m_scene(scene)
{
}

RunOverlay::~RunOverlay()
{
    clear();
}

QColor RunOverlay::colorAt(int index)
{
    return Palette::serviceColour(index);
}

QColor RunOverlay::serviceColor(const QString &service) const
{
    const QList<Model::Service> &services = m_scene->editor()->data().services;
    for (int i = 0; i < services.size(); ++i) {
        if (services.at(i).name == service)
            return colorAt(i);
    }
    return colorAt(-1);
}

void RunOverlay::clear()
{
    m_clearing = true;
    const QList<TaskChipItem *> chips = m_chips.values();
    const QList<TaskChipItem *> more = m_overflow.values();
    const QList<RunBadgeItem *> badges = m_badges.values();
    const QList<QGraphicsSimpleTextItem *> labels = m_fargateLabels.values();
    m_chips.clear();
    m_overflow.clear();
    m_badges.clear();
    m_fargateLabels.clear();
    qDeleteAll(m_managed);
    m_managed.clear();
    qDeleteAll(chips);
    qDeleteAll(more);
    qDeleteAll(badges);
    qDeleteAll(labels);
    m_clearing = false;
}

QList<TaskChipItem *> RunOverlay::chipsOn(const EntityRef &instance) const
{
    QList<TaskChipItem *> out;
    NodeItem *card = m_scene->itemFor(instance);
    for (TaskChipItem *c : m_chips) {
        if (c->parentItem() == card)
            out << c;
    }
    return out;
}

QString RunOverlay::toolTip(const Task &t) const
{
    QString tip =
        t.service.isEmpty()
            ? tr("Task %1 (standalone, %2)").arg(t.id.left(12), t.taskDefinition)
            : tr("Task %1 of service %2 (%3)").arg(t.id.left(12), t.service, t.taskDefinition);
    tip += u'\n' +
           tr("lastStatus %1, desiredStatus %2")
               .arg(Engine::taskStatusName(t.lastStatus), Engine::taskStatusName(t.desiredStatus));
    if (t.health != QLatin1String("UNKNOWN"))
        tip += u'\n' + tr("health %1").arg(t.health);
    if (!t.stoppedReason.isEmpty()) {
        tip += u'\n' + tr("stoppedReason: %1 (%2)").arg(t.stoppedReason, t.stopCode);
        const QString meaning = Engine::EcsMessages::explain(t.stoppedReason);
        if (!meaning.isEmpty())
            tip += u'\n' + meaning;
    }
    for (const Engine::ContainerState &c : t.containers) {
        if (!c.reason.isEmpty())
            tip += u'\n' + tr("container %1: %2").arg(c.name, c.reason);
        else if (c.exitCode)
            tip += u'\n' + tr("container %1 exited with %2").arg(c.name).arg(*c.exitCode);
    }
    return tip;
}

void RunOverlay::apply(const EngineSnapshot &s)
{
    QSet<EntityRef> alive;
    applyInstances(s, alive);
    applyManagedInstances(s);
    applyServices(s, alive);
    applyLoadBalancers(s, alive);
    prune(m_badges, m_clearing,
          [&](const EntityRef &ref, RunBadgeItem *) { return alive.contains(ref); });
}

RunBadgeItem *RunOverlay::badgeFor(const EntityRef &ref, NodeItem *card)
{
    RunBadgeItem *badge = m_badges.value(ref);
    if (badge && badge->parentItem() == card)
        return badge;
    badge = new RunBadgeItem(card, [this, ref](RunBadgeItem *gone) {
        if (!m_clearing && m_badges.value(ref) == gone)
            m_badges.remove(ref);
    });
    m_badges.insert(ref, badge);
    return badge;
}

void RunOverlay::applyManagedInstances(const EngineSnapshot &s)
{
    constexpr QSizeF kSize(170, 62);
    constexpr qreal kGap = 8;
    QSet<QString> seen;
    QHash<QString, int> perCluster;
    for (const Engine::InstanceUsage &u : s.instances) {
        if (u.capacityProvider.isEmpty())
            continue;
        NodeItem *frame = m_scene->itemFor(EntityRef::cluster(u.cluster));
        if (!frame)
            continue;
        const QString key = u.cluster + u'/' + u.name;
        seen.insert(key);
        QGraphicsRectItem *card = m_managed.value(key);
        if (!card) {
            card = new QGraphicsRectItem(QRectF(QPointF(0, 0), kSize));
            card->setPen(QPen(Palette::containerInstance, 1.4, Qt::DashLine));
            card->setBrush(m_scene->palette().base());
            card->setZValue(5);
            auto *text = new QGraphicsSimpleTextItem(card);
            text->setPos(6, 4);
            m_scene->addItem(card);
            m_managed.insert(key, card);
        }
        // A column beside the cluster's frame, in the order the group launched them.
        const int row = perCluster[u.cluster]++;
        card->setPos(frame->scenePos()
                     + QPointF(frame->size().width() + kGap, row * (kSize.height() + kGap)));
        auto *text = static_cast<QGraphicsSimpleTextItem *>(card->childItems().first());
        text->setBrush(m_scene->palette().text());
        text->setText(tr("%1 (managed)\n%2 · %3\n%n task(s) · provider %4", nullptr,
                         u.runningTasks)
                          .arg(u.name, u.instanceType, u.availabilityZone, u.capacityProvider));
        card->setToolTip(tr("Launched during the run by capacity provider %1's Auto Scaling "
                            "group; it goes when it has run no task for a while.")
                             .arg(u.capacityProvider));
    }
    for (auto it = m_managed.begin(); it != m_managed.end();) {
        if (seen.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_managed.erase(it);
        }
    }
}

void RunOverlay::applyInstances(const EngineSnapshot &s, QSet<EntityRef> &alive)
{
    const QDateTime keepSince = QDateTime::currentDateTimeUtc().addSecs(-kKeepStoppedSeconds);
    QHash<EntityRef, QList<const Task *>> byInstance;
    QHash<QString, QList<const Task *>> onFargate;
    for (const Task &t : s.tasks) {
        if (t.isStopped() && t.stoppedAt.isValid() && t.stoppedAt < keepSince)
            continue;
        if (t.instance.isEmpty())
            onFargate[t.cluster].append(&t);
        else
            byInstance[EntityRef::instance(t.cluster, t.instance)].append(&t);
    }
    QSet<QString> shown;
    for (const Engine::InstanceUsage &u : s.instances) {
        const EntityRef ref = EntityRef::instance(u.cluster, u.name);
        NodeItem *card = m_scene->itemFor(ref);
        if (!card)
            continue;
        alive.insert(ref);
        RunBadge badge;
        const auto percent = [](int part, int whole) {
            return whole > 0 ? qRound(100.0 * part / whole) : 0;
        };
        badge.emphasize = false;
        badge.lines << tr("CPU %1% · mem %2% reserved")
                           .arg(percent(u.reservedCpu, u.registeredCpu))
                           .arg(percent(u.reservedMemory, u.registeredMemory));
        RunBadgeItem *item = badgeFor(ref, card);
        // The whole body: the design's lines do not show through between the chips.
        item->setRect(QRectF(1, Metrics::kHeaderHeight + 1, card->size().width() - 8,
                             card->size().height() - Metrics::kHeaderHeight - 2));
        item->setBadge(badge);
        item->setToolTip(tr("Reserved of registered: CPU units %1 of %2, memory %3 of %4 MiB. "
                            "In use: %5 CPU units, %6 MiB. %n task(s).",
                            nullptr, u.runningTasks)
                             .arg(u.reservedCpu)
                             .arg(u.registeredCpu)
                             .arg(u.reservedMemory)
                             .arg(u.registeredMemory)
                             .arg(qRound(u.usedCpu))
                             .arg(qRound(u.usedMemory)));
        placeChips(card, ref, byInstance.value(ref), shown);
    }
    for (auto it = onFargate.cbegin(); it != onFargate.cend(); ++it) {
        const EntityRef ref = EntityRef::cluster(it.key());
        if (NodeItem *frame = m_scene->itemFor(ref))
            placeFargateChips(frame, ref, it.value(), shown);
    }
    for (const QString &cluster : m_fargateLabels.keys()) {
        if (!onFargate.contains(cluster)) // its "+N" goes with its last Fargate task
            setOverflow(nullptr, EntityRef::cluster(cluster), 0, {}, {});
    }
    prune(m_fargateLabels, m_clearing, [&](const QString &cluster, QGraphicsSimpleTextItem *l) {
        return onFargate.contains(cluster)
               && l->parentItem() == m_scene->itemFor(EntityRef::cluster(cluster));
    });
    prune(m_chips, m_clearing,
          [&](const QString &id, TaskChipItem *) { return shown.contains(id); });
}

void RunOverlay::placeChips(NodeItem *card, const EntityRef &ref, QList<const Task *> tasks,
                            QSet<QString> &shown)
{
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task *a, const Task *b) {
        if (a->isStopped() != b->isStopped())
            return !a->isStopped();
        if (a->isStopped())
            return a->stoppedAt > b->stoppedAt;
        return a->createdAt < b->createdAt;
    });
    const qreal top = Metrics::kHeaderHeight + 21;
    const qreal width = card->size().width() - 8;
    const qreal height = card->size().height() - top - 4;
    static constexpr ChipLayout layouts[] = {{2, 16}, {3, 14}, {4, 12}, {5, 12}, {6, 11}};
    ChipLayout layout = layouts[0];
    int capacity = 0;
    for (const ChipLayout &l : layouts) {
        layout = l;
        capacity = l.columns * int((height + 2) / (l.height + 2));
        if (capacity >= tasks.size())
            break;
    }
    const int visible = tasks.size() > capacity ? capacity - 1 : int(tasks.size());
    const qreal chipWidth = (width - (layout.columns - 1) * 2) / layout.columns;
    const auto slot = [&](int i) {
        return QPointF(4 + (i % layout.columns) * (chipWidth + 2),
                       top + (i / layout.columns) * (layout.height + 2));
    };
    for (int i = 0; i < visible; ++i) {
        TaskChipItem *chip = chipFor(card, *tasks.at(i));
        chip->setSize(QSizeF(chipWidth, layout.height));
        if (chip->pos() != slot(i))
            chip->setPos(slot(i));
        shown.insert(tasks.at(i)->id);
    }
    setOverflow(card, ref, int(tasks.size()) - visible, QSizeF(chipWidth, layout.height),
                slot(visible));
}

TaskChipItem *RunOverlay::chipFor(NodeItem *card, const Task &t)
{
    TaskChipItem *chip = m_chips.value(t.id);
    if (!chip || chip->parentItem() != card) {
        delete chip;
        const QString id = t.id;
        chip = new TaskChipItem(card, {[this, id](TaskChipItem *gone) {
                                           if (!m_clearing && m_chips.value(id) == gone)
                                               m_chips.remove(id);
                                       },
                                       [this](const QString &taskId, bool twice) {
                                           if (twice)
                                               Q_EMIT taskOpened(taskId);
                                           else
                                               Q_EMIT taskClicked(taskId);
                                       }});
        m_chips.insert(id, chip);
    }
    TaskChip c;
    c.taskId = t.id;
    c.service = t.service;
    c.status = Engine::taskStatusName(t.lastStatus);
    c.desired = Engine::taskStatusName(t.desiredStatus);
    c.health = t.health;
    c.color = t.service.isEmpty() ? colorAt(-1) : serviceColor(t.service);
    c.toolTip = toolTip(t);
    chip->setChip(c);
    return chip;
}

void RunOverlay::setOverflow(NodeItem *card, const EntityRef &ref, int hidden, QSizeF size,
                             QPointF at)
{
    TaskChipItem *more = m_overflow.value(ref);
    if (hidden > 0) {
        if (!more || more->parentItem() != card) {
            delete more;
            more = new TaskChipItem(card, {[this, ref](TaskChipItem *gone) {
                                               if (!m_clearing && m_overflow.value(ref) == gone)
                                                   m_overflow.remove(ref);
                                           },
                                           {}});
            m_overflow.insert(ref, more);
        }
        more->setOverflow(hidden);
        more->setToolTip(tr("%n more task(s): the Tasks panel lists them all.", nullptr, hidden));
        more->setSize(size);
        if (more->pos() != at)
            more->setPos(at);
    } else if (more) {
        m_overflow.remove(ref);
        m_clearing = true;
        delete more;
        m_clearing = false;
    }
}

void RunOverlay::placeFargateChips(NodeItem *frame, const EntityRef &ref,
                                   QList<const Task *> tasks, QSet<QString> &shown)
{
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task *a, const Task *b) {
        if (a->isStopped() != b->isStopped())
            return !a->isStopped();
        return a->createdAt < b->createdAt;
    });
    // One row in the frame's bottom margin, after a "Fargate" label: Fargate tasks run on
    // no instance of the design.
    QGraphicsSimpleTextItem *label = m_fargateLabels.value(ref.name);
    if (label && label->parentItem() != frame) {
        delete label;
        label = nullptr;
    }
    if (!label) {
        const QString cluster = ref.name;
        label = new FargateLabel(tr("Fargate"), frame, [this, cluster] {
            if (!m_clearing)
                m_fargateLabels.remove(cluster);
        });
        QFont font = m_scene->font();
        font.setPointSizeF(font.pointSizeF() * 0.78);
        font.setBold(true);
        label->setFont(font);
        label->setBrush(m_scene->palette().color(QPalette::PlaceholderText));
        label->setZValue(5);
        label->setToolTip(tr("Fargate tasks of cluster %1: they run on capacity the cluster "
                             "does not manage, so they are on no instance.")
                              .arg(ref.name));
        m_fargateLabels.insert(ref.name, label);
    }
    constexpr qreal kChipHeight = 14;
    constexpr qreal kChipWidth = 48;
    const QSizeF frameSize = frame->size();
    const qreal y = frameSize.height() - kChipHeight - 3;
    label->setPos(12, y + (kChipHeight - label->boundingRect().height()) / 2);
    const qreal left = 12 + label->boundingRect().width() + 6;
    const int capacity =
        std::max(1, int((frameSize.width() - left - 12 + 2) / (kChipWidth + 2)));
    const int visible = tasks.size() > capacity ? capacity - 1 : int(tasks.size());
    const auto slot = [&](int i) { return QPointF(left + i * (kChipWidth + 2), y); };
    for (int i = 0; i < visible; ++i) {
        TaskChipItem *chip = chipFor(frame, *tasks.at(i));
        chip->setSize(QSizeF(kChipWidth, kChipHeight));
        if (chip->pos() != slot(i))
            chip->setPos(slot(i));
        shown.insert(tasks.at(i)->id);
    }
    setOverflow(frame, ref, int(tasks.size()) - visible, QSizeF(kChipWidth, kChipHeight),
                slot(visible));
}

void RunOverlay::applyServices(const EngineSnapshot &s, QSet<EntityRef> &alive)
{
    for (const Engine::ServiceStatus &st : s.services) {
        const EntityRef ref = EntityRef::service(st.name);
        NodeItem *card = m_scene->itemFor(ref);
        if (!card)
            continue;
        alive.insert(ref);
        RunBadge badge;
        badge.swatch = serviceColor(st.name);
        badge.lines << tr("%1 of %2 running · %3 pending")
                           .arg(st.runningCount)
                           .arg(st.desiredCount)
                           .arg(st.pendingCount);
        const Engine::Deployment *primary =
            st.deployments.isEmpty() ? nullptr : &st.deployments.first();
        if (primary &&
            (st.deployments.size() > 1 || primary->rolloutState == QLatin1String("IN_PROGRESS"))) {
            badge.lines << tr("deploying %1: %2 of %3 running")
                               .arg(primary->taskDefinition)
                               .arg(primary->runningCount)
                               .arg(primary->desiredCount);
            badge.progress = primary->desiredCount > 0
                                 ? double(primary->runningCount) / primary->desiredCount
                                 : 1.0;
            badge.progressColor = Palette::deploymentProgress;
        } else if (primary) {
            badge.lines << tr("%1 %2").arg(primary->taskDefinition, primary->rolloutState);
            badge.progress = st.desiredCount > 0 ? double(st.runningCount) / st.desiredCount : 1.0;
            if (primary->rolloutState == QLatin1String("FAILED"))
                badge.progressColor = Palette::deploymentFailed;
        }
        RunBadgeItem *item = badgeFor(ref, card);
        item->setRect(QRectF(1, Metrics::kHeaderHeight + 1, card->size().width() - 8,
                             card->size().height() - Metrics::kHeaderHeight - 2));
        item->setBadge(badge);
        QStringList tip;
        for (const Engine::Deployment &d : st.deployments)
            tip << tr("%1 %2 (%3) %4: desired %5, running %6, pending %7, failed %8")
                       .arg(d.id, d.status, d.taskDefinition, d.rolloutState)
                       .arg(d.desiredCount)
                       .arg(d.runningCount)
                       .arg(d.pendingCount)
                       .arg(d.failedTasks);
        item->setToolTip(tip.join(u'\n'));
    }
}

void RunOverlay::applyLoadBalancers(const EngineSnapshot &s, QSet<EntityRef> &alive)
{
    QHash<QString, QList<Engine::TargetHealth>> byGroup;
    for (const Engine::LoadBalancerStatus &lb : s.loadBalancers) {
        for (const Engine::TargetHealth &t : lb.targets)
            byGroup[t.targetGroup].append(t);
        const EntityRef ref = EntityRef::loadBalancer(lb.name);
        NodeItem *card = m_scene->itemFor(ref);
        if (!card)
            continue;
        alive.insert(ref);
        RunBadge badge;
        const Engine::LoadBalancerSample last =
            lb.samples.isEmpty() ? Engine::LoadBalancerSample() : lb.samples.last();
        badge.lines << (lb.running
                            ? tr("%1 req/s · %2 × 5xx").arg(last.requests).arg(last.responses5xx)
                            : tr("not running"));
        for (const Engine::ListenerAddress &l : lb.listeners)
            badge.lines << (l.moved() ? tr("%1 (port %2 moved)").arg(l.url).arg(l.port) : l.url);
        RunBadgeItem *item = badgeFor(ref, card);
        const qreal h = 22 + 17 * qMax<qsizetype>(1, lb.listeners.size());
        item->setRect(QRectF(0, card->size().height() + 4, card->size().width(), h));
        item->setBadge(badge);
    }
    for (const Model::TargetGroup &tg : m_scene->editor()->data().targetGroups) {
        const EntityRef ref = EntityRef::targetGroup(tg.name);
        NodeItem *card = m_scene->itemFor(ref);
        if (!card || s.loadBalancers.isEmpty())
            continue;
        alive.insert(ref);
        QMap<QString, int> counts;
        RunBadge badge;
        QStringList tip;
        for (const Engine::TargetHealth &t : byGroup.value(tg.name)) {
            ++counts[t.state];
            badge.dots << healthColor(t.state);
            tip << tr("%1:%2 (task %3): %4 %5")
                       .arg(t.address)
                       .arg(t.port)
                       .arg(t.taskId.left(8), t.state, t.reason);
        }
        badge.lines << tr("%1 healthy · %2 unhealthy")
                           .arg(counts.value(QStringLiteral("healthy")))
                           .arg(counts.value(QStringLiteral("unhealthy")));
        badge.lines << tr("%1 initial · %2 draining")
                           .arg(counts.value(QStringLiteral("initial")))
                           .arg(counts.value(QStringLiteral("draining")));
        RunBadgeItem *item = badgeFor(ref, card);
        item->setRect(QRectF(1, Metrics::kHeaderHeight + 1, card->size().width() - 8,
                             card->size().height() - Metrics::kHeaderHeight - 2));
        item->setBadge(badge);
        item->setToolTip(tip.isEmpty() ? tr("No registered targets") : tip.join(u'\n'));
    }
}

} // namespace Berth::Gui
