#include "ui/canvas/projectscene.h"

#include "model/designedits.h"
#include "model/project.h"
#include "ui/canvas/canvaslog.h"
#include "ui/canvas/clusteritem.h"
#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/layoutedits.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/linklayer.h"
#include "ui/canvas/linktool.h"
#include "ui/canvas/nodecontents.h"
#include "ui/commands/projecteditor.h"
#include "ui/diagnosticlocator.h"

#include <QElapsedTimer>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QInputDialog>

#include <algorithm>
#include <cmath>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;
using Model::ProjectData;

ProjectScene::ProjectScene(ProjectEditor *editor, QObject *parent)
    : QGraphicsScene(parent), m_editor(editor), m_linkTool(new LinkTool(this)),
      m_linkLayer(new LinkLayer)
{
    addItem(m_linkLayer);
    // Items are added once and moved rarely; a BSP index keeps painting 5,000 cheap.
    setItemIndexMethod(BspTreeIndex);
    connect(editor->project(), &Model::Project::changed, this, &ProjectScene::sync);
    connect(editor, &ProjectEditor::renamed, this, &ProjectScene::rekey);
    sync();
}

ProjectScene::~ProjectScene()
{
    // Removing the items changes the selection; nobody should hear about it any more.
    blockSignals(true);
    // Links go first: they hold raw pointers to the cards.
    qDeleteAll(m_links);
    m_links.clear();
}

QList<EntityRef> ProjectScene::selectedRefs() const
{
    QList<EntityRef> out;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type || item->type() == ClusterItem::Type)
            out << static_cast<NodeItem *>(item)->ref();
    }
    return out;
}

void ProjectScene::selectRefs(const QList<EntityRef> &refs)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const EntityRef &ref : refs) {
        if (NodeItem *item = m_items.value(ref))
            item->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

NodeItem *ProjectScene::ensure(const EntityRef &ref, QGraphicsItem *parent, QSet<EntityRef> &alive)
{
    alive.insert(ref);
    NodeItem *item = m_items.value(ref);
    if (!item) {
        item = ref.kind == EntityKind::Cluster ? new ClusterItem(ref) : new NodeItem(ref);
        if (parent)
            item->setParentItem(parent);
        else
            addItem(item);
        m_items.insert(ref, item);
        item->setHighlighted(m_highlighted.contains(ref));
    } else if (item->parentItem() != parent) {
        const QPointF scenePos = item->scenePos();
        item->setParentItem(parent);
        if (!parent && item->scene() != this)
            addItem(item);
        item->setPos(parent ? parent->mapFromScene(scenePos) : scenePos);
    }
    return item;
}

void ProjectScene::sync()
{
    const ProjectData &data = m_editor->data();
    QElapsedTimer took;
    took.start();
    const qsizetype before = m_items.size();
    m_syncing = true;
    QSet<EntityRef> alive;
    alive.reserve(m_items.size());

    for (const Model::Cluster &c : data.clusters) {
        NodeItem *frame = ensure(EntityRef::cluster(c.name), nullptr, alive);
        frame->setContent(NodeContents::cluster(data, c));
        frame->setSize(c.frame.size());
        frame->setModelPos(c.frame.topLeft());
        for (const Model::ContainerInstance &i : c.instances) {
            NodeItem *item = ensure(EntityRef::instance(c.name, i.name), frame, alive);
            item->setContent(NodeContents::instance(i));
            item->setSize(Metrics::kInstanceSize);
            item->setModelPos(i.position);
        }
    }
    for (const Model::Service &s : data.services) {
        NodeItem *frame =
            data.cluster(s.cluster) ? m_items.value(EntityRef::cluster(s.cluster)) : nullptr;
        NodeItem *item = ensure(EntityRef::service(s.name), frame, alive);
        item->setContent(NodeContents::service(s));
        item->setSize(Metrics::kServiceSize);
        item->setModelPos(s.position);
    }
    for (const QString &family : data.families()) {
        const Model::TaskDefinition *td = data.latestRevision(family);
        NodeItem *item = ensure(EntityRef::taskDefinition(family), nullptr, alive);
        item->setContent(NodeContents::taskDefinition(*td));
        item->setSize(NodeContents::taskDefinitionSize(*td));
        item->setModelPos(td->position());
    }
    for (const Model::LoadBalancer &lb : data.loadBalancers) {
        NodeItem *item = ensure(EntityRef::loadBalancer(lb.name), nullptr, alive);
        item->setContent(NodeContents::loadBalancer(lb));
        item->setSize(NodeContents::loadBalancerSize(lb));
        item->setModelPos(lb.position);
        for (int l = 0; l < lb.listeners.size(); ++l) {
            for (int r = 0; r < lb.listeners.at(l).rules.size(); ++r) {
                NodeItem *row = ensure(EntityRef::listenerRule(lb.name, l, r), item, alive);
                row->setContent(NodeContents::rule(lb, l, r));
                row->setSize(QSizeF(Metrics::kLoadBalancerWidth - 12, Metrics::kRuleHeight - 4));
                row->setModelPos(NodeContents::rulePosition(lb, l, r));
            }
        }
    }
    for (const Model::TargetGroup &tg : data.targetGroups) {
        NodeItem *item = ensure(EntityRef::targetGroup(tg.name), nullptr, alive);
        item->setContent(NodeContents::targetGroup(tg));
        item->setSize(Metrics::kTargetGroupSize);
        item->setModelPos(tg.position);
    }
    for (const Model::EcrRepository &r : data.repositories) {
        NodeItem *item = ensure(EntityRef::repository(r.name), nullptr, alive);
        item->setContent(NodeContents::repository(data, r));
        item->setSize(Metrics::kRepositorySize);
        item->setModelPos(r.position);
    }

    // Links first: they point at cards that may go.
    m_linkLayer->clear();
    qDeleteAll(m_links);
    m_links.clear();
    QList<NodeItem *> dead;
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (alive.contains(it.key())) {
            ++it;
        } else {
            dead << it.value();
            it = m_items.erase(it);
        }
    }
    // Children go with their parents; delete only the topmost of the dead, and decide which
    // those are before deleting anything.
    QList<NodeItem *> topmost;
    for (NodeItem *item : std::as_const(dead)) {
        NodeItem *parent = NodeItem::from(item->parentItem());
        if (!parent || !dead.contains(parent))
            topmost << item;
    }
    for (NodeItem *item : std::as_const(topmost)) {
        {
            for (QGraphicsItem *child : item->childItems()) {
                if (NodeItem *n = NodeItem::from(child);
                    n && n->parentItem() == item && alive.contains(n->ref())) {
                    const QPointF scenePos = n->scenePos();
                    n->setParentItem(nullptr);
                    n->setPos(scenePos);
                }
            }
            delete item;
        }
    }
    syncLinks();
    m_syncing = false;
    qCDebug(lcCanvas) << "mirrored the project:" << m_items.size() << "cards,"
                      << m_items.size() - (before - dead.size()) << "new," << dead.size()
                      << "gone," << m_links.size() << "links in" << took.elapsed() << "ms";
    applyDiagnostics();
    // Room around the design to pan into and to place new things.
    setSceneRect(contentRect().adjusted(-1500, -1500, 2500, 2000) |
                 QRectF(-1500, -1500, 5000, 3500));
}

