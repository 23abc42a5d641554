#include "model/containerdefinition.h"

#include <QJsonArray>

namespace Berth::Model {

namespace {

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    return v.toInt();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

void ContainerDefinition::set(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        m_json.remove(key);
    else
        m_json.insert(key, value);
}

QString ContainerDefinition::name() const
{
    return m_json.value(QLatin1String("name")).toString();
}

QString ContainerDefinition::image() const
{
    return m_json.value(QLatin1String("image")).toString();
}

int ContainerDefinition::cpu() const
{
    return m_json.value(QLatin1String("cpu")).toInt(0);
}

std::optional<int> ContainerDefinition::memory() const
{
    return optionalInt(m_json, "memory");
}

std::optional<int> ContainerDefinition::memoryReservation() const
{
    return optionalInt(m_json, "memoryReservation");
}

int ContainerDefinition::reservedMemory() const
{
    if (const auto r = memoryReservation())
        return *r;
    return memory().value_or(0);
}

bool ContainerDefinition::essential() const
{
    return m_json.value(QLatin1String("essential")).toBool(true);
}

QList<PortMapping> ContainerDefinition::portMappings() const
{
    QList<PortMapping> out;
    for (const QJsonValue v : m_json.value(QLatin1String("portMappings")).toArray()) {
        const QJsonObject o = v.toObject();
        PortMapping p;
        p.containerPort = o.value(QLatin1String("containerPort")).toInt();
        p.hostPort = optionalInt(o, "hostPort");
        p.protocol = o.value(QLatin1String("protocol")).toString(QStringLiteral("tcp"));
        p.name = o.value(QLatin1String("name")).toString();
        out.append(p);
    }
    return out;
}

void ContainerDefinition::setPortMappings(const QList<PortMapping> &mappings)
{
    // Keep members Berth does not model (appProtocol, containerPortRange) where they match.
    const QJsonArray old = m_json.value(QLatin1String("portMappings")).toArray();
    QJsonArray a;
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const PortMapping &p = mappings.at(i);
        QJsonObject o = i < old.size() ? old.at(i).toObject() : QJsonObject();
        o.insert(QLatin1String("containerPort"), p.containerPort);
        if (p.hostPort)
            o.insert(QLatin1String("hostPort"), *p.hostPort);
        else
            o.remove(QLatin1String("hostPort"));
        o.insert(QLatin1String("protocol"), p.protocol);
        if (!p.name.isEmpty())
            o.insert(QLatin1String("name"), p.name);
        a.append(o);
    }
    set(QStringLiteral("portMappings"), a);
}

QStringList ContainerDefinition::links() const
{
    return stringList(m_json.value(QLatin1String("links")));
}

QList<ContainerDependency> ContainerDefinition::dependsOn() const
{
    QList<ContainerDependency> out;
    for (const QJsonValue v : m_json.value(QLatin1String("dependsOn")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("containerName")).toString(),
                    o.value(QLatin1String("condition")).toString()});
    }
    return out;
}

std::optional<ContainerHealthCheck> ContainerDefinition::healthCheck() const
{
    const QJsonValue v = m_json.value(QLatin1String("healthCheck"));
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    ContainerHealthCheck h;
    h.command = stringList(o.value(QLatin1String("command")));
    h.interval = o.value(QLatin1String("interval")).toInt(30);
    h.timeout = o.value(QLatin1String("timeout")).toInt(5);
    h.retries = o.value(QLatin1String("retries")).toInt(3);
    h.startPeriod = optionalInt(o, "startPeriod");
    return h;
}

QList<QPair<QString, QString>> ContainerDefinition::environment() const
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue v : m_json.value(QLatin1String("environment")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("name")).toString(),
                    o.value(QLatin1String("value")).toString()});
    }
    return out;
}

QList<SecretReference> ContainerDefinition::secrets() const
{
    QList<SecretReference> out;
    for (const QJsonValue v : m_json.value(QLatin1String("secrets")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("name")).toString(),
                    o.value(QLatin1String("valueFrom")).toString()});
    }
    return out;
}

QStringList ContainerDefinition::command() const
{
    return stringList(m_json.value(QLatin1String("command")));
}

QStringList ContainerDefinition::entryPoint() const
{
    return stringList(m_json.value(QLatin1String("entryPoint")));
}

void ContainerDefinition::setMemory(std::optional<int> mib)
{
    set(QStringLiteral("memory"), mib ? QJsonValue(*mib) : QJsonValue());
}

void ContainerDefinition::setMemoryReservation(std::optional<int> mib)
{
    set(QStringLiteral("memoryReservation"), mib ? QJsonValue(*mib) : QJsonValue());
}

} // namespace Berth::Model
