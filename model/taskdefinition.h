#pragma once

#include "model/containerdefinition.h"
#include "model/jsonreader.h"
#include "model/placement.h"

#include <QJsonObject>
#include <QPointF>

#include <optional>

namespace Berth::Model {

/// One revision of a task definition family, held in ECS's RegisterTaskDefinition input
/// shape. Typed accessors read and write it; members Berth does not model survive.
class TaskDefinition
{
public:
    TaskDefinition() = default;
    explicit TaskDefinition(const QJsonObject &json, int revision = 1)
        : m_json(json), m_revision(revision)
    {
    }

    const QJsonObject &json() const { return m_json; }
    void setJson(const QJsonObject &json) { m_json = json; }
    void set(const QString &key, const QJsonValue &value);

    int revision() const { return m_revision; }
    void setRevision(int revision) { m_revision = revision; }
    /// ACTIVE, or INACTIVE once deregistered: it stays describable and keeps running where
    /// it runs, but a family reference no longer resolves to it.
    bool isActive() const { return m_active; }
    void setActive(bool active) { m_active = active; }
    /// "family:revision", how services and the engine name it.
    QString key() const;

    QPointF position() const { return m_position; }
    void setPosition(QPointF p) { m_position = p; }

    QString family() const;
    /// The network mode in effect: the member when set, else bridge (EC2 on Linux).
    QString networkMode() const;
    QStringList requiresCompatibilities() const;
    bool requiresFargate() const;
    /// Task-level CPU units and memory MiB, parsed from "256", "1 vCPU", "2 GB" forms.
    std::optional<int> cpu() const;
    std::optional<int> memory() const;

    QList<ContainerDefinition> containers() const;
    std::optional<ContainerDefinition> container(const QString &name) const;
    void setContainers(const QList<ContainerDefinition> &containers);
    QList<PlacementConstraint> placementConstraints() const;

    /// What the scheduler reserves: task-level values when set, else the sums over the
    /// containers (memoryReservation when there is no hard limit).
    int reservedCpu() const;
    int reservedMemory() const;

    static std::optional<int> parseCpu(const QString &text);
    static std::optional<int> parseMemory(const QString &text);

    /// The project file's entry: {"revision", "canvas", "definition"}.
    QJsonObject toProjectJson() const;
    static TaskDefinition fromProjectJson(const JsonReader &in);

    bool operator==(const TaskDefinition &) const = default;

private:
    QJsonObject m_json;
    int m_revision = 1;
    bool m_active = true;
    QPointF m_position;
};

} // namespace Berth::Model
