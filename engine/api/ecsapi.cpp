#include "engine/api/ecsapi.h"

#include "engine/runtime/liveclusterstate.h"
#include "engine/runtime/runsession.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/serviceplacement.h"
#include "engine/scheduler/taskrequirements.h"
#include "model/containerinstance.h"
#include "model/designedits.h"
#include "model/ecsjson.h"
#include "model/export/capacityproviderexport.h"
#include "model/jsonreader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace Berth::Engine {

namespace {

using Model::ContainerInstance;
using Model::ProjectData;

QString arn(const ProjectData &d, const QString &resource)
{
    return QStringLiteral("arn:aws:ecs:%1:%2:%3").arg(d.region, d.accountId, resource);
}

/// The last part of an ARN ("arn:...:service/lab/web" -> "web"), or the name itself.
QString nameOf(const QString &nameOrArn)
{
    return nameOrArn.startsWith(QLatin1String("arn:")) ? nameOrArn.section(u'/', -1)
                                                       : nameOrArn;
}

double epoch(const QDateTime &t)
{
    return t.isValid() ? double(t.toMSecsSinceEpoch()) / 1000.0 : 0.0;
}

QString taskDefinitionArn(const ProjectData &d, const QString &key)
{
    return arn(d, QStringLiteral("task-definition/") + key);
}

/// "family", "family:rev" or an ARN, as the design knows it.
QString taskDefinitionReference(const QString &value)
{
    return value.startsWith(QLatin1String("arn:")) ? value.section(u'/', 1) : value;
}

QJsonObject taskDefinitionJson(const ProjectData &d, const Model::TaskDefinition &td)
{
    QJsonObject o = Model::EcsJson::exportTaskDefinition(td);
    o.insert(QLatin1String("taskDefinitionArn"), taskDefinitionArn(d, td.key()));
    o.insert(QLatin1String("revision"), td.revision());
    o.insert(QLatin1String("status"),
             td.isActive() ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE"));
    QJsonArray compatibilities{QStringLiteral("EC2")};
    if (td.networkMode() == QLatin1String("awsvpc") && td.cpu() && td.memory())
        compatibilities.append(QStringLiteral("FARGATE"));
    o.insert(QLatin1String("compatibilities"), compatibilities);
    return o;
}

QJsonObject taskJson(const ProjectData &d, const Task &t)
{
    const QString taskArn = arn(d, QStringLiteral("task/%1/%2").arg(t.cluster, t.id));
    QJsonArray containers;
    for (const ContainerState &c : t.containers) {
        QJsonObject o{{QLatin1String("containerArn"),
                       arn(d, QStringLiteral("container/%1/%2/%3").arg(t.cluster, t.id, c.name))},
                      {QLatin1String("taskArn"), taskArn},
                      {QLatin1String("name"), c.name},
                      {QLatin1String("lastStatus"), c.lastStatus},
                      {QLatin1String("healthStatus"),
                       c.health.isEmpty() ? QStringLiteral("UNKNOWN") : c.health}};
        if (!c.dockerId.isEmpty())
            o.insert(QLatin1String("runtimeId"), c.dockerId);
        if (c.exitCode)
            o.insert(QLatin1String("exitCode"), *c.exitCode);
        if (!c.reason.isEmpty())
            o.insert(QLatin1String("reason"), c.reason);
        QJsonArray bindings;
        for (const PortBinding &p : c.ports)
            bindings.append(QJsonObject{{QLatin1String("bindIP"), p.hostIp},
                                        {QLatin1String("containerPort"), p.containerPort},
                                        {QLatin1String("hostPort"), p.hostPort},
                                        {QLatin1String("protocol"), p.protocol}});
        o.insert(QLatin1String("networkBindings"), bindings);
        if (const Model::TaskDefinition *td = d.taskDefinition(t.taskDefinition)) {
            if (const auto def = td->container(c.name))
                o.insert(QLatin1String("image"), def->image());
        }
        containers.append(o);
    }
    QJsonObject o{{QLatin1String("taskArn"), taskArn},
                  {QLatin1String("clusterArn"), d.clusterArn(t.cluster)},
                  {QLatin1String("taskDefinitionArn"), taskDefinitionArn(d, t.taskDefinition)},
                  {QLatin1String("lastStatus"), taskStatusName(t.lastStatus)},
                  {QLatin1String("desiredStatus"), taskStatusName(t.desiredStatus)},
                  {QLatin1String("launchType"), t.launchType},
                  {QLatin1String("cpu"), QString::number(t.cpu)},
                  {QLatin1String("memory"), QString::number(t.memory)},
                  {QLatin1String("healthStatus"), t.health},
                  {QLatin1String("containers"), containers},
                  {QLatin1String("overrides"),
                   QJsonObject{{QLatin1String("containerOverrides"), QJsonArray()}}},
                  {QLatin1String("attachments"), QJsonArray()},
                  {QLatin1String("version"), 1}};
    if (!t.group.isEmpty())
        o.insert(QLatin1String("group"), t.group);
    if (!t.startedBy.isEmpty())
        o.insert(QLatin1String("startedBy"), t.startedBy);
    if (!t.instance.isEmpty())
        o.insert(QLatin1String("containerInstanceArn"),
                 arn(d, QStringLiteral("container-instance/%1/%2")
                            .arg(t.cluster,
                                 ContainerInstance::containerInstanceId(t.cluster, t.instance))));
    if (const Model::Cluster *c = d.cluster(t.cluster)) {
        for (const Model::ContainerInstance &i : c->instances) {
            if (i.name != t.instance)
                continue;
            o.insert(QLatin1String("availabilityZone"), i.availabilityZone);
            if (!i.capacityProviderName.isEmpty())
                o.insert(QLatin1String("capacityProviderName"), i.capacityProviderName);
        }
    }
    const std::pair<const char *, QDateTime> times[] = {{"createdAt", t.createdAt},
                                                        {"startedAt", t.startedAt},
                                                        {"stoppingAt", t.stoppingAt},
                                                        {"stoppedAt", t.stoppedAt}};
    for (const auto &[name, at] : times) {
        if (at.isValid())
            o.insert(QLatin1String(name), epoch(at));
    }
    if (!t.stopCode.isEmpty())
        o.insert(QLatin1String("stopCode"), t.stopCode);
    if (!t.stoppedReason.isEmpty())
        o.insert(QLatin1String("stoppedReason"), t.stoppedReason);
    return o;
}

QJsonObject serviceJson(const ProjectData &d, const Model::Service &s, const EngineSnapshot &snap)
{
    QJsonObject o = Model::EcsJson::exportService(d, s);
    o.remove(QLatin1String("cluster"));
    o.insert(QLatin1String("serviceArn"), arn(d, QStringLiteral("service/%1/%2")
                                                     .arg(s.cluster, s.name)));
    o.insert(QLatin1String("clusterArn"), d.clusterArn(s.cluster));
    o.insert(QLatin1String("status"), QStringLiteral("ACTIVE"));
    o.insert(QLatin1String("schedulingStrategy"), s.schedulingStrategy);
    // A service describes the strategy it runs by, its cluster's default when it named neither
    // that nor a launch type; or its launch type.
    const QList<Model::CapacityProviderStrategyItem> strategy = d.capacityProviderStrategyOf(s);
    if (!strategy.isEmpty())
        o.insert(QLatin1String("capacityProviderStrategy"),
                 Model::CapacityProviderExport::strategy(strategy));
    const Model::TaskDefinition *td = d.taskDefinitionOf(s);
    if (td)
        o.insert(QLatin1String("taskDefinition"), taskDefinitionArn(d, td->key()));
    int running = 0, pending = 0;
    QJsonArray deployments;
    for (const ServiceStatus &st : snap.services) {
        if (st.name != s.name)
            continue;
        running = st.runningCount;
        pending = st.pendingCount;
        for (const Deployment &dep : st.deployments) {
            QJsonObject j{
                {QLatin1String("id"), dep.id},
                {QLatin1String("status"), dep.status},
                {QLatin1String("taskDefinition"), taskDefinitionArn(d, dep.taskDefinition)},
                {QLatin1String("desiredCount"), dep.desiredCount},
                {QLatin1String("pendingCount"), dep.pendingCount},
                {QLatin1String("runningCount"), dep.runningCount},
                {QLatin1String("failedTasks"), dep.failedTasks},
                {QLatin1String("createdAt"), epoch(dep.createdAt)},
                {QLatin1String("updatedAt"), epoch(dep.updatedAt)},
                {QLatin1String("rolloutState"), dep.rolloutState}};
            if (strategy.isEmpty())
                j.insert(QLatin1String("launchType"), d.launchTypeOf(s));
            else
                j.insert(QLatin1String("capacityProviderStrategy"),
                         Model::CapacityProviderExport::strategy(strategy));
            if (!dep.rolloutStateReason.isEmpty())
                j.insert(QLatin1String("rolloutStateReason"), dep.rolloutStateReason);
            deployments.append(j);
        }
    }
    o.insert(QLatin1String("desiredCount"), s.desiredCount);
    o.insert(QLatin1String("runningCount"), running);
    o.insert(QLatin1String("pendingCount"), pending);
    o.insert(QLatin1String("deployments"), deployments);
    QJsonArray events;
    for (const ServiceEvent &e : snap.events) {
        if (e.service != s.name)
            continue;
        events.append(QJsonObject{{QLatin1String("id"), e.id},
                                  {QLatin1String("createdAt"), epoch(e.createdAt)},
                                  {QLatin1String("message"), e.message}});
        if (events.size() == 100) // as ECS: the latest 100
            break;
    }
    o.insert(QLatin1String("events"), events);
    return o;
}

QJsonArray resources(int cpu, int memory, const QStringList &ports)
{
    return QJsonArray{QJsonObject{{QLatin1String("name"), QStringLiteral("CPU")},
                                  {QLatin1String("type"), QStringLiteral("INTEGER")},
                                  {QLatin1String("integerValue"), cpu}},
                      QJsonObject{{QLatin1String("name"), QStringLiteral("MEMORY")},
                                  {QLatin1String("type"), QStringLiteral("INTEGER")},
                                  {QLatin1String("integerValue"), memory}},
                      QJsonObject{{QLatin1String("name"), QStringLiteral("PORTS")},
                                  {QLatin1String("type"), QStringLiteral("STRINGSET")},
                                  {QLatin1String("stringSetValue"), QJsonArray::fromStringList(ports)}}};
}

QStringList namesOf(const QJsonValue &list)
{
    QStringList names;
    for (const QJsonValue v : list.toArray())
        names << v.toString();
    return names;
}

/// ECS's reason for a task it could not place.
QString reasonOf(PlacementFailure::Kind kind)
{
    switch (kind) {
    case PlacementFailure::Kind::Cpu: return QStringLiteral("RESOURCE:CPU");
    case PlacementFailure::Kind::Memory: return QStringLiteral("RESOURCE:MEMORY");
    case PlacementFailure::Kind::Port:
    case PlacementFailure::Kind::PortLimit: return QStringLiteral("RESOURCE:PORTS");
    case PlacementFailure::Kind::Eni: return QStringLiteral("RESOURCE:ENI");
    case PlacementFailure::Kind::Attribute: return QStringLiteral("ATTRIBUTE");
    case PlacementFailure::Kind::NoInstances:
        return QStringLiteral("No Container Instances were found in your cluster.");
    case PlacementFailure::Kind::FargateDisabled:
    case PlacementFailure::Kind::FargateQuota:
        return QStringLiteral("Capacity is unavailable at this time. Please try again later or "
                              "in a different availability zone");
    case PlacementFailure::Kind::Invalid: break;
    }
    return QStringLiteral("INVALID");
}

ApiReply reply(const QJsonObject &body)
{
    return ApiReply{200, body};
}

/// A Describe operation's failure for what it was asked about and does not know.
QJsonObject missing(const QString &arn)
{
    return {{QLatin1String("arn"), arn}, {QLatin1String("reason"), QStringLiteral("MISSING")},
            {QLatin1String("__missing"), true}};
}

/// A Describe operation's answer: each name or ARN in the request's \a key list (at least
/// one) as \a describe makes it, or among the failures when \a describe says missing().
ApiReply describeEach(const QString &key, const QJsonObject &in,
                      const std::function<QJsonObject(const QString &name)> &describe)
{
    const QJsonArray wanted = in.value(key).toArray();
    if (wanted.isEmpty())
        return ApiReply::error(QStringLiteral("InvalidParameterException"),
                               QStringLiteral("%1 cannot be empty.").arg(key));
    QJsonArray found, failures;
    for (const QJsonValue v : wanted) {
        QJsonObject o = describe(nameOf(v.toString()));
        if (o.take(QLatin1String("__missing")).toBool())
            failures.append(o);
        else
            found.append(o);
    }
    return reply({{key, found}, {QLatin1String("failures"), failures}});
}

ApiReply invalid(const QString &message);

/// A List operation's page: maxResults (1-100, default 100) from nextToken (the offset, as
/// ECS's tokens are opaque), and the next page's token when there is one.
ApiReply page(const QString &key, const QJsonArray &all, const QJsonObject &in)
{
    const int max = in.value(QLatin1String("maxResults")).toInt(100);
    if (max < 1 || max > 100)
        return invalid(QStringLiteral("maxResults must be between 1 and 100."));
    int from = 0;
    const QString token = in.value(QLatin1String("nextToken")).toString();
    if (!token.isEmpty()) {
        bool ok = false;
        from = QString::fromLatin1(QByteArray::fromBase64(token.toLatin1())).toInt(&ok);
        if (!ok || from < 0 || from > all.size())
            return invalid(QStringLiteral("Invalid nextToken."));
    }
    QJsonArray part;
    for (int i = from; i < all.size() && i < from + max; ++i)
        part.append(all.at(i));
    QJsonObject body{{key, part}};
    if (from + max < all.size())
        body.insert(QLatin1String("nextToken"),
                    QString::fromLatin1(QByteArray::number(from + max).toBase64()));
    return reply(body);
}

ApiReply invalid(const QString &message)
{
    return ApiReply::error(QStringLiteral("InvalidParameterException"), message);
}

QJsonObject clusterJson(const ProjectData &d, const Model::Cluster &c, const EngineSnapshot &snap)
{
    int running = 0, pending = 0, services = 0;
    for (const Task &t : snap.tasks) {
        if (t.cluster != c.name || t.isStopped())
            continue;
        running += t.lastStatus == TaskStatus::Running;
        pending += t.lastStatus < TaskStatus::Running;
    }
    for (const Model::Service &s : d.services)
        services += s.cluster == c.name;
    return QJsonObject{
        {QLatin1String("clusterArn"), d.clusterArn(c.name)},
        {QLatin1String("clusterName"), c.name},
        {QLatin1String("status"), QStringLiteral("ACTIVE")},
        {QLatin1String("registeredContainerInstancesCount"), int(c.instances.size())},
        {QLatin1String("runningTasksCount"), running},
        {QLatin1String("pendingTasksCount"), pending},
        {QLatin1String("activeServicesCount"), services},
        {QLatin1String("statistics"), QJsonArray()},
        {QLatin1String("tags"), QJsonArray()},
        {QLatin1String("settings"), QJsonArray()},
        {QLatin1String("capacityProviders"),
         QJsonArray::fromStringList(Model::CapacityProviderExport::associatedProviders(d, c))},
        {QLatin1String("defaultCapacityProviderStrategy"),
         Model::CapacityProviderExport::strategy(c.defaultCapacityProviderStrategy)}};
}

QList<Model::CapacityProviderStrategyItem> strategyOf(const QJsonValue &value)
{
    QList<Model::CapacityProviderStrategyItem> items;
    for (const QJsonValue v : value.toArray())
        items << Model::CapacityProviderStrategyItem::fromJson(
            Model::JsonReader(v.toObject(), QStringLiteral("$"), nullptr));
    return items;
}

/// The providers a strategy in \a c may name: its own, and Fargate's, which Berth associates
/// with a cluster as soon as a strategy names them.
QStringList associable(const Model::Cluster &c)
{
    QStringList names;
    for (const Model::CapacityProvider &p : c.capacityProviders)
        names << p.name;
    return names << QStringLiteral("FARGATE") << QStringLiteral("FARGATE_SPOT");
}

/// What ECS answers to a strategy that names a provider \a associated does not hold, or is
/// otherwise one no task could be placed by; nothing for a good one.
std::optional<ApiReply> strategyError(const QList<Model::CapacityProviderStrategyItem> &strategy,
                                      const QStringList &associated)
{
    int withBase = 0, weighted = 0;
    for (const Model::CapacityProviderStrategyItem &item : strategy) {
        if (!associated.contains(item.capacityProvider))
            return invalid(QStringLiteral(
                "The specified capacity provider strategy cannot contain a capacity provider "
                "that is not associated with the cluster. Associate the capacity provider with "
                "the cluster or specify a valid capacity provider and try again."));
        if (item.base < 0 || item.base > 100000 || item.weight < 0 || item.weight > 1000)
            return invalid(QStringLiteral("The capacity provider strategy's base must be 0 to "
                                          "100000 and its weight 0 to 1000."));
        withBase += item.base > 0;
        weighted += item.weight > 0;
    }
    if (withBase > 1)
        return invalid(QStringLiteral("Only one capacity provider in a capacity provider "
                                      "strategy can have a base defined."));
    if (!strategy.isEmpty() && weighted == 0 && (strategy.size() > 1 || withBase == 0))
        return invalid(QStringLiteral("At least one capacity provider in a capacity provider "
                                      "strategy must have a weight greater than zero."));
    return std::nullopt;
}

} // namespace

EcsApi::EcsApi(RunSession &session) : m_session(session) {}

const QHash<QString, EcsApi::Handler> &EcsApi::handlers()
{
    static const QHash<QString, Handler> table{
        {QStringLiteral("ListClusters"), &EcsApi::listClusters},
        {QStringLiteral("DescribeClusters"), &EcsApi::describeClusters},
        {QStringLiteral("ListServices"), &EcsApi::listServices},
        {QStringLiteral("DescribeServices"), &EcsApi::describeServices},
        {QStringLiteral("UpdateService"), &EcsApi::updateService},
        {QStringLiteral("CreateService"), &EcsApi::createService},
        {QStringLiteral("DeleteService"), &EcsApi::deleteService},
        {QStringLiteral("RegisterTaskDefinition"), &EcsApi::registerTaskDefinition},
        {QStringLiteral("DescribeTaskDefinition"), &EcsApi::describeTaskDefinition},
        {QStringLiteral("DeregisterTaskDefinition"), &EcsApi::deregisterTaskDefinition},
        {QStringLiteral("ListTaskDefinitions"), &EcsApi::listTaskDefinitions},
        {QStringLiteral("ListTaskDefinitionFamilies"), &EcsApi::listTaskDefinitionFamilies},
        {QStringLiteral("RunTask"), &EcsApi::runTask},
        {QStringLiteral("StopTask"), &EcsApi::stopTask},
        {QStringLiteral("ListTasks"), &EcsApi::listTasks},
        {QStringLiteral("DescribeTasks"), &EcsApi::describeTasks},
        {QStringLiteral("ListContainerInstances"), &EcsApi::listContainerInstances},
        {QStringLiteral("DescribeContainerInstances"), &EcsApi::describeContainerInstances},
        {QStringLiteral("UpdateContainerInstancesState"), &EcsApi::updateContainerInstancesState},
        {QStringLiteral("DescribeCapacityProviders"), &EcsApi::describeCapacityProviders},
        {QStringLiteral("PutClusterCapacityProviders"), &EcsApi::putClusterCapacityProviders},
    };
    return table;
}

QStringList EcsApi::operations()
{
    QStringList names = handlers().keys();
    names.sort();
    return names;
}

ApiReply EcsApi::call(const QString &operation, const QJsonObject &input)
{
    const auto handler = handlers().constFind(operation);
    if (handler == handlers().cend())
        return ApiReply::error(QStringLiteral("UnknownOperationException"),
                               QStringLiteral("Berth does not answer %1 yet; it answers: %2")
                                   .arg(operation, operations().join(QStringLiteral(", "))));
    if (m_session.state() != RunSession::State::Running)
        return ApiReply::error(QStringLiteral("ServerException"),
                               QStringLiteral("No run is active: start one with Run in the "
                                              "window or 'berth run'."),
                               500);
    return (*handler)(*this, input);
}

Model::ProjectData EcsApi::designWithGroups() const
{
    ProjectData d = m_session.design();
    for (const InstanceUsage &u : m_session.snapshot().instances) {
        Model::Cluster *c = d.cluster(u.cluster);
        if (!c || u.capacityProvider.isEmpty() || c->instance(u.name))
            continue;
        const Model::CapacityProvider *p = c->capacityProvider(u.capacityProvider);
        if (!p)
            continue;
        ContainerInstance i = ContainerInstance::ofType(u.name, u.instanceType, u.availabilityZone);
        i.capacityProviderName = p->name;
        i.status = u.status == QLatin1String("DRAINING") ? ContainerInstance::Status::Draining
                                                         : ContainerInstance::Status::Active;
        c->instances << i;
    }
    return d;
}

EcsApi::Scope EcsApi::scope(const QJsonObject &in) const
{
    Scope scope{designWithGroups(), nameOf(in.value(QLatin1String("cluster")).toString()), {}};
    if (scope.cluster.isEmpty())
        scope.cluster = scope.design.cluster(QStringLiteral("default"))
                                || scope.design.clusters.isEmpty()
                            ? QStringLiteral("default")
                            : scope.design.clusters.first().name;
    if (!scope.design.cluster(scope.cluster))
        scope.error = ApiReply::error(QStringLiteral("ClusterNotFoundException"),
                                      QStringLiteral("Cluster not found."));
    return scope;
}

ApiReply EcsApi::listClusters(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    QJsonArray arns;
    for (const Model::Cluster &c : d.clusters)
        arns.append(d.clusterArn(c.name));
    return page(QStringLiteral("clusterArns"), arns, in);
}

ApiReply EcsApi::describeClusters(const QJsonObject &in)
{
    const ProjectData d = designWithGroups();
    QStringList wanted = namesOf(in.value(QLatin1String("clusters")));
    if (wanted.isEmpty())
        wanted << QStringLiteral("default");
    QJsonArray clusters, failures;
    for (const QString &w : wanted) {
        if (const Model::Cluster *c = d.cluster(nameOf(w)))
            clusters.append(clusterJson(d, *c, m_session.snapshot()));
        else
            failures.append(QJsonObject{{QLatin1String("arn"), d.clusterArn(nameOf(w))},
                                        {QLatin1String("reason"), QStringLiteral("MISSING")}});
    }
    return reply({{QLatin1String("clusters"), clusters}, {QLatin1String("failures"), failures}});
}

ApiReply EcsApi::listServices(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    QJsonArray arns;
    for (const Model::Service &s : d.services) {
        if (s.cluster == cluster)
            arns.append(arn(d, QStringLiteral("service/%1/%2").arg(cluster, s.name)));
    }
    return page(QStringLiteral("serviceArns"), arns, in);
}

ApiReply EcsApi::describeServices(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    return describeEach(QStringLiteral("services"), in, [&](const QString &name) {
        const Model::Service *s = d.service(name);
        if (s && s->cluster == cluster)
            return serviceJson(d, *s, m_session.snapshot());
        const auto deleted = m_deleted.constFind(cluster + u'/' + name);
        return deleted != m_deleted.cend()
                   ? *deleted
                   : missing(arn(d, QStringLiteral("service/%1/%2").arg(cluster, name)));
    });
}

ApiReply EcsApi::updateService(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString name = nameOf(in.value(QLatin1String("service")).toString());
    const Model::Service *s = d.service(name);
    if ((!s || s->cluster != cluster) && m_deleted.contains(cluster + u'/' + name))
        return ApiReply::error(QStringLiteral("ServiceNotActiveException"),
                               QStringLiteral("Service was not ACTIVE."));
    if (!s || s->cluster != cluster)
        return ApiReply::error(QStringLiteral("ServiceNotFoundException"),
                               QStringLiteral("Service not found."));
    QString taskDefinition;
    if (in.contains(QLatin1String("taskDefinition"))) {
        const QString ref =
            taskDefinitionReference(in.value(QLatin1String("taskDefinition")).toString());
        const Model::TaskDefinition *td = d.taskDefinition(ref);
        if (!td)
            return ApiReply::error(QStringLiteral("ClientException"),
                                   QStringLiteral("TaskDefinition not found."));
        taskDefinition = td->key(); // a family is resolved once, now
    }
    const QJsonValue count = in.value(QLatin1String("desiredCount"));
    if (!count.isUndefined() && (!count.isDouble() || count.toInt() < 0))
        return invalid(QStringLiteral("desiredCount must be a non-negative integer."));
    const QJsonObject config = in.value(QLatin1String("deploymentConfiguration")).toObject();
    const bool force = in.value(QLatin1String("forceNewDeployment")).toBool();
    std::optional<QList<Model::PlacementConstraint>> placementConstraints;
    if (in.contains(QLatin1String("placementConstraints"))) {
        placementConstraints.emplace();
        for (const QJsonValue v : in.value(QLatin1String("placementConstraints")).toArray())
            placementConstraints->append(
                {v.toObject().value(QLatin1String("type")).toString(),
                 v.toObject().value(QLatin1String("expression")).toString()});
    }
    std::optional<QList<Model::PlacementStrategy>> placementStrategy;
    if (in.contains(QLatin1String("placementStrategy"))) {
        placementStrategy.emplace();
        for (const QJsonValue v : in.value(QLatin1String("placementStrategy")).toArray())
            placementStrategy->append({v.toObject().value(QLatin1String("type")).toString(),
                                       v.toObject().value(QLatin1String("field")).toString()});
    }
    const QString error = m_session.editDesign(
        QStringLiteral("UpdateService %1").arg(name), [&](ProjectData &design) {
            // The window, `berth service` and the API edit a service with the same edits.
            if (!count.isUndefined())
                Model::DesignEdits::setDesiredCount(design, name, count.toInt());
            if (!taskDefinition.isEmpty())
                Model::DesignEdits::setTaskDefinition(design, name, taskDefinition);
            if (force)
                Model::DesignEdits::forceNewDeployment(design, name);
            Model::Service *edited = design.service(name);
            if (!edited)
                return;
            if (config.contains(QLatin1String("maximumPercent")))
                edited->deploymentConfiguration.maximumPercent =
                    config.value(QLatin1String("maximumPercent")).toInt();
            if (config.contains(QLatin1String("minimumHealthyPercent")))
                edited->deploymentConfiguration.minimumHealthyPercent =
                    config.value(QLatin1String("minimumHealthyPercent")).toInt();
            if (placementConstraints)
                edited->placementConstraints = *placementConstraints;
            if (placementStrategy)
                edited->placementStrategy = *placementStrategy;
            const QJsonObject breaker =
                config.value(QLatin1String("deploymentCircuitBreaker")).toObject();
            if (!breaker.isEmpty()) {
                edited->deploymentConfiguration.circuitBreakerEnable =
                    breaker.value(QLatin1String("enable")).toBool();
                edited->deploymentConfiguration.circuitBreakerRollback =
                    breaker.value(QLatin1String("rollback")).toBool();
            }
        });
    if (!error.isEmpty())
        return invalid(error);
    d = m_session.design();
    return reply({{QLatin1String("service"), serviceJson(d, *d.service(name),
                                                         m_session.snapshot())}});
}

ApiReply EcsApi::createService(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString name = in.value(QLatin1String("serviceName")).toString();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    if (!valid.match(name).hasMatch())
        return invalid(QStringLiteral("serviceName must be 1 to 255 letters, numbers, hyphens "
                                      "and underscores."));
    if (d.service(name))
        return invalid(QStringLiteral("Creation of service was not idempotent."));
    // The project keeps a target group's name where ECS has its ARN, and resolved revisions.
    QJsonObject json = in;
    json.insert(QLatin1String("cluster"), cluster);
    const QString ref =
        taskDefinitionReference(in.value(QLatin1String("taskDefinition")).toString());
    const Model::TaskDefinition *td = d.taskDefinition(ref);
    if (!td)
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("TaskDefinition not found."));
    json.insert(QLatin1String("taskDefinition"), td->key());
    QJsonArray links;
    for (const QJsonValue v : in.value(QLatin1String("loadBalancers")).toArray()) {
        QJsonObject link = v.toObject();
        const QString group = link.value(QLatin1String("targetGroupArn")).toString()
                                  .section(u'/', 1, 1);
        if (!d.targetGroup(group))
            return invalid(QStringLiteral("Unable to find the target group %1.")
                               .arg(link.value(QLatin1String("targetGroupArn")).toString()));
        link.remove(QLatin1String("targetGroupArn"));
        link.insert(QLatin1String("targetGroup"), group);
        links.append(link);
    }
    json.insert(QLatin1String("loadBalancers"), links);
    QList<Model::JsonIssue> issues;
    Model::Service service =
        Model::Service::fromJson(Model::JsonReader(json, QStringLiteral("$"), &issues));
    if (!issues.isEmpty())
        return invalid(QStringLiteral("%1: %2").arg(issues.first().path, issues.first().message));
    service.extra.remove(QLatin1String("clientToken"));
    service.extra.remove(QLatin1String("propagateTags"));
    service.extra.remove(QLatin1String("enableECSManagedTags"));
    if (!service.launchType.isEmpty() && !service.capacityProviderStrategy.isEmpty())
        return invalid(QStringLiteral("Specifying both a launch type and capacity provider "
                                      "strategy is not supported. Remove one and try again."));
    if (const auto wrong =
            strategyError(service.capacityProviderStrategy, associable(*d.cluster(cluster))))
        return *wrong;
    // Neither a launch type nor a strategy: the cluster's default strategy, if it has one.
    const bool byStrategy = !service.capacityProviderStrategy.isEmpty() ||
                            (service.launchType.isEmpty() &&
                             !d.cluster(cluster)->defaultCapacityProviderStrategy.isEmpty());
    if (service.isDaemon() && byStrategy) // aws/containers-roadmap#692
        return invalid(QStringLiteral("Specifying a capacity provider strategy is not supported "
                                      "when you create a service using the DAEMON scheduling "
                                      "strategy."));
    const QString error =
        m_session.editDesign(QStringLiteral("CreateService %1").arg(name),
                             [&](ProjectData &design) { design.services.append(service); });
    if (!error.isEmpty())
        return invalid(error);
    m_deleted.remove(cluster + u'/' + name);
    const ProjectData after = m_session.design();
    return reply({{QLatin1String("service"), serviceJson(after, *after.service(name),
                                                         m_session.snapshot())}});
}

