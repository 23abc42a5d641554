#pragma once

#include "engine/api/queryprotocol.h"

#include <QJsonObject>
#include <QString>

namespace Berth::Engine {

class RunSession;

/**
 * The part of CloudWatch's API a step scaling policy needs, on the run's endpoint as
 * `aws cloudwatch --endpoint-url` calls it (the query protocol of the installed botocore's
 * model, signed for "monitoring"): PutMetricAlarm, DescribeAlarms and DeleteAlarms for the
 * metrics Berth samples (AWS/ECS CPUUtilization and MemoryUtilization of a service,
 * AWS/ApplicationELB RequestCountPerTarget of its target group). An alarm lives with the step
 * scaling policy its AlarmActions name, in the design, so a change is an edit of the design
 * and the run's scaler follows it. Runs on the session's thread.
 */
class CloudWatchApi
{
public:
    explicit CloudWatchApi(RunSession &session);

    /// \a input: the request's form members (QueryProtocol::parseForm), Action among them.
    QueryReply call(const QJsonObject &input);
    static QStringList operations();

    static constexpr const char *kSigningName = "monitoring";
    static constexpr const char *kNamespace = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    /// An error answer: \a code as CloudWatch names it (ValidationError, ResourceNotFound, ...).
    static QueryReply error(const QString &code, const QString &message, int status = 400);

private:
    QueryReply putMetricAlarm(const QJsonObject &in);
    QueryReply describeAlarms(const QJsonObject &in);
    QueryReply deleteAlarms(const QJsonObject &in);

    RunSession &m_session;
};

} // namespace Berth::Engine
