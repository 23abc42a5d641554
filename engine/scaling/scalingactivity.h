#pragma once

#include <QList>
#include <QString>

namespace Berth::Engine {

/// Application Auto Scaling's NotScaledReason.
struct NotScaledReason
{
    QString code; ///< AlreadyAtMaxCapacity, AlreadyAtMinCapacity, ...
    int maxCapacity = 0;
    int minCapacity = 0;
    int currentCapacity = 0;
    bool operator==(const NotScaledReason &) const = default;
};

/// Application Auto Scaling's ScalingActivity, on the run's clock (milliseconds since the
/// epoch, ECS time).
struct ScalingActivity
{
    QString activityId;
    QString resourceId; ///< service/CLUSTER/SERVICE
    QString description;
    QString cause;
    QString statusCode; ///< Successful, Failed, ...
    QString statusMessage;
    qint64 startMs = 0;
    qint64 endMs = 0;
    int desiredCount = 0; ///< what the activity set (or tried to)
    QList<NotScaledReason> notScaledReasons;

    bool scaled() const { return notScaledReasons.isEmpty(); }
    bool operator==(const ScalingActivity &) const = default;
};

} // namespace Berth::Engine
