#include "engine/api/elbv2api.h"

#include "engine/api/queryprotocol.h"
#include "engine/runtime/runsession.h"

#include <QJsonArray>
#include <QUuid>

namespace Berth::Engine {

namespace {

using Model::ProjectData;

/// ELB's reason code for a target's state and the description Berth keeps (HAProxy's finding
/// in ELB's words).
QString reasonCode(const TargetHealth &t)
{
    if (t.state == QLatin1String("initial"))
        return QStringLiteral("Elb.InitialHealthChecking");
    if (t.state == QLatin1String("draining"))
        return QStringLiteral("Target.DeregistrationInProgress");
    if (t.state != QLatin1String("unhealthy"))
        return {};
    if (t.reason.startsWith(QLatin1String("Health checks failed with these codes")))
        return QStringLiteral("Target.ResponseCodeMismatch");
    if (t.reason.contains(QLatin1String("timed out")))
        return QStringLiteral("Target.Timeout");
    return QStringLiteral("Target.FailedHealthChecks");
}

QString description(const TargetHealth &t)
{
    if (t.state == QLatin1String("initial"))
        return QStringLiteral("Initial health checks in progress");
    if (t.state == QLatin1String("draining"))
        return QStringLiteral("Target deregistration is in progress");
    if (t.state == QLatin1String("unhealthy"))
        return t.reason.isEmpty() ? QStringLiteral("Health checks failed") : t.reason;
    return {};
}

QJsonArray loadBalancersOf(const ProjectData &d, const QString &targetGroup)
{
    QJsonArray arns;
    for (const Model::LoadBalancer &lb : d.loadBalancers) {
        for (const Model::Listener &l : lb.listeners) {
            if (l.targetGroups().contains(targetGroup)) {
                arns.append(d.loadBalancerArn(lb.name));
                break;
            }
        }
    }
    return arns;
}

} // namespace

Elbv2Api::Elbv2Api(RunSession &session) : m_session(session)
{
}

QStringList Elbv2Api::operations()
{
    return {QStringLiteral("DescribeTargetGroups"), QStringLiteral("DescribeTargetHealth")};
}

QueryReply Elbv2Api::error(const QString &code, const QString &message, int status)
{
    return QueryProtocol::errorReply(QLatin1String(kNamespace), code, message, status);
}

QueryReply Elbv2Api::call(const QJsonObject &input)
{
    const QString action = input.value(QLatin1String("Action")).toString();
    if (action == QLatin1String("DescribeTargetGroups"))
        return describeTargetGroups(input);
    if (action == QLatin1String("DescribeTargetHealth"))
        return describeTargetHealth(input);
    return error(QStringLiteral("InvalidAction"),
                 QStringLiteral("Berth's Elastic Load Balancing does not answer %1; it answers %2.")
                     .arg(action.isEmpty() ? QStringLiteral("a request without an Action") : action,
                          operations().join(QLatin1String(", "))));
}

QueryReply Elbv2Api::describeTargetGroups(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    const QStringList arns = QueryProtocol::texts(in.value(QLatin1String("TargetGroupArns")));
    const QStringList names = QueryProtocol::texts(in.value(QLatin1String("Names")));
    const QString loadBalancer = in.value(QLatin1String("LoadBalancerArn")).toString();
    QJsonArray groups;
    QStringList found;
    for (const Model::TargetGroup &tg : d.targetGroups) {
        const QString arn = d.targetGroupArn(tg.name);
        const QJsonArray lbs = loadBalancersOf(d, tg.name);
        if ((!arns.isEmpty() && !arns.contains(arn)) ||
            (!names.isEmpty() && !names.contains(tg.name)) ||
            (!loadBalancer.isEmpty() && !lbs.contains(loadBalancer)))
            continue;
        found << arn << tg.name;
        const bool http = tg.protocol.startsWith(QLatin1String("HTTP"));
        QJsonObject o{{QLatin1String("TargetGroupArn"), arn},
                      {QLatin1String("TargetGroupName"), tg.name},
                      {QLatin1String("Protocol"), tg.protocol},
                      {QLatin1String("Port"), tg.port},
                      {QLatin1String("HealthCheckProtocol"), tg.healthCheck.protocol},
                      {QLatin1String("HealthCheckPort"), tg.healthCheck.port},
                      {QLatin1String("HealthCheckEnabled"), true},
                      {QLatin1String("HealthCheckIntervalSeconds"), tg.healthCheck.intervalSeconds},
                      {QLatin1String("HealthCheckTimeoutSeconds"), tg.healthCheck.timeoutSeconds},
                      {QLatin1String("HealthyThresholdCount"), tg.healthCheck.healthyThreshold},
                      {QLatin1String("UnhealthyThresholdCount"), tg.healthCheck.unhealthyThreshold},
                      {QLatin1String("LoadBalancerArns"), lbs},
                      {QLatin1String("TargetType"), tg.targetType},
                      {QLatin1String("IpAddressType"), QStringLiteral("ipv4")}};
        if (http) {
            o.insert(QLatin1String("HealthCheckPath"), tg.healthCheck.path);
            o.insert(QLatin1String("Matcher"),
                     QJsonObject{{QLatin1String("HttpCode"), tg.healthCheck.matcher}});
            o.insert(QLatin1String("ProtocolVersion"), QStringLiteral("HTTP1"));
        }
        groups.append(o);
    }
    for (const QString &wanted : arns + names) {
        if (!found.contains(wanted))
            return error(QStringLiteral("TargetGroupNotFound"),
                         QStringLiteral("One or more target groups not found"));
    }
    if (!loadBalancer.isEmpty() && groups.isEmpty()) {
        bool known = false;
        for (const Model::LoadBalancer &lb : d.loadBalancers)
            known = known || d.loadBalancerArn(lb.name) == loadBalancer;
        if (!known)
            return error(QStringLiteral("LoadBalancerNotFound"),
                         QStringLiteral("One or more load balancers not found"));
    }
    return {200,
            QueryProtocol::response(QStringLiteral("DescribeTargetGroups"),
                                    QLatin1String(kNamespace),
                                    {{QLatin1String("TargetGroups"), groups}},
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)),
            {}};
}

