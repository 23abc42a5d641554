#pragma once

#include "model/placement.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// Placement constraints and strategies, as services and task definitions declare them.
class PlacementRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    enum class Owner { Service, TaskDefinition };

    /// arrayPath names the placementConstraints array, e.g. "$.services[0].placementConstraints".
    static void checkConstraints(const QList<PlacementConstraint> &constraints,
                                 const QString &arrayPath, Owner owner, Reporter &report);
    static void checkStrategies(const QList<PlacementStrategy> &strategies,
                                const QString &arrayPath, Reporter &report);

private:
    static void checkMemberOf(const QString &expression, const QString &path, Reporter &report);
};

} // namespace Berth::Model::Internal