void ProjectScene::syncLinks()
{
    const ProjectData &data = m_editor->data();
    const auto add = [this](LinkItem::Kind kind, const EntityRef &from, const EntityRef &to,
                            const QString &label, int index) {
        NodeItem *a = m_items.value(from);
        NodeItem *b = m_items.value(to);
        if (!a || !b)
            return;
        auto *link = new LinkItem(kind, a, b, label, m_linkLayer);
        link->setIndex(index);
        addItem(link);
        m_links << link;
    };
    for (const Model::Service &s : data.services) {
        const Model::TaskDefinition *td = data.taskDefinitionOf(s);
        if (td) {
            const bool pinned = s.taskDefinition.contains(u':');
            add(LinkItem::Kind::TaskDefinition, EntityRef::service(s.name),
                EntityRef::taskDefinition(td->family()),
                pinned ? tr("rev %1").arg(td->revision()) : QString(), 0);
        }
        for (int i = 0; i < s.loadBalancers.size(); ++i) {
            const Model::ServiceLoadBalancer &lb = s.loadBalancers.at(i);
            add(LinkItem::Kind::TargetGroup, EntityRef::service(s.name),
                EntityRef::targetGroup(lb.targetGroup),
                QStringLiteral("%1:%2").arg(lb.containerName).arg(lb.containerPort), i);
        }
    }
    // A repository links to the task definitions whose containers name its images; the link
    // follows the images, so it is made in the task definition, not drawn.
    for (const Model::EcrRepository &r : data.repositories) {
        for (const QString &family : data.familiesUsingRepository(r.name))
            add(LinkItem::Kind::Repository, EntityRef::repository(r.name),
                EntityRef::taskDefinition(family), {}, 0);
    }
    for (const Model::LoadBalancer &lb : data.loadBalancers) {
        for (int l = 0; l < lb.listeners.size(); ++l) {
            const Model::Listener &listener = lb.listeners.at(l);
            if (!listener.defaultForward().isEmpty())
                add(LinkItem::Kind::DefaultTarget, EntityRef::loadBalancer(lb.name),
                    EntityRef::targetGroup(listener.defaultForward()),
                    QStringLiteral(":%1").arg(listener.port), l);
            for (int r = 0; r < listener.rules.size(); ++r) {
                const Model::ListenerRule &rule = listener.rules.at(r);
                if (rule.action != Model::ListenerRule::Action::Forward)
                    continue;
                const bool weighted = rule.targetGroups.size() > 1;
                for (const Model::WeightedTargetGroup &g : rule.forwards()) {
                    if (!g.targetGroup.isEmpty())
                        add(LinkItem::Kind::RuleTarget, EntityRef::listenerRule(lb.name, l, r),
                            EntityRef::targetGroup(g.targetGroup),
                            weighted ? QStringLiteral("%1").arg(g.weight) : QString(), r);
                }
            }
        }
    }
}

