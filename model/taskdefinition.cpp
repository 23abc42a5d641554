#include "model/taskdefinition.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Berth::Model {

namespace {

std::optional<int> parseUnits(const QString &text, const QString &bigUnit, int factor)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$)"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit.isEmpty())
        return m.captured(1).contains(u'.') ? std::nullopt : std::optional<int>(int(n));
    if (unit == bigUnit)
        return int(n * factor);
    return std::nullopt;
}

} // namespace

void TaskDefinition::set(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        m_json.remove(key);
    else
        m_json.insert(key, value);
}

QString TaskDefinition::key() const
{
    return family() + u':' + QString::number(m_revision);
}

QString TaskDefinition::family() const
{
    return m_json.value(QLatin1String("family")).toString();
}

QString TaskDefinition::networkMode() const
{
    const QString mode = m_json.value(QLatin1String("networkMode")).toString();
    return mode.isEmpty() ? QStringLiteral("bridge") : mode;
}

QStringList TaskDefinition::requiresCompatibilities() const
{
    QStringList out;
    for (const QJsonValue v : m_json.value(QLatin1String("requiresCompatibilities")).toArray())
        out << v.toString();
    return out;
}

bool TaskDefinition::requiresFargate() const
{
    return requiresCompatibilities().contains(QLatin1String("FARGATE"));
}

std::optional<int> TaskDefinition::parseCpu(const QString &text)
{
    return parseUnits(text, QStringLiteral("vcpu"), 1024);
}

std::optional<int> TaskDefinition::parseMemory(const QString &text)
{
    if (auto gb = parseUnits(text, QStringLiteral("gb"), 1024))
        return gb;
    return parseUnits(text, QStringLiteral("mb"), 1);
}

std::optional<int> TaskDefinition::cpu() const
{
    const QJsonValue v = m_json.value(QLatin1String("cpu"));
    if (v.isDouble())
        return v.toInt();
    return v.isString() ? parseCpu(v.toString()) : std::nullopt;
}

std::optional<int> TaskDefinition::memory() const
{
    const QJsonValue v = m_json.value(QLatin1String("memory"));
    if (v.isDouble())
        return v.toInt();
    return v.isString() ? parseMemory(v.toString()) : std::nullopt;
}

QList<ContainerDefinition> TaskDefinition::containers() const
{
    QList<ContainerDefinition> out;
    for (const QJsonValue v : m_json.value(QLatin1String("containerDefinitions")).toArray())
        out.append(ContainerDefinition(v.toObject()));
    return out;
}

std::optional<ContainerDefinition> TaskDefinition::container(const QString &name) const
{
    for (const ContainerDefinition &c : containers()) {
        if (c.name() == name)
            return c;
    }
    return std::nullopt;
}

void TaskDefinition::setContainers(const QList<ContainerDefinition> &list)
{
    QJsonArray a;
    for (const ContainerDefinition &c : list)
        a.append(c.json());
    m_json.insert(QLatin1String("containerDefinitions"), a);
}

QList<PlacementConstraint> TaskDefinition::placementConstraints() const
{
    QList<PlacementConstraint> out;
    for (const QJsonValue v : m_json.value(QLatin1String("placementConstraints")).toArray())
        out.append(PlacementConstraint::fromJson(v.toObject()));
    return out;
}

int TaskDefinition::reservedCpu() const
{
    if (const auto c = cpu())
        return *c;
    int sum = 0;
    for (const ContainerDefinition &c : containers())
        sum += c.cpu();
    return sum;
}

int TaskDefinition::reservedMemory() const
{
    if (const auto m = memory())
        return *m;
    int sum = 0;
    for (const ContainerDefinition &c : containers())
        sum += c.reservedMemory();
    return sum;
}

QJsonObject TaskDefinition::toProjectJson() const
{
    QJsonObject o{{QLatin1String("revision"), m_revision},
                  {QLatin1String("canvas"),
                   QJsonObject{{QLatin1String("x"), m_position.x()},
                               {QLatin1String("y"), m_position.y()}}},
                  {QLatin1String("definition"), m_json}};
    if (!m_active)
        o.insert(QLatin1String("status"), QStringLiteral("INACTIVE"));
    return o;
}

TaskDefinition TaskDefinition::fromProjectJson(const JsonReader &in)
{
    TaskDefinition td(in.rawObject(QStringLiteral("definition")),
                      in.integer(QStringLiteral("revision"), 1));
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    td.m_position = QPointF(canvas.number(QStringLiteral("x")),
                            canvas.number(QStringLiteral("y")));
    td.m_active = in.string(QStringLiteral("status"), QStringLiteral("ACTIVE"))
                  != QLatin1String("INACTIVE");
    return td;
}

} // namespace Berth::Model
