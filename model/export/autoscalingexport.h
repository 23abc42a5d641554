#pragma once

#include "model/projectdata.h"

#include <QJsonObject>

namespace Berth::Model {

/// A service's Application Auto Scaling as the AWS CLI's inputs: register-scalable-target,
/// put-scaling-policy, put-scheduled-action (--cli-input-json) and, for a step scaling
/// policy, CloudWatch's put-metric-alarm (its AlarmActions is the PolicyARN that
/// put-scaling-policy returns, given with --alarm-actions).
class AutoScalingExport
{
public:
    static QString resourceId(const Service &service);
    static QJsonObject registerScalableTarget(const Service &service);
    static QJsonObject putScalingPolicy(const ProjectData &project, const Service &service,
                                        const ScalingPolicy &policy);
    static QJsonObject putMetricAlarm(const ProjectData &project, const Service &service,
                                      const MetricAlarm &alarm);
    static QJsonObject putScheduledAction(const Service &service, const ScheduledAction &action);

    struct File
    {
        QString fileName; ///< relative to the output folder
        QJsonObject json;
    };
    /// services/NAME.scalable-target.json, NAME.policy.POLICY.json, NAME.alarm.ALARM.json,
    /// NAME.scheduled-action.ACTION.json; none when the service does not scale.
    static QList<File> files(const ProjectData &project, const Service &service);
};

} // namespace Berth::Model