void ProjectScene::rekey(const EntityRef &from, const EntityRef &to)
{
    NodeItem *item = m_items.take(from);
    if (!item)
        return;
    item->setRef(to);
    m_items.insert(to, item);
}

void ProjectScene::setHighlighted(const QSet<EntityRef> &refs)
{
    for (const EntityRef &ref : std::as_const(m_highlighted)) {
        if (NodeItem *item = m_items.value(ref))
            item->setHighlighted(false);
    }
    m_highlighted = refs;
    for (const EntityRef &ref : refs) {
        if (NodeItem *item = m_items.value(ref))
            item->setHighlighted(true);
    }
}

void ProjectScene::setDiagnostics(const Model::Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    applyDiagnostics();
}

void ProjectScene::applyDiagnostics()
{
    QHash<EntityRef, QPair<int, int>> counts;
    for (const Model::Diagnostic &d : std::as_const(m_diagnostics)) {
        auto &c = counts[DiagnosticLocator::entityOf(d)];
        if (d.isError())
            ++c.first;
        else if (d.severity == Model::Diagnostic::Severity::Warning)
            ++c.second;
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const QPair<int, int> c = counts.value(it.key());
        it.value()->setProblems(c.first, c.second);
    }
}

EntityFactory::Result ProjectScene::place(EntityKind kind, QPointF scenePos)
{
    if (m_snap)
        scenePos = QPointF(std::round(scenePos.x() / Metrics::kGrid) * Metrics::kGrid,
                           std::round(scenePos.y() / Metrics::kGrid) * Metrics::kGrid);
    ProjectData after = m_editor->data();
    const EntityFactory::Result result = EntityFactory::create(after, kind, scenePos);
    if (!result.ok()) {
        qCDebug(lcCanvas).noquote() << "no" << Model::DesignEdits::kindName(kind) << "added at"
                                    << scenePos << ":" << result.refusal;
        Q_EMIT message(result.refusal);
        return result;
    }
    qCDebug(lcCanvas).noquote() << "adds" << Model::DesignEdits::kindName(kind) << result.ref.name
                                << "at" << scenePos;
    m_editor->replace(tr("Add %1").arg(Model::DesignEdits::kindName(kind)), after);
    selectRefs({result.ref});
    return result;
}

LinkRules::Verdict ProjectScene::link(const EntityRef &from, const EntityRef &to)
{
    const LinkRules::Verdict verdict = LinkRules::check(m_editor->data(), from, to);
    if (!verdict.allowed) {
        qCDebug(lcCanvas).noquote() << "no link from" << from.name << "to" << to.name << ":"
                                    << verdict.reason;
        if (!verdict.reason.isEmpty()) {
            Q_EMIT linkRefused(verdict.reason);
            Q_EMIT message(verdict.reason);
        }
        return verdict;
    }
    LinkRules::PortChoice choice;
    if (from.kind == EntityKind::Service && to.kind == EntityKind::TargetGroup) {
        const std::optional<LinkRules::PortChoice> chosen = choosePort(from, to);
        if (!chosen)
            return {false, tr("No container and port chosen.")};
        choice = *chosen;
    }
    qCDebug(lcCanvas).noquote() << LinkRules::describe(from, to);
    m_editor->edit(LinkRules::describe(from, to),
                   [&](ProjectData &d) { LinkRules::apply(d, from, to, choice); });
    return verdict;
}

