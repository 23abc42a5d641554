#include "model/validation/capacityproviderrules.h"

#include "model/instancetypes.h"
#include "model/jsontext.h"

#include <QRegularExpression>
#include <QSet>

namespace Berth::Model::Internal {

void CapacityProviderRules::check(const ProjectData &project, Diagnostics &out)
{
    // Capacity provider names are unique in the account, not only in a cluster.
    QSet<QString> names;
    for (qsizetype c = 0; c < project.clusters.size(); ++c) {
        const Cluster &cluster = project.clusters.at(c);
        const QString list = JsonText::member(JsonText::index(QStringLiteral("$.clusters"), c),
                                              QStringLiteral("capacityProviders"));
        for (qsizetype p = 0; p < cluster.capacityProviders.size(); ++p) {
            const CapacityProvider &provider = cluster.capacityProviders.at(p);
            const QString path = JsonText::index(list, p);
            if (names.contains(provider.name)) {
                Reporter(out, Diagnostic::EntityKind::Cluster, cluster.name)
                    .error(
                        QStringLiteral("capacityProvider.name.unique"),
                        JsonText::member(path, QStringLiteral("name")),
                        tr("another capacity provider is already named \"%1\"").arg(provider.name),
                        tr("Give each capacity provider its own name."));
            }
            names.insert(provider.name);
            checkProvider(cluster, provider, path, out);
        }
        if (cluster.defaultCapacityProviderStrategy.isEmpty())
            continue;
        Reporter report(out, Diagnostic::EntityKind::Cluster, cluster.name);
        StrategyWords words;
        words.rule = QStringLiteral("cluster.defaultCapacityProviderStrategy");
        words.tooMany = [&](qsizetype n) {
            return tr("the default capacity provider strategy of cluster %1 names %2 capacity "
                      "providers; a strategy holds at most 6")
                .arg(cluster.name)
                .arg(n);
        };
        words.unknownProvider = [&](const QString &name) {
            return tr("the default capacity provider strategy of cluster %1 names capacity "
                      "provider \"%2\", which the cluster does not have")
                .arg(cluster.name, name);
        };
        words.baseTwice = [&](int n) {
            return tr("the default capacity provider strategy of cluster %1 gives a base to %2 "
                      "capacity providers; only one may have one")
                .arg(cluster.name)
                .arg(n);
        };
        words.noWeight = tr("no capacity provider in the default strategy of cluster %1 has a "
                            "weight above 0, so no task could be placed by it")
                             .arg(cluster.name);
        checkStrategy(cluster.defaultCapacityProviderStrategy, &cluster,
                      JsonText::member(JsonText::index(QStringLiteral("$.clusters"), c),
                                       QStringLiteral("defaultCapacityProviderStrategy")),
                      report, words);
    }
    for (qsizetype s = 0; s < project.services.size(); ++s)
        checkService(project, project.services.at(s),
                     JsonText::index(QStringLiteral("$.services"), s), out);
}

void CapacityProviderRules::checkProvider(const Cluster &cluster, const CapacityProvider &p,
                                          const QString &path, Diagnostics &out)
{
    Reporter report(out, Diagnostic::EntityKind::Cluster, cluster.name);
    const QString group = JsonText::member(path, QStringLiteral("autoScalingGroup"));
    const auto at = [](const QString &parent, const char *key) {
        return JsonText::member(parent, QLatin1String(key));
    };
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    if (!validName.match(p.name).hasMatch() || p.name.startsWith(QLatin1String("aws")) ||
        p.name.startsWith(QLatin1String("ecs")) || p.name.startsWith(QLatin1String("fargate")))
        report.error(QStringLiteral("capacityProvider.name"), at(path, "name"),
                     tr("\"%1\" is not a capacity provider name ECS accepts").arg(p.name),
                     tr("Use up to 255 letters, digits, hyphens and underscores, not starting "
                        "with aws, ecs or fargate."));
    if (!InstanceTypes::find(p.instanceType))
        report.error(
            QStringLiteral("capacityProvider.instanceType"), at(group, "instanceType"),
            tr("capacity provider %1: unknown instance type \"%2\"").arg(p.name, p.instanceType),
            tr("Pick an instance type from the catalogue, e.g. t3.medium."));
    if (p.minSize < 0 || p.maxSize < 1 || p.minSize > p.maxSize)
        report.error(QStringLiteral("capacityProvider.size"), at(group, "maxSize"),
                     tr("capacity provider %1: min size %2 and max size %3 do not make a "
                        "range")
                         .arg(p.name)
                         .arg(p.minSize)
                         .arg(p.maxSize),
                     tr("Set 0 <= minSize <= maxSize and maxSize >= 1."));
    else if (p.desiredCapacity < p.minSize || p.desiredCapacity > p.maxSize)
        report.error(QStringLiteral("capacityProvider.desiredCapacity"),
                     at(group, "desiredCapacity"),
                     tr("capacity provider %1: desired capacity %2 is outside %3-%4")
                         .arg(p.name)
                         .arg(p.desiredCapacity)
                         .arg(p.minSize)
                         .arg(p.maxSize),
                     tr("Set the desired capacity between the min and max size."));
    if (p.availabilityZones.isEmpty())
        report.error(QStringLiteral("capacityProvider.zones"), at(group, "availabilityZones"),
                     tr("capacity provider %1 names no availability zone").arg(p.name),
                     tr("Name at least one zone for its instances, e.g. us-east-1a."));
    const QString scaling = at(path, "managedScaling");
    const ManagedScaling &m = p.managedScaling;
    if (m.targetCapacity < 1 || m.targetCapacity > 100)
        report.error(QStringLiteral("capacityProvider.targetCapacity"),
                     at(scaling, "targetCapacity"),
                     tr("capacity provider %1: target capacity %2 % is outside 1-100")
                         .arg(p.name)
                         .arg(m.targetCapacity),
                     tr("Use 100 to fill instances, less to keep room spare (90 keeps 10 %)."));
    if (m.minimumScalingStepSize < 1 || m.maximumScalingStepSize > 10000 ||
        m.minimumScalingStepSize > m.maximumScalingStepSize)
        report.error(QStringLiteral("capacityProvider.stepSize"),
                     at(scaling, "minimumScalingStepSize"),
                     tr("capacity provider %1: scaling step sizes %2-%3 are not a range "
                        "within 1-10000")
                         .arg(p.name)
                         .arg(m.minimumScalingStepSize)
                         .arg(m.maximumScalingStepSize),
                     tr("Set 1 <= minimumScalingStepSize <= maximumScalingStepSize <= 10000."));
    if (p.managedTerminationProtection && !m.enabled)
        report.error(QStringLiteral("capacityProvider.protection"),
                     at(path, "managedTerminationProtection"),
                     tr("capacity provider %1: managed termination protection needs managed "
                        "scaling")
                         .arg(p.name),
                     tr("Turn managed scaling on, or termination protection off."));
}

void CapacityProviderRules::checkService(const ProjectData &project, const Service &s,
                                         const QString &path, Diagnostics &out)
{
    Reporter report(out, Diagnostic::EntityKind::Service, s.name);
    if (s.isDaemon() && !project.capacityProviderStrategyOf(s).isEmpty()) {
        // ECS: "Specifying a capacity provider strategy is not supported when you create a
        // service using the DAEMON scheduling strategy." (aws/containers-roadmap#692)
        if (project.usesDefaultCapacityProviderStrategy(s))
            report.error(QStringLiteral("service.daemon.capacityProviderStrategy"),
                         JsonText::member(path, QStringLiteral("launchType")),
                         tr("DAEMON service %1 names no launch type, so it would take the "
                            "default capacity provider strategy of cluster %2, which ECS "
                            "refuses for a DAEMON service")
                             .arg(s.name, s.cluster),
                         tr("Set the launch type to EC2: a DAEMON service runs on every "
                            "instance."));
        else
            report.error(QStringLiteral("service.daemon.capacityProviderStrategy"),
                         JsonText::member(path, QStringLiteral("capacityProviderStrategy")),
                         tr("DAEMON service %1 has a capacity provider strategy, which ECS "
                            "refuses for a DAEMON service")
                             .arg(s.name),
                         tr("Remove the strategy and use the EC2 launch type."));
    }
    if (s.capacityProviderStrategy.isEmpty())
        return;
    StrategyWords words;
    words.rule = QStringLiteral("service.capacityProviderStrategy");
    words.tooMany = [&](qsizetype n) {
        return tr("service %1 names %2 capacity providers; a strategy holds at most 6")
            .arg(s.name)
            .arg(n);
    };
    words.unknownProvider = [&](const QString &name) {
        return tr("service %1 names capacity provider \"%2\", which cluster %3 does not have")
            .arg(s.name, name, s.cluster);
    };
    words.baseTwice = [&](int n) {
        return tr("service %1 gives a base to %2 capacity providers; only one may have one")
            .arg(s.name)
            .arg(n);
    };
    words.noWeight = tr("no capacity provider in the strategy of service %1 has a weight above "
                        "0, so no task could be placed on it")
                         .arg(s.name);
    checkStrategy(s.capacityProviderStrategy, project.cluster(s.cluster),
                  JsonText::member(path, QStringLiteral("capacityProviderStrategy")), report,
                  words);
}

void CapacityProviderRules::checkStrategy(const QList<CapacityProviderStrategyItem> &strategy,
                                          const Cluster *cluster, const QString &list,
                                          Reporter &report, const StrategyWords &words)
{
    const auto rule = [&](const char *suffix) { return words.rule + QLatin1String(suffix); };
    if (strategy.size() > 6)
        report.error(rule(".size"), list, words.tooMany(strategy.size()),
                     tr("Keep at most 6 capacity providers in the strategy."));
    int withBase = 0;
    int weighted = 0;
    for (qsizetype i = 0; i < strategy.size(); ++i) {
        const CapacityProviderStrategyItem &item = strategy.at(i);
        const QString itemPath = JsonText::index(list, i);
        const QString name = item.capacityProvider;
        const bool fargate =
            name == QLatin1String("FARGATE") || name == QLatin1String("FARGATE_SPOT");
        if (!fargate && (!cluster || !cluster->capacityProvider(name)))
            report.error(rule(".provider"),
                         JsonText::member(itemPath, QStringLiteral("capacityProvider")),
                         words.unknownProvider(name),
                         tr("Add the capacity provider to the cluster, or name one it has."));
        if (item.base < 0 || item.base > 100000)
            report.error(rule(".base"), JsonText::member(itemPath, QStringLiteral("base")),
                         tr("base %1 is outside 0-100000").arg(item.base),
                         tr("Set how many tasks at least run on this provider."));
        if (item.weight < 0 || item.weight > 1000)
            report.error(rule(".weight"), JsonText::member(itemPath, QStringLiteral("weight")),
                         tr("weight %1 is outside 0-1000").arg(item.weight),
                         tr("Set the provider's share of the tasks beyond the base."));
        withBase += item.base > 0;
        weighted += item.weight > 0;
    }
    if (withBase > 1)
        report.error(rule(".base.once"), list, words.baseTwice(withBase),
                     tr("Keep the base on one capacity provider and set the others' to 0."));
    if (weighted == 0 && (strategy.size() > 1 || withBase == 0))
        report.error(rule(".weight.none"), list, words.noWeight,
                     tr("Give at least one capacity provider a weight, e.g. 1."));
}

} // namespace Berth::Model::Internal
