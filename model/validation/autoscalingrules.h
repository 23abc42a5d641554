#pragma once

#include "model/projectdata.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>

namespace Berth::Model::Internal {

/// The rules of a service's Application Auto Scaling: the scalable target's capacities,
/// target tracking and step scaling policies (and the alarm a step policy hangs on), and
/// scheduled actions, as RegisterScalableTarget, PutScalingPolicy and PutScheduledAction
/// check them, plus what Berth needs to act on them (a metric it samples).
class AutoScalingRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Validator)

public:
    static void check(const ProjectData &project, Diagnostics &out);

private:
    AutoScalingRules(const ProjectData &project, const Service &service, const QString &path,
                     Diagnostics &out);
    void run();
    void checkCapacity();
    void checkPolicy(const ScalingPolicy &policy, const QString &path);
    void checkTargetTracking(const TargetTrackingConfiguration &c, const QString &path);
    void checkStepScaling(const StepScalingConfiguration &c, const QString &path);
    void checkSteps(const StepScalingConfiguration &c, const QString &path);
    void checkAlarm(const MetricAlarm &alarm, const QString &path);
    void checkScheduledAction(const ScheduledAction &action, const QString &path);
    void checkCooldown(const std::optional<int> &seconds, const QString &path);

    const ProjectData &m_project;
    const Service &m_service;
    const ServiceAutoScaling &m_scaling;
    QString m_path; ///< $.services[i].autoScaling
    Reporter m_report;
};

} // namespace Berth::Model::Internal