ApiReply EcsApi::deleteService(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString name = nameOf(in.value(QLatin1String("service")).toString());
    const Model::Service *s = d.service(name);
    if (!s || s->cluster != cluster)
        return ApiReply::error(QStringLiteral("ServiceNotFoundException"),
                               QStringLiteral("Service not found."));
    if (s->desiredCount > 0 && !s->isDaemon() && !in.value(QLatin1String("force")).toBool())
        return invalid(QStringLiteral("The service cannot be stopped while it is scaled above "
                                      "0."));
    QJsonObject gone = serviceJson(d, *s, m_session.snapshot());
    const QString error = m_session.editDesign(
        QStringLiteral("DeleteService %1").arg(name), [&](ProjectData &design) {
            design.services.removeIf([&](const Model::Service &x) { return x.name == name; });
        });
    if (!error.isEmpty())
        return invalid(error);
    gone.insert(QLatin1String("desiredCount"), 0);
    gone.insert(QLatin1String("runningCount"), 0);
    gone.insert(QLatin1String("pendingCount"), 0);
    gone.insert(QLatin1String("status"), QStringLiteral("INACTIVE"));
    m_deleted.insert(cluster + u'/' + name, gone);
    gone.insert(QLatin1String("status"), QStringLiteral("DRAINING"));
    return reply({{QLatin1String("service"), gone}});
}

