#include "engine/scheduler/plan.h"
#include "engine/enginetr.h"
#include "model/export/capacityproviderexport.h"

#include <QJsonArray>

namespace Berth::Engine {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject instanceJson(const InstancePlan &in)
{
    QJsonArray ports;
    for (const ClusterState::PortUse &use : in.ports) {
        ports.append(QJsonObject{{QLatin1String("port"), use.port.port},
                                 {QLatin1String("protocol"), use.port.protocolName()},
                                 {QLatin1String("task"), stringOrNull(use.task)}});
    }
    QJsonObject o{
        {QLatin1String("cluster"), in.cluster},
        {QLatin1String("name"), in.name},
        {QLatin1String("address"), in.address},
        {QLatin1String("cpu"), QJsonObject{{QLatin1String("registered"), in.cpuRegistered},
                                           {QLatin1String("reserved"), in.cpuReserved}}},
        {QLatin1String("memory"), QJsonObject{{QLatin1String("registered"), in.memoryRegistered},
                                              {QLatin1String("reserved"), in.memoryReserved}}},
        {QLatin1String("ports"), ports},
    };
    if (!in.capacityProvider.isEmpty())
        o.insert(QLatin1String("capacityProvider"), in.capacityProvider);
    if (in.launchedByScaling)
        o.insert(QLatin1String("launchedByManagedScaling"), true);
    return o;
}

QJsonObject serviceJson(const ServicePlan &s)
{
    QJsonArray placed;
    for (const PlannedTask &t : s.placed) {
        QJsonObject task{{QLatin1String("task"), t.task},
                         {QLatin1String("instance"), stringOrNull(t.instance)}};
        if (t.provisioning)
            task.insert(QLatin1String("provisioning"), true);
        placed.append(task);
    }
    QJsonArray unplaced;
    for (const PlacementFailure &f : s.unplaced) {
        unplaced.append(QJsonObject{{QLatin1String("ecsMessage"), f.ecsMessage},
                                    {QLatin1String("reason"), f.reason},
                                    {QLatin1String("closestInstance"),
                                     stringOrNull(f.closestInstance)}});
    }
    QJsonObject o{{QLatin1String("cluster"), s.cluster},
                  {QLatin1String("name"), s.name},
                  {QLatin1String("desiredCount"), s.desiredCount},
                  {QLatin1String("placed"), placed},
                  {QLatin1String("unplaced"), unplaced}};
    if (!s.capacityProviderStrategy.isEmpty())
        o.insert(QLatin1String("capacityProviderStrategy"),
                 Model::CapacityProviderExport::strategy(s.capacityProviderStrategy));
    if (s.defaultCapacityProviderStrategy)
        o.insert(QLatin1String("defaultCapacityProviderStrategy"), true);
    if (s.waitingForCapacity > 0)
        o.insert(QLatin1String("waitingForCapacity"),
                 QJsonObject{{QLatin1String("capacityProvider"), s.capacityProvider},
                             {QLatin1String("tasks"), s.waitingForCapacity}});
    return o;
}

} // namespace

QString ServicePlan::defaultStrategyText() const
{
    if (!defaultCapacityProviderStrategy)
        return {};
    QStringList items;
    for (const Model::CapacityProviderStrategyItem &item : capacityProviderStrategy)
        items << Tr::tr("%1 (base %2, weight %3)")
                     .arg(item.capacityProvider)
                     .arg(item.base)
                     .arg(item.weight);
    return Tr::tr("by the default capacity provider strategy of cluster %1: %2")
        .arg(cluster, items.join(QStringLiteral(", ")));
}

int Plan::unplacedCount() const
{
    int n = 0;
    for (const ServicePlan &s : services)
        n += int(s.unplaced.size());
    return n;
}

int Plan::stallCount() const
{
    return int(std::count_if(preflight.cbegin(), preflight.cend(),
                             [](const PreflightFinding &f) { return f.stalls; }));
}

QJsonObject Plan::toJson() const
{
    QJsonArray instancesJson;
    for (const InstancePlan &in : instances)
        instancesJson.append(instanceJson(in));
    QJsonArray servicesJson;
    for (const ServicePlan &s : services)
        servicesJson.append(serviceJson(s));
    QJsonArray preflightJson;
    for (const PreflightFinding &f : preflight) {
        preflightJson.append(QJsonObject{{QLatin1String("service"), f.service},
                                         {QLatin1String("stalls"), f.stalls},
                                         {QLatin1String("reason"), f.reason},
                                         {QLatin1String("fixes"),
                                          QJsonArray::fromStringList(f.fixes)}});
    }
    return QJsonObject{{QLatin1String("instances"), instancesJson},
                       {QLatin1String("services"), servicesJson},
                       {QLatin1String("preflight"), preflightJson}};
}

} // namespace Berth::Engine
