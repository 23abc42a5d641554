#include "ui/panels/outlinepanel.h"

#include "model/project.h"
#include "ui/canvas/nodecontents.h"
#include "ui/icons.h"

#include <QHeaderView>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

namespace {

/// What a rule does, in ELB's own terms: a target group, weights, or the action's type.
QString actionText(const Model::ListenerRule &rule)
{
    using Action = Model::ListenerRule::Action;
    if (rule.action == Action::FixedResponse)
        return QStringLiteral("fixed-response ") + rule.fixedResponse.statusCode;
    if (rule.action == Action::Redirect)
        return QStringLiteral("redirect ") + rule.redirect.statusCode;
    if (rule.targetGroups.isEmpty())
        return rule.targetGroup;
    QStringList parts;
    for (const Model::WeightedTargetGroup &g : rule.targetGroups)
        parts << QStringLiteral("%1=%2").arg(g.targetGroup).arg(g.weight);
    return parts.join(QStringLiteral(", "));
}

constexpr int kRefRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

QString pathOf(const QTreeWidgetItem *item)
{
    QString path;
    for (; item; item = item->parent())
        path.prepend(item->text(0) + u'/');
    return path;
}

} // namespace

OutlinePanel::OutlinePanel(Model::Project *project, QWidget *parent)
    : QTreeWidget(parent), m_project(project)
{
    setObjectName(QStringLiteral("outline"));
    setColumnCount(2);
    setHeaderLabels({tr("Name"), tr("Details")});
    setSelectionMode(ExtendedSelection);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(project, &Model::Project::changed, this, &OutlinePanel::rebuild);
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_updating)
            Q_EMIT selectionChangedByUser(selectedRefs());
    });
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const EntityRef ref = item->data(0, kRefRole).value<EntityRef>();
        if (!ref.isNull())
            Q_EMIT activated(ref);
    });
    connect(this, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { m_collapsed.insert(pathOf(item)); });
    connect(this, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { m_collapsed.remove(pathOf(item)); });
    rebuild();
}

QTreeWidgetItem *OutlinePanel::add(QTreeWidgetItem *parent, const EntityRef &ref,
                                   const QString &name, const QString &details)
{
    auto *item = new QTreeWidgetItem(parent, {name, details});
    item->setToolTip(1, details);
    if (!ref.isNull()) {
        item->setData(0, kRefRole, QVariant::fromValue(ref));
        item->setIcon(0, Icons::entity(ref.kind));
        m_items.insert(ref, item);
    }
    return item;
}

void OutlinePanel::rebuild()
{
    const QList<EntityRef> selected = selectedRefs();
    m_updating = true;
    setUpdatesEnabled(false);
    clear();
    m_items.clear();
    const Model::ProjectData &data = m_project->data();
    const auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(this, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    QTreeWidgetItem *clusters = section(tr("Clusters"));
    for (const Model::Cluster &c : data.clusters) {
        QTreeWidgetItem *ci = add(clusters, EntityRef::cluster(c.name), c.name,
                                  tr("%n instance(s)", nullptr, int(c.instances.size())));
        for (const Model::ContainerInstance &i : c.instances)
            add(ci, EntityRef::instance(c.name, i.name), i.name,
                tr("%1, %2 CPU units, %3 MiB, %4, %5")
                    .arg(i.instanceType)
                    .arg(i.cpuUnits)
                    .arg(i.memoryMiB)
                    .arg(i.availabilityZone, Model::ContainerInstance::statusName(i.status)));
        if (c.fargate.enabled) {
            QTreeWidgetItem *f = add(ci, {}, tr("Fargate"),
                                     c.fargate.quota > 0 ? tr("up to %1 tasks").arg(c.fargate.quota)
                                                         : tr("no task limit"));
            f->setIcon(0, Icons::entity(EntityKind::FargateCapacity));
            f->setData(0, kRefRole, QVariant::fromValue(EntityRef::cluster(c.name)));
        }
    }
    QTreeWidgetItem *families = section(tr("Task definitions"));
    for (const QString &family : data.families()) {
        const Model::TaskDefinition *latest = data.latestRevision(family);
        QTreeWidgetItem *fi =
            add(families, EntityRef::taskDefinition(family), family,
                tr("%n container(s), %1 network mode", nullptr, int(latest->containers().size()))
                    .arg(latest->networkMode()));
        for (const Model::TaskDefinition &td : data.taskDefinitions) {
            if (td.family() == family) {
                QTreeWidgetItem *ri =
                    add(fi, {}, tr("revision %1").arg(td.revision()),
                        td.revision() == latest->revision() ? tr("latest") : QString());
                ri->setData(0, kRefRole, QVariant::fromValue(EntityRef::taskDefinition(family)));
            }
        }
    }
    QTreeWidgetItem *services = section(tr("Services"));
    for (const Model::Service &s : data.services)
        add(services, EntityRef::service(s.name), s.name,
            s.isDaemon()
                ? tr("daemon on %1 running %2").arg(s.cluster, s.taskDefinition)
                : tr("%1 x %2 on %3").arg(s.desiredCount).arg(s.taskDefinition, s.cluster));
    QTreeWidgetItem *lbs = section(tr("Load balancers"));
    for (const Model::LoadBalancer &lb : data.loadBalancers) {
        QTreeWidgetItem *li = add(lbs, EntityRef::loadBalancer(lb.name), lb.name,
                                  Model::LoadBalancer::typeName(lb.type));
        for (int l = 0; l < lb.listeners.size(); ++l) {
            const Model::Listener &listener = lb.listeners.at(l);
            QTreeWidgetItem *le = add(li, {}, tr("%1:%2").arg(listener.protocol).arg(listener.port),
                                      tr("default: %1").arg(NodeContents::listenerDefault(listener)));
            le->setData(0, kRefRole, QVariant::fromValue(EntityRef::loadBalancer(lb.name)));
            for (int r = 0; r < listener.rules.size(); ++r) {
                const Model::ListenerRule &rule = listener.rules.at(r);
                add(le, EntityRef::listenerRule(lb.name, l, r), tr("rule %1").arg(rule.priority),
                    tr("%1 → %2").arg(
                        (rule.pathPatterns + rule.hostHeaders).join(QStringLiteral(", ")),
                        actionText(rule)));
            }
        }
    }
    QTreeWidgetItem *tgs = section(tr("Target groups"));
    for (const Model::TargetGroup &tg : data.targetGroups)
        add(tgs, EntityRef::targetGroup(tg.name), tg.name,
            tr("%1:%2, target type %3").arg(tg.protocol).arg(tg.port).arg(tg.targetType));

    // Keep what the user folded folded; everything else open.
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        if ((*it)->childCount() > 0)
            (*it)->setExpanded(!m_collapsed.contains(pathOf(*it)));
    }
    setUpdatesEnabled(true);
    m_updating = false;
    selectRefs(selected);
}

void OutlinePanel::selectRefs(const QList<EntityRef> &refs)
{
    m_updating = true;
    clearSelection();
    QTreeWidgetItem *first = nullptr;
    for (const EntityRef &ref : refs) {
        if (QTreeWidgetItem *item = m_items.value(ref)) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    }
    if (first)
        scrollToItem(first);
    m_updating = false;
}

QList<EntityRef> OutlinePanel::selectedRefs() const
{
    QList<EntityRef> out;
    for (QTreeWidgetItem *item : selectedItems()) {
        const EntityRef ref = item->data(0, kRefRole).value<EntityRef>();
        if (!ref.isNull() && !out.contains(ref))
            out << ref;
    }
    return out;
}

} // namespace Berth::Gui
