#include "engine/scheduler/strategy.h"
#include "engine/enginetr.h"

#include <QCoreApplication>

namespace Berth::Engine {

namespace {

const QString kAttributePrefix = QStringLiteral("attribute:");

} // namespace

Strategy::Strategy(Type type, Field field, const QString &attribute)
    : m_type(type)
    , m_field(field)
    , m_attribute(attribute)
{
}

Strategy Strategy::binpack(Field resource)
{
    return Strategy(Type::Binpack, resource == Field::Cpu ? Field::Cpu : Field::Memory);
}

Strategy Strategy::spreadInstances()
{
    return Strategy(Type::Spread, Field::InstanceId);
}

Strategy Strategy::spreadAttribute(const QString &attribute)
{
    return Strategy(Type::Spread, Field::Attribute, attribute);
}

Strategy Strategy::random()
{
    return Strategy(Type::Random, Field::None);
}

std::optional<Strategy> Strategy::fromModel(const Model::PlacementStrategy &strategy,
                                            QString *error)
{
    const QString type = strategy.type;
    const QString field = strategy.field;
    auto fail = [error](const QString &message) -> std::optional<Strategy> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (type == QLatin1String("random"))
        return random();
    if (type == QLatin1String("binpack")) {
        if (field.compare(QLatin1String("cpu"), Qt::CaseInsensitive) == 0)
            return binpack(Field::Cpu);
        if (field.compare(QLatin1String("memory"), Qt::CaseInsensitive) == 0)
            return binpack(Field::Memory);
        return fail(Tr::tr("binpack needs the field cpu or memory, not '%1'").arg(field));
    }
    if (type == QLatin1String("spread")) {
        if (field == QLatin1String("instanceId") || field == QLatin1String("host"))
            return spreadInstances();
        if (field.startsWith(kAttributePrefix) && field.size() > kAttributePrefix.size())
            return spreadAttribute(field.mid(kAttributePrefix.size()));
        return fail(Tr::tr("spread needs the field instanceId, host or attribute:NAME, not '%1'")
                        .arg(field));
    }
    return fail(
        Tr::tr("unknown placement strategy type '%1' (binpack, spread or random)").arg(type));
}

QList<Strategy> Strategy::serviceDefault()
{
    return {spreadAttribute(QStringLiteral("ecs.availability-zone")), spreadInstances()};
}

QString Strategy::toString() const
{
    switch (m_type) {
    case Type::Random:
        return QStringLiteral("random");
    case Type::Binpack:
        return m_field == Field::Cpu ? QStringLiteral("binpack(cpu)")
                                     : QStringLiteral("binpack(memory)");
    case Type::Spread:
        break;
    }
    if (m_field == Field::InstanceId)
        return QStringLiteral("spread(instanceId)");
    return QStringLiteral("spread(attribute:%1)").arg(m_attribute);
}

QString Strategy::toString(const QList<Strategy> &chain)
{
    QStringList parts;
    for (const Strategy &s : chain)
        parts << s.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace Berth::Engine
