#include "model/validation/targetgrouprules.h"

#include "model/jsontext.h"

#include <QSet>

namespace Berth::Model::Internal {

void TargetGroupRules::check(const ProjectData &project, Diagnostics &out)
{
    static const QStringList protocols = {QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
                                          QStringLiteral("TCP"),  QStringLiteral("UDP"),
                                          QStringLiteral("TLS"),  QStringLiteral("TCP_UDP")};
    QSet<QString> names;
    for (qsizetype t = 0; t < project.targetGroups.size(); ++t) {
        const TargetGroup &tg = project.targetGroups.at(t);
        const QString path = JsonText::index(QStringLiteral("$.targetGroups"), t);
        const auto at = [&](const char *key) {
            return JsonText::member(path, QLatin1String(key));
        };
        Reporter report(out, Diagnostic::EntityKind::TargetGroup, tg.name);
        if (tg.name.trimmed().isEmpty())
            report.error(QStringLiteral("targetGroup.name"), at("name"),
                         tr("the target group has no name"),
                         tr("Name the target group; listeners and services refer to it."));
        else if (names.contains(tg.name))
            report.error(QStringLiteral("targetGroup.name.unique"), at("name"),
                         tr("another target group is already named \"%1\"").arg(tg.name),
                         tr("Give each target group its own name."));
        names.insert(tg.name);
        if (!protocols.contains(tg.protocol))
            report.error(QStringLiteral("targetGroup.protocol"), at("protocol"),
                         tr("protocol \"%1\" is not valid for a target group").arg(tg.protocol),
                         tr("Use HTTP or HTTPS (application), TCP, UDP, TLS or TCP_UDP "
                            "(network)."));
        if (tg.port < 1 || tg.port > 65535)
            report.error(QStringLiteral("targetGroup.port"), at("port"),
                         tr("target group port %1 is not a port number").arg(tg.port),
                         tr("Use a port from 1 to 65535."));
        if (tg.targetType != QLatin1String("instance") && tg.targetType != QLatin1String("ip"))
            report.error(QStringLiteral("targetGroup.targetType"), at("targetType"),
                         tr("targetType \"%1\" is not valid").arg(tg.targetType),
                         tr("Use instance (bridge and host network mode) or ip (awsvpc and "
                            "Fargate)."));
        if (tg.deregistrationDelaySeconds < 0 || tg.deregistrationDelaySeconds > 3600)
            report.error(QStringLiteral("targetGroup.deregistrationDelay"),
                         at("deregistrationDelaySeconds"),
                         tr("deregistrationDelaySeconds %1 is outside 0 to 3600")
                             .arg(tg.deregistrationDelaySeconds),
                         tr("Use 0 to 3600 seconds (300 is the default)."));
        checkHealthCheck(tg, JsonText::member(path, QStringLiteral("healthCheck")), report);
    }
}

void TargetGroupRules::checkHealthCheck(const TargetGroup &tg, const QString &path,
                                        Reporter &report)
{
    const TargetGroupHealthCheck &h = tg.healthCheck;
    checkRange(h.intervalSeconds, 5, 300, QStringLiteral("intervalSeconds"), path, report);
    checkRange(h.timeoutSeconds, 2, 120, QStringLiteral("timeoutSeconds"), path, report);
    checkRange(h.healthyThreshold, 2, 10, QStringLiteral("healthyThreshold"), path, report);
    checkRange(h.unhealthyThreshold, 2, 10, QStringLiteral("unhealthyThreshold"), path, report);
    if (h.timeoutSeconds >= 2 && h.timeoutSeconds <= 120 && h.intervalSeconds >= 5 &&
        h.intervalSeconds <= 300 && h.timeoutSeconds >= h.intervalSeconds)
        report.error(
            QStringLiteral("targetGroup.healthCheck.timeoutSeconds"),
            JsonText::member(path, QStringLiteral("timeoutSeconds")),
            tr("health check timeoutSeconds (%1) must be less than intervalSeconds "
               "(%2)")
                .arg(h.timeoutSeconds)
                .arg(h.intervalSeconds),
            tr("Lower timeoutSeconds below %1 or raise intervalSeconds.").arg(h.intervalSeconds));
    bool isNumber = false;
    const int port = h.port.toInt(&isNumber);
    if (h.port != QLatin1String("traffic-port") && (!isNumber || port < 1 || port > 65535))
        report.error(QStringLiteral("targetGroup.healthCheck.port"),
                     JsonText::member(path, QStringLiteral("port")),
                     tr("health check port \"%1\" is not valid").arg(h.port),
                     tr("Use traffic-port (the target's own port) or a port from 1 to "
                        "65535."));
}

void TargetGroupRules::checkRange(int value, int min, int max, const QString &key,
                                  const QString &path, Reporter &report)
{
    if (value >= min && value <= max)
        return;
    report.error(
        QStringLiteral("targetGroup.healthCheck.") + key, JsonText::member(path, key),
        tr("health check %1 is %2, outside %3 to %4").arg(key).arg(value).arg(min).arg(max),
        tr("Set %1 to a value from %2 to %3.").arg(key).arg(min).arg(max));
}

} // namespace Berth::Model::Internal
