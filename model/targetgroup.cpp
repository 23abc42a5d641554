#include "model/targetgroup.h"

namespace Berth::Model {

QJsonObject TargetGroup::toJson() const
{
    const TargetGroupHealthCheck &h = healthCheck;
    return QJsonObject{
        {QLatin1String("name"), name},
        {QLatin1String("protocol"), protocol},
        {QLatin1String("port"), port},
        {QLatin1String("targetType"), targetType},
        {QLatin1String("healthCheck"),
         QJsonObject{{QLatin1String("protocol"), h.protocol},
                     {QLatin1String("path"), h.path},
                     {QLatin1String("port"), h.port},
                     {QLatin1String("intervalSeconds"), h.intervalSeconds},
                     {QLatin1String("timeoutSeconds"), h.timeoutSeconds},
                     {QLatin1String("healthyThreshold"), h.healthyThreshold},
                     {QLatin1String("unhealthyThreshold"), h.unhealthyThreshold},
                     {QLatin1String("matcher"), h.matcher}}},
        {QLatin1String("deregistrationDelaySeconds"), deregistrationDelaySeconds},
        {QLatin1String("canvas"),
         QJsonObject{{QLatin1String("x"), position.x()}, {QLatin1String("y"), position.y()}}}};
}

TargetGroup TargetGroup::fromJson(const JsonReader &in)
{
    TargetGroup tg;
    tg.name = in.string(QStringLiteral("name"));
    tg.protocol = in.string(QStringLiteral("protocol"), tg.protocol);
    tg.port = in.integer(QStringLiteral("port"), tg.port);
    tg.targetType = in.string(QStringLiteral("targetType"), tg.targetType);
    const JsonReader h = in.child(QStringLiteral("healthCheck"));
    TargetGroupHealthCheck &hc = tg.healthCheck;
    hc.protocol = h.string(QStringLiteral("protocol"), hc.protocol);
    hc.path = h.string(QStringLiteral("path"), hc.path);
    if (h.object().value(QLatin1String("port")).isDouble())
        hc.port = QString::number(h.integer(QStringLiteral("port")));
    else
        hc.port = h.string(QStringLiteral("port"), hc.port);
    hc.intervalSeconds = h.integer(QStringLiteral("intervalSeconds"), hc.intervalSeconds);
    hc.timeoutSeconds = h.integer(QStringLiteral("timeoutSeconds"), hc.timeoutSeconds);
    hc.healthyThreshold = h.integer(QStringLiteral("healthyThreshold"), hc.healthyThreshold);
    hc.unhealthyThreshold =
        h.integer(QStringLiteral("unhealthyThreshold"), hc.unhealthyThreshold);
    hc.matcher = h.string(QStringLiteral("matcher"), hc.matcher);
    tg.deregistrationDelaySeconds =
        in.integer(QStringLiteral("deregistrationDelaySeconds"), tg.deregistrationDelaySeconds);
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    tg.position = QPointF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")));
    return tg;
}

} // namespace Berth::Model
