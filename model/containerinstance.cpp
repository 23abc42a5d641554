#include "model/containerinstance.h"

#include "model/instancetypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Berth::Model {

QString ContainerInstance::ec2InstanceId(const QString &clusterName) const
{
    const QByteArray digest = QCryptographicHash::hash((clusterName + u'/' + name).toUtf8(),
                                                       QCryptographicHash::Sha1);
    return QStringLiteral("i-") + QString::fromLatin1(digest.toHex().left(17));
}

QString ContainerInstance::containerInstanceId(const QString &clusterName, const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash((clusterName + u'/' + name).toUtf8(),
                                                        QCryptographicHash::Md5)
                                   .toHex());
}

QMap<QString, QString> ContainerInstance::allAttributes() const
{
    QMap<QString, QString> all = attributes;
    all.insert(QStringLiteral("ecs.availability-zone"), availabilityZone);
    all.insert(QStringLiteral("ecs.instance-type"), instanceType);
    all.insert(QStringLiteral("ecs.os-type"), osType);
    all.insert(QStringLiteral("ecs.cpu-architecture"), cpuArchitecture);
    if (!all.contains(QStringLiteral("ecs.ami-id")))
        all.insert(QStringLiteral("ecs.ami-id"), QStringLiteral("ami-berth-local"));
    return all;
}

int ContainerInstance::registeredMemoryFor(int physicalMiB)
{
    // The ECS agent registers what the OS reports, a little under the nominal size.
    return physicalMiB - std::max(64, physicalMiB / 20);
}

ContainerInstance ContainerInstance::ofType(const QString &name, const QString &instanceType,
                                            const QString &availabilityZone)
{
    ContainerInstance ci;
    ci.name = name;
    ci.instanceType = instanceType;
    ci.availabilityZone = availabilityZone;
    if (const auto t = InstanceTypes::find(instanceType)) {
        ci.cpuUnits = t->cpuUnits();
        ci.memoryMiB = registeredMemoryFor(t->memoryMiB);
    }
    ci.registeredAt = QDateTime::currentDateTimeUtc();
    return ci;
}

QString ContainerInstance::statusName(Status s)
{
    return s == Status::Draining ? QStringLiteral("DRAINING") : QStringLiteral("ACTIVE");
}

QJsonObject ContainerInstance::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("instanceType"), instanceType);
    o.insert(QLatin1String("cpu"), cpuUnits);
    o.insert(QLatin1String("memory"), memoryMiB);
    o.insert(QLatin1String("availabilityZone"), availabilityZone);
    if (!attributes.isEmpty()) {
        QJsonObject a;
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            a.insert(it.key(), it.value());
        o.insert(QLatin1String("attributes"), a);
    }
    o.insert(QLatin1String("status"), statusName(status));
    if (registeredAt.isValid())
        o.insert(QLatin1String("registeredAt"), registeredAt.toString(Qt::ISODate));
    if (osType != QLatin1String("linux"))
        o.insert(QLatin1String("osType"), osType);
    if (cpuArchitecture != QLatin1String("x86_64"))
        o.insert(QLatin1String("cpuArchitecture"), cpuArchitecture);
    if (agentVersion != QLatin1String(kDefaultAgentVersion))
        o.insert(QLatin1String("agentVersion"), agentVersion);
    if (!capacityProviderName.isEmpty())
        o.insert(QLatin1String("capacityProviderName"), capacityProviderName);
    o.insert(QLatin1String("canvas"),
             QJsonObject{{QLatin1String("x"), position.x()}, {QLatin1String("y"), position.y()}});
    return o;
}

ContainerInstance ContainerInstance::fromJson(const JsonReader &in)
{
    ContainerInstance ci;
    ci.name = in.string(QStringLiteral("name"));
    ci.capacityProviderName = in.string(QStringLiteral("capacityProviderName"));
    ci.instanceType = in.string(QStringLiteral("instanceType"), ci.instanceType);
    if (const auto t = InstanceTypes::find(ci.instanceType)) {
        ci.cpuUnits = t->cpuUnits();
        ci.memoryMiB = registeredMemoryFor(t->memoryMiB);
    }
    ci.cpuUnits = in.integer(QStringLiteral("cpu"), ci.cpuUnits);
    ci.memoryMiB = in.integer(QStringLiteral("memory"), ci.memoryMiB);
    ci.availabilityZone = in.string(QStringLiteral("availabilityZone"), ci.availabilityZone);
    const QJsonObject attrs = in.rawObject(QStringLiteral("attributes"));
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        ci.attributes.insert(it.key(), it.value().toString());
    const QString status = in.string(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    if (status == QLatin1String("DRAINING"))
        ci.status = Status::Draining;
    else if (status != QLatin1String("ACTIVE"))
        in.fail(QStringLiteral("status"),
                QCoreApplication::translate("Berth::Model", "expected ACTIVE or DRAINING, "
                                                            "found \"%1\"")
                    .arg(status));
    ci.registeredAt = QDateTime::fromString(in.string(QStringLiteral("registeredAt")),
                                            Qt::ISODate);
    ci.osType = in.string(QStringLiteral("osType"), ci.osType);
    ci.cpuArchitecture = in.string(QStringLiteral("cpuArchitecture"), ci.cpuArchitecture);
    ci.agentVersion = in.string(QStringLiteral("agentVersion"), ci.agentVersion);
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    ci.position = QPointF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")));
    return ci;
}

} // namespace Berth::Model
