#pragma once

#include "model/jsonreader.h"

#include <QPointF>

namespace Berth::Model {

/// Target group health check, with Elastic Load Balancing's defaults.
struct TargetGroupHealthCheck
{
    QString protocol = QStringLiteral("HTTP");
    QString path = QStringLiteral("/");
    QString port = QStringLiteral("traffic-port"); ///< or a port number
    int intervalSeconds = 30;
    int timeoutSeconds = 5;
    int healthyThreshold = 5;
    int unhealthyThreshold = 2;
    QString matcher = QStringLiteral("200"); ///< "200", "200-299", "200,302"
    bool operator==(const TargetGroupHealthCheck &) const = default;
};

struct TargetGroup
{
    QString name;
    QString protocol = QStringLiteral("HTTP");
    int port = 80;
    QString targetType = QStringLiteral("instance"); ///< instance or ip
    TargetGroupHealthCheck healthCheck;
    int deregistrationDelaySeconds = 300;
    QPointF position;

    QJsonObject toJson() const;
    static TargetGroup fromJson(const JsonReader &in);
    bool operator==(const TargetGroup &) const = default;
};

} // namespace Berth::Model
