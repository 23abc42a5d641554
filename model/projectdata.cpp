#include "model/projectdata.h"

#include "model/ecrreference.h"

#include <QCryptographicHash>

namespace Berth::Model {

namespace {
template<typename List, typename Pred>
auto findIn(List &list, Pred pred) -> decltype(&list[0])
{
    for (auto &item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}
} // namespace

const Cluster *ProjectData::cluster(const QString &n) const
{
    return findIn(clusters, [&](const Cluster &c) { return c.name == n; });
}

Cluster *ProjectData::cluster(const QString &n)
{
    return findIn(clusters, [&](const Cluster &c) { return c.name == n; });
}

const Service *ProjectData::service(const QString &n) const
{
    return findIn(services, [&](const Service &s) { return s.name == n; });
}

Service *ProjectData::service(const QString &n)
{
    return findIn(services, [&](const Service &s) { return s.name == n; });
}

const TargetGroup *ProjectData::targetGroup(const QString &n) const
{
    return findIn(targetGroups, [&](const TargetGroup &t) { return t.name == n; });
}

const EcrRepository *ProjectData::repository(const QString &n) const
{
    return findIn(repositories, [&](const EcrRepository &r) { return r.name == n; });
}

QString ProjectData::repositoryUri(const QString &n) const
{
    return EcrReference::registryHost(accountId, region) + u'/' + n;
}

QStringList ProjectData::familiesUsingRepository(const QString &n) const
{
    const QString uri = repositoryUri(n);
    QStringList out;
    for (const QString &family : families()) {
        const TaskDefinition *td = latestRevision(family);
        for (const ContainerDefinition &c : td->containers()) {
            const EcrReference ref = EcrReference::parse(c.image());
            if (ref.isValid() && ref.repositoryUri() == uri) {
                out << family;
                break;
            }
        }
    }
    return out;
}

const LoadBalancer *ProjectData::loadBalancer(const QString &n) const
{
    return findIn(loadBalancers, [&](const LoadBalancer &l) { return l.name == n; });
}

QStringList ProjectData::families() const
{
    QStringList out;
    for (const TaskDefinition &td : taskDefinitions) {
        if (!out.contains(td.family()))
            out << td.family();
    }
    return out;
}

const TaskDefinition *ProjectData::latestRevision(const QString &family) const
{
    const TaskDefinition *latest = nullptr;
    for (const TaskDefinition &td : taskDefinitions) {
        if (td.family() == family && (!latest || td.revision() > latest->revision()))
            latest = &td;
    }
    return latest;
}

const TaskDefinition *ProjectData::taskDefinition(const QString &reference) const
{
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon < 0) {
        // A family resolves to its latest ACTIVE revision, as ECS resolves it.
        const TaskDefinition *latest = nullptr;
        for (const TaskDefinition &td : taskDefinitions) {
            if (td.family() == reference && td.isActive()
                && (!latest || td.revision() > latest->revision()))
                latest = &td;
        }
        return latest;
    }
    bool ok = false;
    const int revision = reference.mid(colon + 1).toInt(&ok);
    if (!ok)
        return nullptr;
    const QString family = reference.left(colon);
    return findIn(taskDefinitions, [&](const TaskDefinition &td) {
        return td.family() == family && td.revision() == revision;
    });
}

int ProjectData::nextRevision(const QString &family) const
{
    const TaskDefinition *latest = latestRevision(family);
    return latest ? latest->revision() + 1 : 1;
}

QString ProjectData::registerTaskDefinition(const QJsonObject &definition)
{
    TaskDefinition td(definition);
    td.setRevision(nextRevision(td.family()));
    if (const TaskDefinition *previous = latestRevision(td.family()))
        td.setPosition(previous->position());
    taskDefinitions.append(td);
    return td.key();
}

const TaskDefinition *ProjectData::taskDefinitionOf(const Service &s) const
{
    return taskDefinition(s.taskDefinition);
}

bool ProjectData::usesDefaultCapacityProviderStrategy(const Service &s) const
{
    const Cluster *c = cluster(s.cluster);
    return s.launchType.isEmpty() && s.capacityProviderStrategy.isEmpty() && c &&
           !c->defaultCapacityProviderStrategy.isEmpty();
}

QList<CapacityProviderStrategyItem> ProjectData::capacityProviderStrategyOf(const Service &s) const
{
    if (usesDefaultCapacityProviderStrategy(s))
        return cluster(s.cluster)->defaultCapacityProviderStrategy;
    return s.capacityProviderStrategy;
}

QString ProjectData::launchTypeOf(const Service &s) const
{
    if (!capacityProviderStrategyOf(s).isEmpty())
        return {};
    return s.launchType.isEmpty() ? QStringLiteral("EC2") : s.launchType;
}

QString ProjectData::pinned(const QString &reference) const
{
    const TaskDefinition *td = taskDefinition(reference.trimmed());
    return td ? td->key() : reference.trimmed();
}

int ProjectData::pinServices()
{
    int count = 0;
    for (Service &s : services) {
        if (s.taskDefinition.contains(u':') || s.taskDefinition.isEmpty())
            continue;
        const QString key = pinned(s.taskDefinition);
        if (key != s.taskDefinition) {
            s.taskDefinition = key;
            ++count;
        }
    }
    return count;
}

const TaskDefinition *ProjectData::newerRevisionFor(const Service &service) const
{
    const TaskDefinition *running = taskDefinitionOf(service);
    if (!running)
        return nullptr;
    const TaskDefinition *latest = taskDefinition(running->family());
    return latest && latest->revision() > running->revision() ? latest : nullptr;
}

QString ProjectData::targetGroupArn(const QString &n) const
{
    // ELB ids are 16 hex digits; derive a stable one from the name.
    const QByteArray id = QCryptographicHash::hash(n.toUtf8(), QCryptographicHash::Sha1)
                              .toHex()
                              .left(16);
    return QStringLiteral("arn:aws:elasticloadbalancing:%1:%2:targetgroup/%3/%4")
        .arg(region, accountId, n, QString::fromLatin1(id));
}

QString ProjectData::loadBalancerArn(const QString &n) const
{
    const QByteArray id = QCryptographicHash::hash("lb/" + n.toUtf8(), QCryptographicHash::Sha1)
                              .toHex()
                              .left(16);
    return QStringLiteral("arn:aws:elasticloadbalancing:%1:%2:loadbalancer/app/%3/%4")
        .arg(region, accountId, n, QString::fromLatin1(id));
}

namespace {

const LoadBalancer *applicationLoadBalancerOf(const ProjectData &project, const QString &tg)
{
    for (const LoadBalancer &lb : project.loadBalancers) {
        if (lb.type != LoadBalancer::Type::Application)
            continue;
        for (const Listener &l : lb.listeners) {
            bool forwards = l.defaultForward() == tg;
            for (const ListenerRule &r : l.rules)
                forwards = forwards || r.targetGroup == tg;
            if (forwards)
                return &lb;
        }
    }
    return nullptr;
}

} // namespace

QString ProjectData::requestCountTargetGroup(const Service &service) const
{
    for (const ServiceLoadBalancer &link : service.loadBalancers) {
        if (targetGroup(link.targetGroup) && applicationLoadBalancerOf(*this, link.targetGroup))
            return link.targetGroup;
    }
    return {};
}

QString ProjectData::requestCountResourceLabel(const Service &service) const
{
    const QString tg = requestCountTargetGroup(service);
    if (tg.isEmpty())
        return {};
    const QString lbArn = loadBalancerArn(applicationLoadBalancerOf(*this, tg)->name);
    // The tails of the two ARNs: app/LB/ID and targetgroup/TG/ID.
    return lbArn.section(u'/', 1) + u'/' + targetGroupArn(tg).section(u':', 5);
}

QString ProjectData::clusterArn(const QString &n) const
{
    return QStringLiteral("arn:aws:ecs:%1:%2:cluster/%3").arg(region, accountId, n);
}

} // namespace Berth::Model
