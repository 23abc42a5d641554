#include "ui/panels/outlinepanel.h"

#include "model/project.h"

#include <QHeaderView>

namespace Berth::Gui {

OutlinePanel::OutlinePanel(Model::Project *project, QWidget *parent)
    : QTreeWidget(parent), m_project(project)
{
    setColumnCount(2);
    setHeaderLabels({tr("Name"), tr("Details")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(project, &Model::Project::changed, this, &OutlinePanel::rebuild);
    rebuild();
}

void OutlinePanel::rebuild()
{
    clear();
    const Model::ProjectData &data = m_project->data();
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(this, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem *clusters = section(tr("Clusters"));
    for (const Model::Cluster &c : data.clusters) {
        auto *ci = new QTreeWidgetItem(
            clusters, {c.name, tr("%n instance(s)", nullptr, int(c.instances.size()))});
        for (const Model::ContainerInstance &i : c.instances)
            new QTreeWidgetItem(ci, {i.name, tr("%1, %2 CPU units, %3 MiB, %4, %5")
                                                 .arg(i.instanceType)
                                                 .arg(i.cpuUnits)
                                                 .arg(i.memoryMiB)
                                                 .arg(i.availabilityZone,
                                                      Model::ContainerInstance::statusName(
                                                          i.status))});
        if (c.fargate.enabled)
            new QTreeWidgetItem(ci, {tr("Fargate"), c.fargate.quota > 0
                                                        ? tr("up to %1 tasks").arg(c.fargate.quota)
                                                        : tr("no task limit")});
        ci->setExpanded(true);
    }
    QTreeWidgetItem *families = section(tr("Task definitions"));
    for (const QString &family : data.families()) {
        const Model::TaskDefinition *latest = data.latestRevision(family);
        new QTreeWidgetItem(families,
                            {latest->key(), tr("%n container(s), %1 network mode", nullptr,
                                               int(latest->containers().size()))
                                                .arg(latest->networkMode())});
    }
    QTreeWidgetItem *services = section(tr("Services"));
    for (const Model::Service &s : data.services)
        new QTreeWidgetItem(services, {s.name, s.isDaemon()
                                                   ? tr("daemon on %1 running %2")
                                                         .arg(s.cluster, s.taskDefinition)
                                                   : tr("%1 x %2 on %3")
                                                         .arg(s.desiredCount)
                                                         .arg(s.taskDefinition, s.cluster)});
    QTreeWidgetItem *lbs = section(tr("Load balancers"));
    for (const Model::LoadBalancer &lb : data.loadBalancers) {
        auto *li = new QTreeWidgetItem(lbs, {lb.name, Model::LoadBalancer::typeName(lb.type)});
        for (const Model::Listener &l : lb.listeners) {
            auto *le = new QTreeWidgetItem(li, {tr("%1:%2").arg(l.protocol).arg(l.port),
                                                tr("default: %1").arg(l.defaultTargetGroup)});
            for (const Model::ListenerRule &r : l.rules)
                new QTreeWidgetItem(le, {tr("rule %1").arg(r.priority),
                                         tr("%1 -> %2")
                                             .arg((r.pathPatterns + r.hostHeaders)
                                                      .join(QStringLiteral(", ")),
                                                  r.targetGroup)});
            le->setExpanded(true);
        }
        li->setExpanded(true);
    }
    QTreeWidgetItem *tgs = section(tr("Target groups"));
    for (const Model::TargetGroup &tg : data.targetGroups)
        new QTreeWidgetItem(tgs, {tg.name, tr("%1:%2, target type %3")
                                               .arg(tg.protocol)
                                               .arg(tg.port)
                                               .arg(tg.targetType)});
}

} // namespace Berth::Gui