ApiReply EcsApi::registerTaskDefinition(const QJsonObject &in)
{
    const Model::EcsJson::ImportResult imported = Model::EcsJson::importTaskDefinition(in);
    if (!imported.error.isEmpty())
        return ApiReply::error(QStringLiteral("ClientException"), imported.error);
    if (!imported.issues.isEmpty()) {
        const Model::JsonIssue &first = imported.issues.first();
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("%1: %2").arg(first.path, first.message));
    }
    QString key;
    const QString family = imported.definition.value(QLatin1String("family")).toString();
    const QString error =
        m_session.editDesign(QStringLiteral("RegisterTaskDefinition %1").arg(family),
                             [&](ProjectData &design) {
                                 key = design.registerTaskDefinition(imported.definition);
                             });
    if (!error.isEmpty())
        return ApiReply::error(QStringLiteral("ClientException"), error);
    const ProjectData d = m_session.design();
    const Model::TaskDefinition *td = d.taskDefinition(key.isEmpty() ? family : key);
    if (!td)
        return ApiReply::error(QStringLiteral("ServerException"),
                               QStringLiteral("The task definition was not registered."), 500);
    return reply({{QLatin1String("taskDefinition"), taskDefinitionJson(d, *td)},
                  {QLatin1String("tags"), QJsonArray()}});
}

