#pragma once

#include <QJsonObject>
#include <QString>

namespace Berth::Engine {

/// A signed call to ECS's API of a live run, as the aws CLI makes it: JSON 1.1, target
/// AmazonEC2ContainerServiceV20141113.OPERATION, Signature Version 4. Blocking (a local
/// event loop, at most \a timeoutMs). For the command line acting on a run another process
/// owns. The run's other services are named before the operation:
/// "application-autoscaling:DescribeScalingActivities" (JSON 1.1 too) and
/// "elasticloadbalancing:DescribeTargetHealth" (the query protocol: \a input's members are
/// sent as a form, and the XML answer's result comes back as JSON, every value as text).
struct ApiCallResult
{
    bool ok = false;
    int httpStatus = 0;
    QJsonObject body;
    QString errorType;    ///< ECS's exception name, e.g. InvalidParameterException
    QString errorMessage; ///< or why the call did not get through
};

ApiCallResult callEcsApi(const QString &endpoint, const QString &operation,
                         const QJsonObject &input, const QString &accessKeyId,
                         const QString &secretAccessKey, const QString &region,
                         int timeoutMs = 30000);

} // namespace Berth::Engine