std::optional<LinkRules::PortChoice> ProjectScene::choosePort(const EntityRef &service,
                                                              const EntityRef &targetGroup)
{
    const QList<LinkRules::PortChoice> choices =
        LinkRules::portChoices(m_editor->data(), service.name);
    if (choices.size() == 1)
        return choices.first();
    if (m_portChooser)
        return m_portChooser(choices, service.name, targetGroup.name);
    QStringList labels;
    for (const LinkRules::PortChoice &c : choices)
        labels << tr("container %1, port %2").arg(c.containerName).arg(c.containerPort);
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        views().isEmpty() ? nullptr : views().first(), tr("Register with %1").arg(targetGroup.name),
        tr("Which container and port of %1 receive the traffic?").arg(service.name), labels, 0,
        false, &ok);
    if (!ok)
        return std::nullopt;
    return choices.value(labels.indexOf(picked));
}

void ProjectScene::refreshAppearance()
{
    for (LinkItem *link : std::as_const(m_links))
        link->updatePen();
    for (QGraphicsItem *item : items())
        item->update();
}

QRectF ProjectScene::contentRect() const
{
    QRectF rect;
    for (NodeItem *item : m_items) {
        if (!item->parentItem())
            rect |= item->sceneBoundingRect();
    }
    return rect;
}

void ProjectScene::commitMoves()
{
    QList<NodeItem *> moved;
    for (QGraphicsItem *item : selectedItems()) {
        NodeItem *node = NodeItem::from(item);
        if (node && node == item && (node->flags() & QGraphicsItem::ItemIsMovable) &&
            node->pos() != node->modelPos())
            moved << node;
    }
    if (moved.isEmpty())
        return;
    struct Move
    {
        EntityRef ref;
        QPointF pos;
        QPointF scenePos;
        QPointF sceneCenter;
    };
    QList<Move> moves;
    for (NodeItem *node : std::as_const(moved))
        moves << Move{node->ref(), node->pos(), node->scenePos(),
                      node->mapToScene(QRectF(QPointF(), node->size()).center())};

    const auto clampInto = [](const QRectF &frame, QPointF p, QSizeF size) {
        p.setX(std::clamp(p.x(), Metrics::kClusterMargin / 2,
                          std::max(Metrics::kClusterMargin / 2,
                                   frame.width() - size.width() - Metrics::kClusterMargin / 2)));
        p.setY(std::clamp(p.y(), Metrics::kClusterHeader,
                          std::max(Metrics::kClusterHeader,
                                   frame.height() - size.height() - Metrics::kClusterMargin / 2)));
        return p;
    };
    QList<EntityRef> reselect;
    const bool changed = m_editor->edit(
        tr("Move %n item(s)", nullptr, int(moves.size())),
        [&](ProjectData &d) {
            for (const Move &m : std::as_const(moves)) {
                const Model::Cluster *target = EntityFactory::clusterAt(d, m.sceneCenter);
                if (m.ref.kind == EntityKind::Service) {
                    const Model::Service *s = d.service(m.ref.name);
                    const Model::Cluster *own = s ? d.cluster(s->cluster) : nullptr;
                    if (target && target != own)
                        LayoutEdits::moveServiceToCluster(d, m.ref.name, target->name, m.scenePos);
                    else if (own)
                        LayoutEdits::setPosition(
                            d, m.ref, clampInto(own->frame, m.pos, Metrics::kServiceSize));
                    else
                        LayoutEdits::setPosition(d, m.ref, m.pos);
                    reselect << m.ref;
                } else if (m.ref.kind == EntityKind::ContainerInstance) {
                    if (target && target->name != m.ref.parent) {
                        reselect << LayoutEdits::moveInstanceToCluster(d, m.ref, target->name,
                                                                       m.scenePos);
                    } else if (const Model::Cluster *own = d.cluster(m.ref.parent)) {
                        LayoutEdits::setPosition(
                            d, m.ref, clampInto(own->frame, m.pos, Metrics::kInstanceSize));
                        reselect << m.ref;
                    }
                } else {
                    LayoutEdits::setPosition(d, m.ref, m.pos);
                    reselect << m.ref;
                }
            }
        },
        QStringLiteral("move-%1").arg(++m_moveCount));
    if (!changed) {
        qCDebug(lcCanvas) << "a move of" << moved.size() << "card(s) changed nothing; back";
        for (NodeItem *node : std::as_const(moved))
            node->setPos(node->modelPos());
    } else {
        qCDebug(lcCanvas) << "moved" << moved.size() << "card(s)";
        selectRefs(reselect);
    }
}

void ProjectScene::commitResize(ClusterItem *cluster)
{
    const EntityRef ref = cluster->ref();
    const QSizeF size = cluster->size();
    const bool changed = m_editor->edit(tr("Resize cluster %1").arg(ref.name), [&](ProjectData &d) {
        if (Model::Cluster *c = d.cluster(ref.name)) {
            c->frame.setSize(size);
            LayoutEdits::fitFrame(d, ref.name);
        }
    });
    if (!changed) {
        qCDebug(lcCanvas).noquote() << "resizing cluster" << ref.name << "changed nothing";
        sync();
    }
}