ApiReply EcsApi::describeTaskDefinition(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    const QString ref =
        taskDefinitionReference(in.value(QLatin1String("taskDefinition")).toString());
    const Model::TaskDefinition *td = d.taskDefinition(ref);
    if (!td)
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("Unable to describe task definition."));
    return reply({{QLatin1String("taskDefinition"), taskDefinitionJson(d, *td)},
                  {QLatin1String("tags"), QJsonArray()}});
}

ApiReply EcsApi::deregisterTaskDefinition(const QJsonObject &in)
{
    const QString ref =
        taskDefinitionReference(in.value(QLatin1String("taskDefinition")).toString());
    if (!ref.contains(u':'))
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("The specified task definition identifier is "
                                              "invalid. Specify a valid name or ARN and try "
                                              "again."));
    if (!m_session.design().taskDefinition(ref))
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("The specified task definition does not exist. "
                                              "Specify a valid account, family, revision and "
                                              "try again."));
    const QString error = m_session.editDesign(
        QStringLiteral("DeregisterTaskDefinition %1").arg(ref), [&](ProjectData &design) {
            Model::DesignEdits::deregisterTaskDefinition(design, ref);
        });
    if (!error.isEmpty())
        return ApiReply::error(QStringLiteral("ClientException"), error);
    const ProjectData d = m_session.design();
    return reply({{QLatin1String("taskDefinition"), taskDefinitionJson(d, *d.taskDefinition(ref))}});
}

