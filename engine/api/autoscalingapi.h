#pragma once

#include "engine/api/apireply.h"
#include "model/projectdata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Berth::Engine {

class RunSession;

/**
 * Application Auto Scaling's API (target AnyScaleFrontendService) for the run's ECS
 * services: RegisterScalableTarget, PutScalingPolicy (target tracking and step scaling; a
 * step policy's alarm comes from CloudWatch's PutMetricAlarm), DeleteScalingPolicy,
 * DeregisterScalableTarget, PutScheduledAction, DeleteScheduledAction and the four Describe
 * operations. A change is an edit of the design, as ECS's operations are; activities and
 * alarms come from the run.
 */
class AutoScalingApi
{
public:
    explicit AutoScalingApi(RunSession &session);

    ApiReply call(const QString &operation, const QJsonObject &input);
    static QStringList operations();

    /// The ARN PutScalingPolicy answers for \a policyName of \a service, the one an alarm's
    /// AlarmActions name.
    static QString policyArn(const Model::ProjectData &design, const Model::Service &service,
                             const QString &policyName);

    static constexpr const char *kTargetPrefix = "AnyScaleFrontendService";
    static constexpr const char *kSigningName = "application-autoscaling";

private:
    using Handler = std::function<ApiReply(AutoScalingApi &, const QJsonObject &)>;
    static const QHash<QString, Handler> &handlers();

    ApiReply registerScalableTarget(const QJsonObject &in);
    ApiReply deregisterScalableTarget(const QJsonObject &in);
    ApiReply putScalingPolicy(const QJsonObject &in);
    ApiReply deleteScalingPolicy(const QJsonObject &in);
    ApiReply describeScalableTargets(const QJsonObject &in);
    ApiReply describeScalingPolicies(const QJsonObject &in);
    ApiReply describeScalingActivities(const QJsonObject &in);
    ApiReply putScheduledAction(const QJsonObject &in);
    ApiReply deleteScheduledAction(const QJsonObject &in);
    ApiReply describeScheduledActions(const QJsonObject &in);

    /// The service a ResourceId (service/CLUSTER/SERVICE) names, or an error reply.
    std::optional<ApiReply> resolve(const QJsonObject &in, QString *service) const;
    QString arn(const QString &resource) const;
    QString policyArn(const QString &service, const QString &policyName) const;
    QString scheduledActionArn(const QString &resourceId, const QString &actionName) const;
    double createdAt(const QString &key);

    RunSession &m_session;
    QHash<QString, QDateTime> m_created; ///< when a target or policy was first seen
};

} // namespace Berth::Engine
