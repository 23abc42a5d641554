#pragma once

#include <QJsonObject>
#include <QString>

namespace Berth::Model {

/// ECS placement constraint: type distinctInstance, or memberOf with an expression in the
/// cluster query language.
struct PlacementConstraint
{
    QString type;
    QString expression;

    QJsonObject toJson() const
    {
        QJsonObject o{{QLatin1String("type"), type}};
        if (!expression.isEmpty())
            o.insert(QLatin1String("expression"), expression);
        return o;
    }
    static PlacementConstraint fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1String("type")).toString(),
                o.value(QLatin1String("expression")).toString()};
    }
    bool operator==(const PlacementConstraint &) const = default;
};

/// ECS placement strategy: binpack (cpu|memory), spread (instanceId|host|attribute:NAME),
/// random.
struct PlacementStrategy
{
    QString type;
    QString field;

    QJsonObject toJson() const
    {
        QJsonObject o{{QLatin1String("type"), type}};
        if (!field.isEmpty())
            o.insert(QLatin1String("field"), field);
        return o;
    }
    static PlacementStrategy fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1String("type")).toString(),
                o.value(QLatin1String("field")).toString()};
    }
    bool operator==(const PlacementStrategy &) const = default;
};

} // namespace Berth::Model