ApiReply EcsApi::listTaskDefinitions(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    const QString prefix = in.value(QLatin1String("familyPrefix")).toString();
    const QString status = in.value(QLatin1String("status")).toString(QStringLiteral("ACTIVE"));
    QList<const Model::TaskDefinition *> list;
    for (const Model::TaskDefinition &td : d.taskDefinitions) {
        if (td.family().startsWith(prefix)
            && td.isActive() == (status != QLatin1String("INACTIVE")))
            list << &td;
    }
    const bool descending = in.value(QLatin1String("sort")).toString() == QLatin1String("DESC");
    std::sort(list.begin(), list.end(), [descending](auto *a, auto *b) {
        const auto ka = std::make_pair(a->family(), a->revision());
        const auto kb = std::make_pair(b->family(), b->revision());
        return descending ? kb < ka : ka < kb;
    });
    QJsonArray arns;
    for (const Model::TaskDefinition *td : list)
        arns.append(taskDefinitionArn(d, td->key()));
    return page(QStringLiteral("taskDefinitionArns"), arns, in);
}

ApiReply EcsApi::listTaskDefinitionFamilies(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    const QString prefix = in.value(QLatin1String("familyPrefix")).toString();
    const QString status = in.value(QLatin1String("status")).toString(QStringLiteral("ACTIVE"));
    QStringList families;
    for (const QString &f : d.families()) {
        // ACTIVE: families with an active revision; INACTIVE: those with none; ALL: every one.
        const bool active = d.taskDefinition(f) != nullptr;
        if (f.startsWith(prefix)
            && (status == QLatin1String("ALL") || active == (status == QLatin1String("ACTIVE"))))
            families << f;
    }
    families.sort();
    return page(QStringLiteral("families"), QJsonArray::fromStringList(families), in);
}

