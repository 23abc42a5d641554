#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Model {

struct PortMapping
{
    int containerPort = 0;
    std::optional<int> hostPort; ///< absent or 0 in bridge mode: a dynamic host port
    QString protocol = QStringLiteral("tcp");
    QString name;
    bool isDynamic() const { return !hostPort || *hostPort == 0; }
};

struct ContainerDependency
{
    QString containerName;
    QString condition; ///< START, COMPLETE, SUCCESS, HEALTHY
};

struct ContainerHealthCheck
{
    QStringList command;
    int interval = 30;
    int timeout = 5;
    int retries = 3;
    std::optional<int> startPeriod;
};

struct SecretReference
{
    QString name;
    QString valueFrom;
};

/// One entry of containerDefinitions, kept in ECS's JSON shape with typed accessors.
/// Members Berth does not model are kept as they are.
class ContainerDefinition
{
public:
    ContainerDefinition() = default;
    explicit ContainerDefinition(const QJsonObject &json) : m_json(json) {}

    const QJsonObject &json() const { return m_json; }
    void set(const QString &key, const QJsonValue &value);

    QString name() const;
    QString image() const;
    int cpu() const;
    std::optional<int> memory() const;
    std::optional<int> memoryReservation() const;
    /// memoryReservation when set, else memory: what the scheduler reserves.
    int reservedMemory() const;
    bool essential() const;
    QList<PortMapping> portMappings() const;
    QStringList links() const;
    QList<ContainerDependency> dependsOn() const;
    std::optional<ContainerHealthCheck> healthCheck() const;
    QList<QPair<QString, QString>> environment() const;
    QList<SecretReference> secrets() const;
    QStringList command() const;
    QStringList entryPoint() const;

    void setName(const QString &name) { set(QStringLiteral("name"), name); }
    void setImage(const QString &image) { set(QStringLiteral("image"), image); }
    void setCpu(int units) { set(QStringLiteral("cpu"), units); }
    void setMemory(std::optional<int> mib);
    void setMemoryReservation(std::optional<int> mib);
    void setEssential(bool essential) { set(QStringLiteral("essential"), essential); }
    void setPortMappings(const QList<PortMapping> &mappings);

    bool operator==(const ContainerDefinition &) const = default;

private:
    QJsonObject m_json;
};

} // namespace Berth::Model
