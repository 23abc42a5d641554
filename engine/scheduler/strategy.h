#pragma once

#include "model/placement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Engine {

/// One ECS task placement strategy. Strategies are chained: each breaks the ties the one
/// before it leaves. binpack(cpu|memory) prefers the instance with the least remaining of the
/// field; spread(instanceId|host) the instance with the fewest tasks of the group;
/// spread(attribute:NAME) the attribute value with the fewest tasks of the group; random
/// picks among the remaining ties with the placer's seeded generator.
class Strategy
{
public:
    enum class Type { Binpack, Spread, Random };
    enum class Field { None, Cpu, Memory, InstanceId, Attribute };

    Strategy() = default;
    static Strategy binpack(Field resource);
    static Strategy spreadInstances();
    static Strategy spreadAttribute(const QString &attribute);
    static Strategy random();

    /// Reads ECS's {type, field}; std::nullopt and a sentence in error when ECS would refuse it.
    static std::optional<Strategy> fromModel(const Model::PlacementStrategy &strategy,
                                             QString *error = nullptr);
    /// What ECS applies to a service created without placementStrategy (the console's
    /// "AZ balanced spread"): spread(attribute:ecs.availability-zone), spread(instanceId).
    static QList<Strategy> serviceDefault();

    Type type() const { return m_type; }
    Field field() const { return m_field; }
    /// The attribute name of spread(attribute:NAME), else empty.
    QString attribute() const { return m_attribute; }

    bool isBinpack() const { return m_type == Type::Binpack; }
    bool isSpreadAttribute() const
    {
        return m_type == Type::Spread && m_field == Field::Attribute;
    }
    bool isSpreadInstances() const
    {
        return m_type == Type::Spread && m_field == Field::InstanceId;
    }

    /// "binpack(memory)", "spread(attribute:ecs.availability-zone)", "random".
    QString toString() const;
    static QString toString(const QList<Strategy> &chain);

    bool operator==(const Strategy &) const = default;

private:
    Strategy(Type type, Field field, const QString &attribute = {});

    Type m_type = Type::Random;
    Field m_field = Field::None;
    QString m_attribute;
};

} // namespace Berth::Engine