ApiReply EcsApi::runTask(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString ref =
        taskDefinitionReference(in.value(QLatin1String("taskDefinition")).toString());
    const Model::TaskDefinition *td = d.taskDefinition(ref);
    if (!td)
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("TaskDefinition not found."));
    if (!td->isActive())
        return ApiReply::error(QStringLiteral("ClientException"),
                               QStringLiteral("TaskDefinition is inactive"));
    const int count = in.value(QLatin1String("count")).toInt(1);
    if (count < 1 || count > 10)
        return invalid(QStringLiteral("count must be between 1 and 10."));
    RunTaskRequest request;
    request.cluster = cluster;
    request.taskDefinition = td->key();
    request.count = count;
    request.group = in.value(QLatin1String("group")).toString();
    request.startedBy = in.value(QLatin1String("startedBy")).toString();
    request.launchType = in.value(QLatin1String("launchType")).toString();
    request.capacityProviderStrategy =
        strategyOf(in.value(QLatin1String("capacityProviderStrategy")));
    if (!request.launchType.isEmpty() && !request.capacityProviderStrategy.isEmpty())
        return invalid(QStringLiteral("Specifying both a launch type and capacity provider "
                                      "strategy is not supported. Remove one and try again."));
    const Model::Cluster &designed = *d.cluster(cluster);
    if (request.launchType.isEmpty() && request.capacityProviderStrategy.isEmpty())
        request.capacityProviderStrategy = designed.defaultCapacityProviderStrategy;
    if (const auto wrong = strategyError(request.capacityProviderStrategy, associable(designed)))
        return *wrong;
    if (request.launchType.isEmpty()) // with no default strategy either: EC2, as ECS falls back
        request.launchType = QStringLiteral("EC2");
    if (const QString wrong =
            readOverrides(in.value(QLatin1String("overrides")).toObject(), *td, &request);
        !wrong.isEmpty())
        return invalid(wrong);
    // As ECS does: tasks are placed now, against what runs; what cannot be placed is a failure
    // in the answer, not a task. The engine places the same tasks again on its own thread.
    const EngineSnapshot &snapshot = m_session.snapshot();
    ClusterState state = designClusterState(d, cluster);
    for (const Task &t : snapshot.tasks) {
        if (t.cluster != cluster || t.isStopped())
            continue;
        if (const Model::TaskDefinition *running = d.taskDefinition(t.taskDefinition))
            addLiveTask(state, d, t, *running);
    }
    const Model::TaskDefinition &sized =
        request.definitionOverride ? *request.definitionOverride : *td;
    for (const QJsonValue v : in.value(QLatin1String("placementConstraints")).toArray())
        request.placementConstraints.append(
            {v.toObject().value(QLatin1String("type")).toString(),
             v.toObject().value(QLatin1String("expression")).toString()});
    for (const QJsonValue v : in.value(QLatin1String("placementStrategy")).toArray())
        request.placementStrategy.append({v.toObject().value(QLatin1String("type")).toString(),
                                          v.toObject().value(QLatin1String("field")).toString()});
    TaskRequirements requirements = TaskRequirements::forRunTask(
        sized, request.placementConstraints, request.placementStrategy,
        request.launchType == QLatin1String("FARGATE"));
    if (!requirements.canBePlaced())
        return invalid(requirements.errors.join(QStringLiteral("; ")));
    if (!request.group.isEmpty())
        requirements.group = request.group;
    Placer placer(state);
    QJsonArray failures;
    QStringList placed;
    const auto failure = [&](const PlacementFailure &why) {
        QJsonObject o{{QLatin1String("reason"), reasonOf(why.kind)},
                      {QLatin1String("detail"), why.reason}};
        if (!why.closestInstance.isEmpty())
            o.insert(QLatin1String("arn"),
                     arn(d, QStringLiteral("container-instance/%1/%2")
                                .arg(cluster, ContainerInstance::containerInstanceId(
                                                  cluster, why.closestInstance))));
        return o;
    };
    if (!request.capacityProviderStrategy.isEmpty()) {
        // Each task on the instances of the provider base and weight pick for it. One that
        // finds no room there is a failure: Berth launches instances for services' tasks only.
        const ServicePlacement::ProviderOf providerOf = [&](int i) {
            const Model::ContainerInstance *on = designed.instance(state.instance(i).name);
            return on ? on->capacityProviderName : QString();
        };
        QList<int> running;
        const ServicePlacement::ProviderResult result =
            ServicePlacement(placer, {}, requirements)
                .placeOnProviders(count, request.capacityProviderStrategy, running, providerOf,
                                  [](int) { return Task::newId(); });
        for (const ServicePlacement::Placed &p : result.placed)
            placed << p.task;
        for (const ServicePlacement::Waiting &w : result.waiting)
            failures.append(failure(w.failure));
    }
    for (int i = 0; request.capacityProviderStrategy.isEmpty() && i < count; ++i) {
        const QString id = Task::newId();
        const bool fits = request.launchType == QLatin1String("FARGATE")
                              ? placer.placeOnFargate(requirements, id)
                              : placer.place(requirements, id) >= 0;
        if (fits) {
            placed << id;
            continue;
        }
        const QJsonObject why = failure(ServicePlacement::failure(state, {}, requirements));
        for (int n = i; n < count; ++n) // ECS lists one failure per task it did not start
            failures.append(why);
        break;
    }
    QJsonArray tasks;
    for (const QString &id : placed) {
        request.taskIds << id;
        Task t;
        t.id = request.taskIds.last();
        t.cluster = cluster;
        t.taskDefinition = td->key();
        t.launchType = request.launchType;
        t.group = request.group.isEmpty() ? QStringLiteral("family:") + td->family()
                                          : request.group;
        t.startedBy = request.startedBy;
        t.createdAt = QDateTime::currentDateTimeUtc();
        t.cpu = sized.reservedCpu();
        t.memory = sized.reservedMemory();
        for (const Model::ContainerDefinition &c : td->containers()) {
            ContainerState cs;
            cs.name = c.name();
            t.containers << cs;
        }
        tasks.append(taskJson(d, t));
    }
    request.count = int(placed.size());
    if (!placed.isEmpty())
        m_session.runTask(request);
    return reply({{QLatin1String("tasks"), tasks}, {QLatin1String("failures"), failures}});
}