void ProjectScene::nudgeSelection(QPointF delta)
{
    QList<EntityRef> refs;
    for (const EntityRef &ref : selectedRefs()) {
        if (ref.kind != EntityKind::ListenerRule)
            refs << ref;
    }
    if (refs.isEmpty())
        return;
    QStringList names;
    for (const EntityRef &ref : std::as_const(refs))
        names << QString::number(qHash(ref));
    m_editor->edit(
        tr("Move %n item(s)", nullptr, int(refs.size())),
        [&](ProjectData &d) {
            for (const EntityRef &ref : std::as_const(refs))
                LayoutEdits::setPosition(d, ref, LayoutEdits::position(d, ref) + delta);
        },
        QStringLiteral("nudge:") + names.join(u','));
}

void ProjectScene::deleteSelection()
{
    QList<EntityRef> refs = selectedRefs();
    QList<LinkItem *> links;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == LinkItem::Type)
            links << static_cast<LinkItem *>(item);
    }
    if (refs.isEmpty() && links.isEmpty())
        return;
    struct Unlink
    {
        LinkItem::Kind kind;
        EntityRef from;
        int index;
        EntityRef to;
    };
    QList<Unlink> unlinks;
    for (LinkItem *link : std::as_const(links)) {
        if (link->from())
            unlinks << Unlink{link->kind(), link->from()->ref(), link->index(),
                              link->to() ? link->to()->ref() : EntityRef()};
    }
    const QString text =
        refs.size() == 1 && unlinks.isEmpty()
            ? tr("Delete %1").arg(Model::DesignEdits::displayName(m_editor->data(), refs.first()))
            : tr("Delete %n item(s)", nullptr, int(refs.size() + unlinks.size()));
    qCDebug(lcCanvas) << "deletes" << refs.size() << "card(s) and" << unlinks.size()
                      << "link(s)";
    m_editor->edit(text, [&](ProjectData &d) {
        // Links first, highest index first: removing one shifts the indexes after it.
        std::sort(unlinks.begin(), unlinks.end(),
                  [](const Unlink &a, const Unlink &b) { return a.index > b.index; });
        for (const Unlink &u : std::as_const(unlinks)) {
            if (u.kind == LinkItem::Kind::Repository) {
                continue; // the task definition's image makes it; edit the image instead
            } else if (u.kind == LinkItem::Kind::TaskDefinition) {
                if (Model::Service *s = d.service(u.from.name))
                    s->taskDefinition.clear();
            } else if (u.kind == LinkItem::Kind::TargetGroup) {
                if (Model::Service *s = d.service(u.from.name);
                    s && u.index < s->loadBalancers.size())
                    s->loadBalancers.removeAt(u.index);
            } else {
                const QString lbName =
                    u.kind == LinkItem::Kind::RuleTarget ? u.from.parent : u.from.name;
                for (Model::LoadBalancer &lb : d.loadBalancers) {
                    if (lb.name != lbName)
                        continue;
                    if (u.kind == LinkItem::Kind::DefaultTarget && u.index < lb.listeners.size())
                        lb.listeners[u.index].defaultTargetGroup.clear();
                    else if (Model::DesignEdits::exists(d, u.from)) {
                        Model::ListenerRule &rule = lb.listeners[u.from.listener].rules[u.from.rule];
                        if (rule.targetGroup == u.to.name)
                            rule.targetGroup.clear();
                        rule.targetGroups.removeIf([&](const Model::WeightedTargetGroup &g) {
                            return g.targetGroup == u.to.name;
                        });
                    }
                }
            }
        }
        Model::DesignEdits::remove(d, refs);
    });
}

void ProjectScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->scenePos())) {
            NodeItem *node = NodeItem::from(item);
            if (node && node == item && node->hasLinkHandle() &&
                node->linkHandleRect()
                    .adjusted(-3, -3, 3, 3)
                    .contains(node->mapFromScene(event->scenePos()))) {
                m_linkTool->begin(node, event->scenePos());
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void ProjectScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkTool->isActive()) {
        m_linkTool->move(event->scenePos(), event->screenPos());
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void ProjectScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkTool->isActive()) {
        m_linkTool->finish(event->scenePos(), event->screenPos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMoves();
}

void ProjectScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (NodeItem *node = NodeItem::from(item)) {
            Q_EMIT activated(node->ref());
            return;
        }
    }
}

} // namespace Berth::Gui