QueryReply Elbv2Api::describeTargetHealth(const QJsonObject &in)
{
    const ProjectData d = m_session.design();
    const QString arn = in.value(QLatin1String("TargetGroupArn")).toString();
    if (arn.isEmpty())
        return error(QStringLiteral("ValidationError"),
                     QStringLiteral("1 validation error detected: Value null at "
                                    "'targetGroupArn' failed to satisfy constraint: Member must "
                                    "not be null"));
    const Model::TargetGroup *tg = nullptr;
    for (const Model::TargetGroup &g : d.targetGroups) {
        if (d.targetGroupArn(g.name) == arn)
            tg = &g;
    }
    if (!tg)
        return error(QStringLiteral("TargetGroupNotFound"),
                     QStringLiteral("Target groups '%1' not found").arg(arn));
    QList<QPair<QString, int>> wanted;
    for (const QJsonValue v : in.value(QLatin1String("Targets")).toArray()) {
        const QJsonObject t = v.toObject();
        wanted.append({t.value(QLatin1String("Id")).toString(),
                       t.value(QLatin1String("Port")).toVariant().toInt()});
    }
    const EngineSnapshot &snapshot = m_session.snapshot();
    const bool ip = tg->targetType == QLatin1String("ip");
    QJsonArray out;
    QSet<QString> seen; // a target group behind two load balancers is listed under each
    for (const LoadBalancerStatus &lb : snapshot.loadBalancers) {
        for (const TargetHealth &t : lb.targets) {
            if (t.targetGroup != tg->name)
                continue;
            QString id = t.address;
            if (!ip) {
                const Task *task = snapshot.task(t.taskId);
                Model::ContainerInstance instance;
                instance.name = task ? task->instance : QString();
                if (task && !task->instance.isEmpty())
                    id = instance.ec2InstanceId(task->cluster);
            }
            const QString key = id + u':' + QString::number(t.port);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            bool asked = wanted.isEmpty();
            for (const auto &[wantedId, wantedPort] : std::as_const(wanted))
                asked = asked || (wantedId == id && (wantedPort == 0 || wantedPort == t.port));
            if (!asked)
                continue;
            QJsonObject health{{QLatin1String("State"), t.state}};
            if (!reasonCode(t).isEmpty()) {
                health.insert(QLatin1String("Reason"), reasonCode(t));
                health.insert(QLatin1String("Description"), description(t));
            }
            out.append(QJsonObject{
                {QLatin1String("Target"),
                 QJsonObject{{QLatin1String("Id"), id}, {QLatin1String("Port"), t.port}}},
                {QLatin1String("HealthCheckPort"),
                 tg->healthCheck.port == QLatin1String("traffic-port") ? QString::number(t.port)
                                                                       : tg->healthCheck.port},
                {QLatin1String("TargetHealth"), health}});
        }
    }
    // A target asked for by name that is not registered, as ELB answers it.
    for (const auto &[wantedId, wantedPort] : std::as_const(wanted)) {
        const QString key = wantedId + u':' + QString::number(wantedPort);
        bool listed = false;
        for (const QString &s : std::as_const(seen))
            listed = listed || s == key || (wantedPort == 0 && s.startsWith(wantedId + u':'));
        if (listed)
            continue;
        QJsonObject target{{QLatin1String("Id"), wantedId}};
        if (wantedPort)
            target.insert(QLatin1String("Port"), wantedPort);
        out.append(QJsonObject{
            {QLatin1String("Target"), target},
            {QLatin1String("TargetHealth"),
             QJsonObject{{QLatin1String("State"), QStringLiteral("unused")},
                         {QLatin1String("Reason"), QStringLiteral("Target.NotRegistered")},
                         {QLatin1String("Description"),
                          QStringLiteral("Target is not registered to the target group")}}}});
    }
    return {200,
            QueryProtocol::response(QStringLiteral("DescribeTargetHealth"),
                                    QLatin1String(kNamespace),
                                    {{QLatin1String("TargetHealthDescriptions"), out}},
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)),
            {}};
}

} // namespace Berth::Engine