QString EcsApi::readOverrides(const QJsonObject &overrides, const Model::TaskDefinition &td,
                              RunTaskRequest *request)
{
    // cpu and memory overrides change what the task reserves: the task runs a copy of its
    // definition with them applied.
    Model::TaskDefinition sized = td;
    bool resized = false;
    for (const char *member : {"cpu", "memory"}) {
        const QJsonValue v = overrides.value(QLatin1String(member));
        if (!v.isUndefined()) {
            sized.set(QLatin1String(member), v.isString() ? v : QJsonValue(QString::number(v.toInt())));
            resized = true;
        }
    }
    QList<Model::ContainerDefinition> containers = sized.containers();
    for (const QJsonValue v : overrides.value(QLatin1String("containerOverrides")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (!td.container(name))
            return QStringLiteral("Container Overrides contains invalid container name: %1")
                .arg(name);
        for (Model::ContainerDefinition &c : containers) {
            if (c.name() != name)
                continue;
            for (const char *member : {"cpu", "memory", "memoryReservation"}) {
                const QJsonValue value = o.value(QLatin1String(member));
                if (value.isUndefined())
                    continue;
                if (!value.isDouble() || value.toInt() < 0)
                    return QStringLiteral("Container Overrides %1 of %2 must be a non-negative "
                                          "integer.")
                        .arg(QLatin1String(member), name);
                c.set(QLatin1String(member), value.toInt());
                resized = true;
            }
        }
        if (o.contains(QLatin1String("command")))
            request->commandOverrides.insert(name, namesOf(o.value(QLatin1String("command"))));
        for (const QJsonValue e : o.value(QLatin1String("environment")).toArray())
            request->environmentOverrides[name].append(
                {e.toObject().value(QLatin1String("name")).toString(),
                 e.toObject().value(QLatin1String("value")).toString()});
    }
    if (resized) {
        sized.setContainers(containers);
        request->definitionOverride = sized;
    }
    return {};
}

ApiReply EcsApi::stopTask(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString id = nameOf(in.value(QLatin1String("task")).toString());
    const Task *t = m_session.snapshot().task(id);
    if (!t || t->cluster != cluster)
        return invalid(QStringLiteral("The referenced task was not found."));
    const QString reason = in.value(QLatin1String("reason")).toString();
    m_session.stopTask(id, reason);
    Task stopping = *t;
    stopping.desiredStatus = TaskStatus::Stopped;
    if (stopping.stopCode.isEmpty()) {
        stopping.stopCode = QStringLiteral("UserInitiated");
        stopping.stoppedReason = reason.isEmpty() ? QStringLiteral("Task stopped by user")
                                                  : reason;
    }
    return reply({{QLatin1String("task"), taskJson(d, stopping)}});
}

ApiReply EcsApi::listTasks(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString service = in.value(QLatin1String("serviceName")).toString();
    const QString family = in.value(QLatin1String("family")).toString();
    const QString startedBy = in.value(QLatin1String("startedBy")).toString();
    const QString instance = nameOf(in.value(QLatin1String("containerInstance")).toString());
    const QString desired =
        in.value(QLatin1String("desiredStatus")).toString(QStringLiteral("RUNNING"));
    if (!service.isEmpty() && !d.service(nameOf(service)))
        return ApiReply::error(QStringLiteral("ServiceNotFoundException"),
                               QStringLiteral("Service not found."));
    QJsonArray arns;
    for (const Task &t : m_session.snapshot().tasks) {
        if (t.cluster != cluster || taskStatusName(t.desiredStatus) != desired)
            continue;
        if (!service.isEmpty() && t.service != nameOf(service))
            continue;
        if (!family.isEmpty() && t.taskDefinition.section(u':', 0, 0) != family)
            continue;
        if (!startedBy.isEmpty() && t.startedBy != startedBy)
            continue;
        if (!instance.isEmpty() &&
            ContainerInstance::containerInstanceId(cluster, t.instance) != instance &&
            t.instance != instance)
            continue;
        arns.append(arn(d, QStringLiteral("task/%1/%2").arg(cluster, t.id)));
    }
    return page(QStringLiteral("taskArns"), arns, in);
}

ApiReply EcsApi::describeTasks(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    return describeEach(QStringLiteral("tasks"), in, [&](const QString &id) {
        const Task *t = m_session.snapshot().task(id);
        return t && t->cluster == cluster
                   ? taskJson(d, *t)
                   : missing(arn(d, QStringLiteral("task/%1/%2").arg(cluster, id)));
    });
}

ApiReply EcsApi::listContainerInstances(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString status = in.value(QLatin1String("status")).toString();
    QJsonArray arns;
    for (const Model::ContainerInstance &i : d.cluster(cluster)->instances) {
        if (!status.isEmpty()
            && Model::ContainerInstance::statusName(i.status) != status)
            continue;
        arns.append(
            arn(d, QStringLiteral("container-instance/%1/%2")
                       .arg(cluster, ContainerInstance::containerInstanceId(cluster, i.name))));
    }
    return page(QStringLiteral("containerInstanceArns"), arns, in);
}

ApiReply EcsApi::describeContainerInstances(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const EngineSnapshot &snap = m_session.snapshot();
    QJsonArray instances, failures;
    for (const QString &w : namesOf(in.value(QLatin1String("containerInstances")))) {
        const QString id = nameOf(w);
        const Model::ContainerInstance *found = nullptr;
        for (const Model::ContainerInstance &i : d.cluster(cluster)->instances) {
            if (ContainerInstance::containerInstanceId(cluster, i.name) == id || i.name == id)
                found = &i;
        }
        const QString instanceArn = arn(
            d, QStringLiteral("container-instance/%1/%2")
                   .arg(cluster,
                        found ? ContainerInstance::containerInstanceId(cluster, found->name) : id));
        if (!found) {
            failures.append(QJsonObject{{QLatin1String("arn"), instanceArn},
                                        {QLatin1String("reason"), QStringLiteral("MISSING")}});
            continue;
        }
        int reservedCpu = 0, reservedMemory = 0, running = 0, pending = 0;
        QStringList ports;
        for (const InstanceUsage &u : snap.instances) {
            if (u.cluster == cluster && u.name == found->name) {
                reservedCpu = u.reservedCpu;
                reservedMemory = u.reservedMemory;
            }
        }
        for (const Task &t : snap.tasks) {
            if (t.cluster != cluster || t.instance != found->name || t.isStopped())
                continue;
            running += t.lastStatus == TaskStatus::Running;
            pending += t.lastStatus < TaskStatus::Running;
            for (const ContainerState &c : t.containers) {
                for (const PortBinding &p : c.ports)
                    ports << QString::number(p.hostPort);
            }
        }
        QJsonArray attributes;
        for (auto a = found->attributes.cbegin(); a != found->attributes.cend(); ++a)
            attributes.append(QJsonObject{{QLatin1String("name"), a.key()},
                                          {QLatin1String("value"), a.value()}});
        attributes.append(QJsonObject{{QLatin1String("name"),
                                       QStringLiteral("ecs.availability-zone")},
                                      {QLatin1String("value"), found->availabilityZone}});
        attributes.append(QJsonObject{{QLatin1String("name"), QStringLiteral("ecs.instance-type")},
                                      {QLatin1String("value"), found->instanceType}});
        QJsonObject instance{
            {QLatin1String("containerInstanceArn"), instanceArn},
            {QLatin1String("ec2InstanceId"), found->ec2InstanceId(cluster)},
            {QLatin1String("status"), Model::ContainerInstance::statusName(found->status)},
            {QLatin1String("agentConnected"), true},
            {QLatin1String("runningTasksCount"), running},
            {QLatin1String("pendingTasksCount"), pending},
            {QLatin1String("registeredResources"),
             resources(found->cpuUnits, found->memoryMiB,
                       {QStringLiteral("22"), QStringLiteral("2375"), QStringLiteral("2376"),
                        QStringLiteral("51678"), QStringLiteral("51679")})},
            {QLatin1String("remainingResources"),
             resources(found->cpuUnits - reservedCpu, found->memoryMiB - reservedMemory, ports)},
            {QLatin1String("attributes"), attributes},
            {QLatin1String("versionInfo"),
             QJsonObject{{QLatin1String("agentVersion"), found->agentVersion}}}};
        if (!found->capacityProviderName.isEmpty())
            instance.insert(QLatin1String("capacityProviderName"), found->capacityProviderName);
        instances.append(instance);
    }
    return reply({{QLatin1String("containerInstances"), instances},
                  {QLatin1String("failures"), failures}});
}

ApiReply EcsApi::updateContainerInstancesState(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    const QString status = in.value(QLatin1String("status")).toString();
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("DRAINING"))
        return invalid(QStringLiteral("status must be ACTIVE or DRAINING."));
    QStringList names;
    const Model::Cluster *designed = m_session.design().cluster(cluster);
    for (const QString &w : namesOf(in.value(QLatin1String("containerInstances")))) {
        for (const Model::ContainerInstance &i : d.cluster(cluster)->instances) {
            if (ContainerInstance::containerInstanceId(cluster, i.name) != nameOf(w) &&
                i.name != nameOf(w))
                continue;
            // The group's own instances come and go with the run, not with the design.
            if (!designed || !designed->instance(i.name))
                return invalid(QStringLiteral("Berth does not change the state of %1, an "
                                              "instance capacity provider %2 launched; its "
                                              "group terminates it once it runs no task.")
                                   .arg(i.name, i.capacityProviderName));
            names << i.name;
        }
    }
    const QString error = m_session.editDesign(
        QStringLiteral("UpdateContainerInstancesState %1").arg(status), [&](ProjectData &design) {
            for (const QString &instance : names)
                Model::DesignEdits::setInstanceStatus(
                    design, Model::EntityRef(Model::EntityKind::ContainerInstance, instance, cluster),
                    status == QLatin1String("DRAINING")
                        ? Model::ContainerInstance::Status::Draining
                        : Model::ContainerInstance::Status::Active);
        });
    if (!error.isEmpty())
        return invalid(error);
    QJsonArray ids;
    for (const QString &n : names)
        ids.append(ContainerInstance::containerInstanceId(cluster, n));
    QJsonObject describe{{QLatin1String("cluster"), cluster},
                         {QLatin1String("containerInstances"), ids}};
    return describeContainerInstances(describe);
}

