#include "model/validation/clusterrules.h"

#include "model/instancetypes.h"
#include "model/jsontext.h"

#include <QSet>

namespace Berth::Model::Internal {

void ClusterRules::check(const ProjectData &project, Diagnostics &out)
{
    QSet<QString> names;
    for (qsizetype c = 0; c < project.clusters.size(); ++c) {
        const Cluster &cluster = project.clusters.at(c);
        const QString path = JsonText::index(QStringLiteral("$.clusters"), c);
        const QString namePath = JsonText::member(path, QStringLiteral("name"));
        Reporter report(out, Diagnostic::EntityKind::Cluster, cluster.name);
        if (cluster.name.trimmed().isEmpty())
            report.error(QStringLiteral("cluster.name"), namePath, tr("the cluster has no name"),
                         tr("Name the cluster; services refer to it by name."));
        else if (names.contains(cluster.name))
            report.error(QStringLiteral("cluster.name.unique"), namePath,
                         tr("another cluster is already named \"%1\"").arg(cluster.name),
                         tr("Give each cluster its own name."));
        names.insert(cluster.name);
        checkInstances(cluster, path, out);
    }
}

void ClusterRules::checkInstances(const Cluster &cluster, const QString &clusterPath,
                                  Diagnostics &out)
{
    const QString list = JsonText::member(clusterPath, QStringLiteral("instances"));
    QSet<QString> names;
    for (qsizetype i = 0; i < cluster.instances.size(); ++i) {
        const ContainerInstance &ci = cluster.instances.at(i);
        const QString path = JsonText::index(list, i);
        const auto at = [&](const char *key) {
            return JsonText::member(path, QLatin1String(key));
        };
        Reporter report(out, Diagnostic::EntityKind::ContainerInstance,
                        cluster.name + u'/' + ci.name);
        if (ci.name.trimmed().isEmpty())
            report.error(QStringLiteral("cluster.instance.name"), at("name"),
                         tr("a container instance of cluster %1 has no name").arg(cluster.name),
                         tr("Name the instance."));
        else if (names.contains(ci.name))
            report.error(
                QStringLiteral("cluster.instance.name.unique"), at("name"),
                tr("cluster %1 already has an instance named \"%2\"").arg(cluster.name, ci.name),
                tr("Give each instance of a cluster its own name."));
        names.insert(ci.name);
        if (ci.cpuUnits <= 0)
            report.error(QStringLiteral("cluster.instance.cpu"), at("cpu"),
                         tr("instance %1 registers %2 CPU units; it needs more than 0")
                             .arg(ci.name)
                             .arg(ci.cpuUnits),
                         tr("Set cpu to the instance's CPU units (1024 per vCPU)."));
        if (ci.memoryMiB <= 0)
            report.error(QStringLiteral("cluster.instance.memory"), at("memory"),
                         tr("instance %1 registers %2 MiB of memory; it needs more than 0")
                             .arg(ci.name)
                             .arg(ci.memoryMiB),
                         tr("Set memory to the instance's memory in MiB."));
        if (!InstanceTypes::find(ci.instanceType))
            report.warning(
                QStringLiteral("cluster.instance.type"), at("instanceType"),
                tr("instance type \"%1\" is not in Berth's catalog").arg(ci.instanceType),
                tr("Custom sizes work, but Berth cannot tell how many awsvpc tasks "
                   "(ENIs) the instance holds. Known types include t3.medium, "
                   "m5.large and c5.xlarge."));
    }
}

} // namespace Berth::Model::Internal