ApiReply EcsApi::describeCapacityProviders(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    const auto providerArn = [&](const QString &name) {
        return arn(d, QStringLiteral("capacity-provider/") + name);
    };
    // FARGATE and FARGATE_SPOT are every account's; then the clusters' Auto Scaling groups.
    QList<QPair<QString, QJsonObject>> all;
    for (const char *fargate : {"FARGATE", "FARGATE_SPOT"}) {
        const QString name = QLatin1String(fargate);
        all.append({name, QJsonObject{{QLatin1String("capacityProviderArn"), providerArn(name)},
                                      {QLatin1String("name"), name},
                                      {QLatin1String("status"), QStringLiteral("ACTIVE")},
                                      {QLatin1String("type"), name},
                                      {QLatin1String("tags"), QJsonArray()}}});
    }
    for (const Model::Cluster &c : d.clusters) {
        for (const Model::CapacityProvider &p : c.capacityProviders) {
            QJsonObject group = Model::CapacityProviderExport::createCapacityProvider(p)
                                    .value(QLatin1String("autoScalingGroupProvider"))
                                    .toObject();
            const QString uuid = QUuid::createUuidV5(QUuid(), d.clusterArn(c.name) + u'/' + p.name)
                                     .toString(QUuid::WithoutBraces);
            group.insert(QLatin1String("autoScalingGroupArn"),
                         QStringLiteral("arn:aws:autoscaling:%1:%2:autoScalingGroup:%3:"
                                        "autoScalingGroupName/%4")
                             .arg(d.region, d.accountId, uuid, p.name));
            group.insert(QLatin1String("managedDraining"), QStringLiteral("ENABLED"));
            all.append(
                {p.name,
                 QJsonObject{{QLatin1String("capacityProviderArn"), providerArn(p.name)},
                             {QLatin1String("name"), p.name},
                             {QLatin1String("status"), QStringLiteral("ACTIVE")},
                             {QLatin1String("type"), QStringLiteral("EC2_AUTOSCALING")},
                             {QLatin1String("autoScalingGroupProvider"), group},
                             {QLatin1String("updateStatus"), QStringLiteral("UPDATE_COMPLETE")},
                             {QLatin1String("tags"), QJsonArray()}}});
        }
    }
    const QStringList wanted = namesOf(in.value(QLatin1String("capacityProviders")));
    QJsonArray providers, failures;
    if (wanted.isEmpty()) {
        for (const auto &[name, json] : std::as_const(all))
            providers.append(json);
        return page(QStringLiteral("capacityProviders"), providers, in);
    }
    for (const QString &w : wanted) {
        const QString name = nameOf(w);
        const auto it =
            std::find_if(all.cbegin(), all.cend(), [&](const auto &p) { return p.first == name; });
        if (it == all.cend())
            failures.append(QJsonObject{{QLatin1String("arn"), providerArn(name)},
                                        {QLatin1String("reason"), QStringLiteral("MISSING")}});
        else
            providers.append(it->second);
    }
    return reply(
        {{QLatin1String("capacityProviders"), providers}, {QLatin1String("failures"), failures}});
}

ApiReply EcsApi::putClusterCapacityProviders(const QJsonObject &in)
{
    auto [d, cluster, problem] = scope(in);
    if (problem)
        return *problem;
    if (!in.value(QLatin1String("capacityProviders")).isArray() ||
        !in.value(QLatin1String("defaultCapacityProviderStrategy")).isArray())
        return invalid(QStringLiteral("capacityProviders and defaultCapacityProviderStrategy are "
                                      "both required; give [] for none."));
    const Model::Cluster &c = *d.cluster(cluster);
    const QStringList names = namesOf(in.value(QLatin1String("capacityProviders")));
    for (const QString &name : names) {
        if (associable(c).contains(name))
            continue;
        for (const Model::Cluster &other : d.clusters) {
            // A group's provider is defined in its cluster in the design: it moves nowhere.
            if (other.capacityProvider(name))
                return ApiReply::error(QStringLiteral("ResourceInUseException"),
                                       QStringLiteral("The capacity provider %1 is associated "
                                                      "with cluster %2.")
                                           .arg(name, other.name));
        }
        return invalid(
            QStringLiteral("The specified capacity provider %1 does not exist.").arg(name));
    }
    // The cluster's providers left out are disassociated, unless a task or a service uses them.
    QStringList removed;
    for (const Model::CapacityProvider &p : c.capacityProviders) {
        if (!names.contains(p.name))
            removed << p.name;
    }
    const auto inUse = [&](const QString &provider) {
        for (const Task &t : m_session.snapshot().tasks) {
            const Model::ContainerInstance *on = c.instance(t.instance);
            if (t.cluster == cluster && !t.isStopped() && on &&
                on->capacityProviderName == provider)
                return true;
        }
        return std::any_of(d.services.cbegin(), d.services.cend(), [&](const Model::Service &s) {
            return s.cluster == cluster &&
                   std::any_of(s.capacityProviderStrategy.cbegin(),
                               s.capacityProviderStrategy.cend(),
                               [&](const Model::CapacityProviderStrategyItem &i) {
                                   return i.capacityProvider == provider;
                               });
        });
    };
    if (std::any_of(removed.cbegin(), removed.cend(), inUse))
        return ApiReply::error(QStringLiteral("ResourceInUseException"),
                               QStringLiteral("The specified capacity provider is in use and "
                                              "cannot be removed."));
    const QList<Model::CapacityProviderStrategyItem> strategy =
        strategyOf(in.value(QLatin1String("defaultCapacityProviderStrategy")));
    if (const auto wrong = strategyError(strategy, names))
        return *wrong;
    const QString error = m_session.editDesign(
        QStringLiteral("PutClusterCapacityProviders %1").arg(cluster), [&](ProjectData &design) {
            Model::Cluster *edited = design.cluster(cluster);
            if (!edited)
                return;
            edited->capacityProviders.removeIf(
                [&](const Model::CapacityProvider &p) { return removed.contains(p.name); });
            edited->defaultCapacityProviderStrategy = strategy;
        });
    if (!error.isEmpty())
        return invalid(error);
    const ProjectData after = designWithGroups();
    return reply({{QLatin1String("cluster"),
                   clusterJson(after, *after.cluster(cluster), m_session.snapshot())}});
}

} // namespace Berth::Engine
