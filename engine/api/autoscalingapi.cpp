#include "engine/api/autoscalingapi.h"

#include "engine/runtime/runsession.h"
#include "model/export/autoscalingexport.h"
#include "model/scalingschedule.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace Berth::Engine {

namespace {

const QLatin1String kNamespace("ecs");
const QLatin1String kDimension("ecs:service:DesiredCount");

ApiReply validation(const QString &message)
{
    return ApiReply::error(QStringLiteral("ValidationException"), message);
}

ApiReply notFound(const QString &message)
{
    return ApiReply::error(QStringLiteral("ObjectNotFoundException"), message);
}

ApiReply noTarget(const QString &resourceId)
{
    return notFound(QStringLiteral("No scalable target registered for service namespace: ecs, "
                                   "resource ID: %1, scalable dimension: "
                                   "ecs:service:DesiredCount")
                        .arg(resourceId));
}

double epoch(qint64 ms)
{
    return double(ms) / 1000.0;
}

QJsonObject resource(const QString &resourceId)
{
    return {{QLatin1String("ServiceNamespace"), kNamespace},
            {QLatin1String("ResourceId"), resourceId},
            {QLatin1String("ScalableDimension"), kDimension}};
}

/// A timestamp as AWS JSON 1.1 sends it (epoch seconds; ISO 8601 text is taken too) in the
/// design's form, ISO 8601 in UTC; empty when absent, nullopt when it is not a time.
std::optional<QString> designTime(const QJsonValue &v)
{
    QDateTime t;
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isDouble())
        t = QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0), Qt::UTC);
    else if (v.isString())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC().toString(Qt::ISODate);
}

QStringList strings(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out << v.toString();
    return out;
}

/// The services of \a d with a scalable target, those the request's ResourceId names if it
/// names one.
QList<const Model::Service *> scalableTargets(const Model::ProjectData &d, const QJsonObject &in)
{
    const QString filter = in.value(QLatin1String("ResourceId")).toString();
    QList<const Model::Service *> out;
    for (const Model::Service &s : d.services) {
        if (s.autoScaling &&
            (filter.isEmpty() || filter == Model::AutoScalingExport::resourceId(s)))
            out << &s;
    }
    return out;
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

AutoScalingApi::AutoScalingApi(RunSession &session) : m_session(session)
{
}

const QHash<QString, AutoScalingApi::Handler> &AutoScalingApi::handlers()
{
    static const QHash<QString, Handler> table{
        {QStringLiteral("RegisterScalableTarget"), &AutoScalingApi::registerScalableTarget},
        {QStringLiteral("DeregisterScalableTarget"), &AutoScalingApi::deregisterScalableTarget},
        {QStringLiteral("PutScalingPolicy"), &AutoScalingApi::putScalingPolicy},
        {QStringLiteral("DeleteScalingPolicy"), &AutoScalingApi::deleteScalingPolicy},
        {QStringLiteral("DescribeScalableTargets"), &AutoScalingApi::describeScalableTargets},
        {QStringLiteral("DescribeScalingPolicies"), &AutoScalingApi::describeScalingPolicies},
        {QStringLiteral("DescribeScalingActivities"), &AutoScalingApi::describeScalingActivities},
        {QStringLiteral("PutScheduledAction"), &AutoScalingApi::putScheduledAction},
        {QStringLiteral("DeleteScheduledAction"), &AutoScalingApi::deleteScheduledAction},
        {QStringLiteral("DescribeScheduledActions"), &AutoScalingApi::describeScheduledActions},
    };
    return table;
}

QStringList AutoScalingApi::operations()
{
    QStringList names = handlers().keys();
    names.sort();
    return names;
}

ApiReply AutoScalingApi::call(const QString &operation, const QJsonObject &input)
{
    const auto handler = handlers().constFind(operation);
    if (handler == handlers().cend())
        return ApiReply::error(QStringLiteral("InvalidAction"),
                               QStringLiteral("Berth's Application Auto Scaling does not answer "
                                              "%1; it answers %2.")
                                   .arg(operation, operations().join(QLatin1String(", "))));
    if (input.value(QLatin1String("ServiceNamespace")).toString() != kNamespace)
        return validation(QStringLiteral("Unsupported service namespace: %1. Berth scales ECS "
                                         "services (ServiceNamespace ecs).")
                              .arg(input.value(QLatin1String("ServiceNamespace")).toString()));
    if (input.contains(QLatin1String("ScalableDimension")) &&
        input.value(QLatin1String("ScalableDimension")).toString() != kDimension)
        return validation(QStringLiteral("Unsupported scalable dimension: %1. An ECS service "
                                         "scales ecs:service:DesiredCount.")
                              .arg(input.value(QLatin1String("ScalableDimension")).toString()));
    return (*handler)(*this, input);
}

std::optional<ApiReply> AutoScalingApi::resolve(const QJsonObject &in, QString *service) const
{
    const QString id = in.value(QLatin1String("ResourceId")).toString();
    const QStringList parts = id.split(u'/');
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = parts.size() == 3 && parts.at(0) == QLatin1String("service")
                                  ? design.service(parts.at(2))
                                  : nullptr;
    if (!s || s->cluster != parts.at(1))
        return validation(QStringLiteral("ECS service doesn't exist: %1").arg(id));
    *service = s->name;
    return std::nullopt;
}

QString AutoScalingApi::arn(const QString &resourceId) const
{
    const Model::ProjectData d = m_session.design();
    const QByteArray id =
        QCryptographicHash::hash(resourceId.toUtf8(), QCryptographicHash::Sha1).toHex().left(32);
    return QStringLiteral("arn:aws:application-autoscaling:%1:%2:scalable-target/%3")
        .arg(d.region, d.accountId, QString::fromLatin1(id));
}

QString AutoScalingApi::policyArn(const Model::ProjectData &design, const Model::Service &service,
                                  const QString &policyName)
{
    const QString resourceId = Model::AutoScalingExport::resourceId(service);
    const QUuid id = QUuid::createUuidV5(QUuid(), resourceId + u'/' + policyName);
    return QStringLiteral("arn:aws:autoscaling:%1:%2:scalingPolicy:%3:resource/ecs/%4:"
                          "policyName/%5")
        .arg(design.region, design.accountId, id.toString(QUuid::WithoutBraces), resourceId,
             policyName);
}

QString AutoScalingApi::policyArn(const QString &service, const QString &policyName) const
{
    const Model::ProjectData d = m_session.design();
    const Model::Service *s = d.service(service);
    return s ? policyArn(d, *s, policyName) : QString();
}

QString AutoScalingApi::scheduledActionArn(const QString &resourceId,
                                           const QString &actionName) const
{
    const Model::ProjectData d = m_session.design();
    const QUuid id =
        QUuid::createUuidV5(QUuid(), resourceId + QStringLiteral("/scheduledAction/") + actionName);
    return QStringLiteral("arn:aws:autoscaling:%1:%2:scheduledAction:%3:resource/ecs/%4:"
                          "scheduledActionName/%5")
        .arg(d.region, d.accountId, id.toString(QUuid::WithoutBraces), resourceId, actionName);
}

double AutoScalingApi::createdAt(const QString &key)
{
    auto it = m_created.find(key);
    if (it == m_created.end())
        it = m_created.insert(key, QDateTime::currentDateTimeUtc());
    return epoch(it->toMSecsSinceEpoch());
}

ApiReply AutoScalingApi::registerScalableTarget(const QJsonObject &in)
{
    QString service;
    if (const auto error = resolve(in, &service))
        return *error;
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = design.service(service);
    const QJsonValue min = in.value(QLatin1String("MinCapacity"));
    const QJsonValue max = in.value(QLatin1String("MaxCapacity"));
    if (!s->autoScaling && (min.isUndefined() || max.isUndefined()))
        return validation(QStringLiteral("MinCapacity and MaxCapacity are required for "
                                         "registering a new scalable target."));
    for (const QJsonValue &v : {min, max}) {
        if (!v.isUndefined() && (!v.isDouble() || v.toInt() < 0))
            return validation(QStringLiteral("MinCapacity and MaxCapacity must be non-negative "
                                             "integers."));
    }
    const QString error = m_session.editDesign(
        QStringLiteral("RegisterScalableTarget %1").arg(service), [&](Model::ProjectData &d) {
            Model::Service *edited = d.service(service);
            if (!edited->autoScaling)
                edited->autoScaling.emplace();
            if (!min.isUndefined())
                edited->autoScaling->minCapacity = min.toInt();
            if (!max.isUndefined())
                edited->autoScaling->maxCapacity = max.toInt();
            // Application Auto Scaling moves the desired count into the new range.
            edited->desiredCount = std::clamp(
                edited->desiredCount, edited->autoScaling->minCapacity,
                std::max(edited->autoScaling->minCapacity, edited->autoScaling->maxCapacity));
        });
    if (!error.isEmpty())
        return validation(error);
    const QString id = Model::AutoScalingExport::resourceId(*s);
    createdAt(id);
    return ApiReply{200, {{QLatin1String("ScalableTargetARN"), arn(id)}}};
}

ApiReply AutoScalingApi::deregisterScalableTarget(const QJsonObject &in)
{
    QString service;
    if (const auto error = resolve(in, &service))
        return *error;
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = design.service(service);
    if (!s->autoScaling)
        return noTarget(Model::AutoScalingExport::resourceId(*s));
    const QString error = m_session.editDesign(
        QStringLiteral("DeregisterScalableTarget %1").arg(service),
        [&](Model::ProjectData &d) { d.service(service)->autoScaling.reset(); });
    if (!error.isEmpty())
        return validation(error);
    return ApiReply{200, {}};
}

ApiReply AutoScalingApi::putScalingPolicy(const QJsonObject &in)
{
    QString service;
    if (const auto error = resolve(in, &service))
        return *error;
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = design.service(service);
    const QString resourceId = Model::AutoScalingExport::resourceId(*s);
    if (!s->autoScaling)
        return noTarget(resourceId);
    const QString type =
        in.value(QLatin1String("PolicyType")).toString(QStringLiteral("StepScaling"));
    if (type != QLatin1String("TargetTrackingScaling") && type != QLatin1String("StepScaling"))
        return validation(QStringLiteral("Unsupported policy type: %1").arg(type));
    QList<Model::JsonIssue> issues;
    Model::ScalingPolicy policy = Model::ServiceAutoScaling::policyFromJson(
        Model::JsonReader(in, QStringLiteral("$"), &issues));
    if (!issues.isEmpty())
        return validation(issues.first().path + QStringLiteral(": ") + issues.first().message);
    // A step policy keeps the alarm that triggers it (PutMetricAlarm names the policy).
    const Model::ScalingPolicy *existing = s->autoScaling->policy(policy.policyName);
    policy.stepScaling.alarm = existing && existing->isStepScaling() && policy.isStepScaling()
                                   ? existing->stepScaling.alarm
                                   : Model::MetricAlarm();
    const QString error = m_session.editDesign(
        QStringLiteral("PutScalingPolicy %1").arg(policy.policyName), [&](Model::ProjectData &d) {
            QList<Model::ScalingPolicy> &policies = d.service(service)->autoScaling->policies;
            for (Model::ScalingPolicy &p : policies) {
                if (p.policyName == policy.policyName) {
                    p = policy;
                    return;
                }
            }
            policies.append(policy);
        });
    if (!error.isEmpty())
        return validation(error);
    createdAt(resourceId + u'/' + policy.policyName);
    QJsonArray alarms;
    const Model::ProjectData d = m_session.design();
    if (const AutoScaling *scaling = m_session.autoScaling()) {
        if (const auto status = scaling->status(service)) {
            for (const ScalingAlarmStatus &a : status->alarms) {
                if (a.policyName == policy.policyName)
                    alarms.append(QJsonObject{{QLatin1String("AlarmName"), a.alarmName},
                                              {QLatin1String("AlarmARN"),
                                               QStringLiteral("arn:aws:cloudwatch:%1:%2:alarm:%3")
                                                   .arg(d.region, d.accountId, a.alarmName)}});
            }
        }
    }
    return ApiReply{200,
                    {{QLatin1String("PolicyARN"), policyArn(service, policy.policyName)},
                     {QLatin1String("Alarms"), alarms}}};
}

ApiReply AutoScalingApi::deleteScalingPolicy(const QJsonObject &in)
{
    QString service;
    if (const auto error = resolve(in, &service))
        return *error;
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = design.service(service);
    const QString name = in.value(QLatin1String("PolicyName")).toString();
    if (!s->autoScaling || !s->autoScaling->policy(name))
        return notFound(QStringLiteral("No scaling policy found for service namespace: ecs, "
                                       "resource ID: %1, scalable dimension: "
                                       "ecs:service:DesiredCount, policy name: %2")
                            .arg(Model::AutoScalingExport::resourceId(*s), name));
    const QString error = m_session.editDesign(
        QStringLiteral("DeleteScalingPolicy %1").arg(name), [&](Model::ProjectData &d) {
            QList<Model::ScalingPolicy> &policies = d.service(service)->autoScaling->policies;
            policies.removeIf([&](const Model::ScalingPolicy &p) { return p.policyName == name; });
        });
    if (!error.isEmpty())
        return validation(error);
    return ApiReply{200, {}};
}

ApiReply AutoScalingApi::describeScalableTargets(const QJsonObject &in)
{
    QStringList wanted;
    for (const QJsonValue &v : in.value(QLatin1String("ResourceIds")).toArray())
        wanted << v.toString();
    QJsonArray targets;
    const Model::ProjectData d = m_session.design();
    for (const Model::Service &s : d.services) {
        const QString id = Model::AutoScalingExport::resourceId(s);
        if (!s.autoScaling || (!wanted.isEmpty() && !wanted.contains(id)))
            continue;
        int min = s.autoScaling->minCapacity;
        int max = s.autoScaling->maxCapacity;
        if (const AutoScaling *scaling = m_session.autoScaling()) {
            if (const auto status = scaling->status(s.name)) {
                min = status->minCapacity; // scheduled actions change them in the run
                max = status->maxCapacity;
            }
        }
        targets.append(merged(resource(id),
                              {{QLatin1String("MinCapacity"), min},
                               {QLatin1String("MaxCapacity"), max},
                               {QLatin1String("RoleARN"),
                                QStringLiteral("arn:aws:iam::%1:role/aws-service-role/"
                                               "ecs.application-autoscaling.amazonaws.com/"
                                               "AWSServiceRoleForApplicationAutoScaling_ECSService")
                                    .arg(d.accountId)},
                               {QLatin1String("CreationTime"), createdAt(id)},
                               {QLatin1String("SuspendedState"),
                                QJsonObject{{QLatin1String("DynamicScalingInSuspended"), false},
                                            {QLatin1String("DynamicScalingOutSuspended"), false},
                                            {QLatin1String("ScheduledScalingSuspended"), false}}},
                               {QLatin1String("ScalableTargetARN"), arn(id)}}));
    }
    return ApiReply{200, {{QLatin1String("ScalableTargets"), targets}}};
}

ApiReply AutoScalingApi::describeScalingPolicies(const QJsonObject &in)
{
    const QStringList names = strings(in.value(QLatin1String("PolicyNames")));
    const Model::ProjectData d = m_session.design();
    QJsonArray policies;
    for (const Model::Service *service : scalableTargets(d, in)) {
        const Model::Service &s = *service;
        const QString id = Model::AutoScalingExport::resourceId(s);
        std::optional<ServiceScalingStatus> status;
        if (const AutoScaling *scaling = m_session.autoScaling())
            status = scaling->status(s.name);
        for (const Model::ScalingPolicy &p : s.autoScaling->policies) {
            if (!names.isEmpty() && !names.contains(p.policyName))
                continue;
            QJsonObject o = Model::AutoScalingExport::putScalingPolicy(d, s, p);
            QJsonArray alarms;
            for (const ScalingAlarmStatus &a :
                 status ? status->alarms : QList<ScalingAlarmStatus>()) {
                if (a.policyName == p.policyName)
                    alarms.append(QJsonObject{{QLatin1String("AlarmName"), a.alarmName},
                                              {QLatin1String("AlarmARN"),
                                               QStringLiteral("arn:aws:cloudwatch:%1:%2:alarm:%3")
                                                   .arg(d.region, d.accountId, a.alarmName)}});
            }
            o.insert(QLatin1String("PolicyARN"), policyArn(s.name, p.policyName));
            o.insert(QLatin1String("Alarms"), alarms);
            o.insert(QLatin1String("CreationTime"), createdAt(id + u'/' + p.policyName));
            policies.append(o);
        }
    }
    return ApiReply{200, {{QLatin1String("ScalingPolicies"), policies}}};
}

ApiReply AutoScalingApi::describeScalingActivities(const QJsonObject &in)
{
    const QString resourceFilter = in.value(QLatin1String("ResourceId")).toString();
    const bool notScaled = in.value(QLatin1String("IncludeNotScaledActivities")).toBool();
    QJsonArray out;
    if (const AutoScaling *scaling = m_session.autoScaling()) {
        for (const ScalingActivity &a : scaling->activities()) {
            if ((!resourceFilter.isEmpty() && a.resourceId != resourceFilter) ||
                (!a.scaled() && !notScaled))
                continue;
            QJsonObject o =
                merged(resource(a.resourceId), {{QLatin1String("ActivityId"), a.activityId},
                                                {QLatin1String("Description"), a.description},
                                                {QLatin1String("Cause"), a.cause},
                                                {QLatin1String("StartTime"), epoch(a.startMs)},
                                                {QLatin1String("EndTime"), epoch(a.endMs)},
                                                {QLatin1String("StatusCode"), a.statusCode},
                                                {QLatin1String("StatusMessage"), a.statusMessage}});
            if (!a.scaled()) {
                QJsonArray reasons;
                for (const NotScaledReason &r : a.notScaledReasons)
                    reasons.append(
                        QJsonObject{{QLatin1String("Code"), r.code},
                                    {QLatin1String("MaxCapacity"), r.maxCapacity},
                                    {QLatin1String("MinCapacity"), r.minCapacity},
                                    {QLatin1String("CurrentCapacity"), r.currentCapacity}});
                o.insert(QLatin1String("NotScaledReasons"), reasons);
            }
            out.append(o);
        }
    }
    return ApiReply{200, {{QLatin1String("ScalingActivities"), out}}};
}

ApiReply AutoScalingApi::putScheduledAction(const QJsonObject &in)
{
    QString service;
    if (const auto error = resolve(in, &service))
        return *error;
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = design.service(service);
    const QString resourceId = Model::AutoScalingExport::resourceId(*s);
    if (!s->autoScaling)
        return noTarget(resourceId);
    const QString name = in.value(QLatin1String("ScheduledActionName")).toString();
    if (name.isEmpty())
        return validation(QStringLiteral("ScheduledActionName is required."));
    // Put creates or updates: what the request leaves out stays, except the start and end
    // times, which AWS deletes when an update does not name them.
    Model::ScheduledAction action;
    action.scheduledActionName = name;
    bool exists = false;
    for (const Model::ScheduledAction &a : s->autoScaling->scheduledActions) {
        if (a.scheduledActionName == name) {
            action = a;
            exists = true;
        }
    }
    if (in.contains(QLatin1String("Schedule")))
        action.schedule = in.value(QLatin1String("Schedule")).toString();
    else if (!exists)
        return validation(QStringLiteral("Schedule is required for a new scheduled action."));
    if (!Model::ScalingSchedule::parse(action.schedule, nullptr))
        return validation(QStringLiteral("Schedule expression is invalid: %1. Use "
                                         "at(yyyy-mm-ddThh:mm:ss), rate(value unit) or "
                                         "cron(minutes hours day-of-month month day-of-week "
                                         "year).")
                              .arg(action.schedule));
    if (in.contains(QLatin1String("Timezone"))) {
        action.timezone = in.value(QLatin1String("Timezone")).toString();
        if (!action.timezone.isEmpty() && !QTimeZone(action.timezone.toUtf8()).isValid())
            return validation(QStringLiteral("Invalid timezone: %1. Use an IANA time zone "
                                             "name such as Asia/Tokyo.")
                                  .arg(action.timezone));
    }
    const std::optional<QString> start = designTime(in.value(QLatin1String("StartTime")));
    const std::optional<QString> end = designTime(in.value(QLatin1String("EndTime")));
    if (!start || !end)
        return validation(QStringLiteral("StartTime and EndTime must be timestamps."));
    action.startTime = *start;
    action.endTime = *end;
    if (!action.startTime.isEmpty() && !action.endTime.isEmpty() &&
        QDateTime::fromString(action.endTime, Qt::ISODate) <
            QDateTime::fromString(action.startTime, Qt::ISODate))
        return validation(QStringLiteral("EndTime cannot be before StartTime."));
    if (in.contains(QLatin1String("ScalableTargetAction"))) {
        const QJsonObject target = in.value(QLatin1String("ScalableTargetAction")).toObject();
        action.minCapacity.reset();
        action.maxCapacity.reset();
        const std::pair<const char *, std::optional<int> *> members[] = {
            {"MinCapacity", &action.minCapacity}, {"MaxCapacity", &action.maxCapacity}};
        for (const auto &[key, member] : members) {
            const QJsonValue v = target.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || v.toInt() < 0)
                return validation(QStringLiteral("MinCapacity and MaxCapacity must be "
                                                 "non-negative integers."));
            *member = v.toInt();
        }
    }
    if (!action.minCapacity && !action.maxCapacity)
        return validation(QStringLiteral("ScalableTargetAction needs MinCapacity, MaxCapacity "
                                         "or both."));
    if (action.minCapacity && action.maxCapacity && *action.maxCapacity < *action.minCapacity)
        return validation(QStringLiteral("Maximum capacity cannot be less than minimum "
                                         "capacity"));
    const QString error = m_session.editDesign(
        QStringLiteral("PutScheduledAction %1").arg(name), [&](Model::ProjectData &d) {
            QList<Model::ScheduledAction> &actions =
                d.service(service)->autoScaling->scheduledActions;
            for (Model::ScheduledAction &a : actions) {
                if (a.scheduledActionName == name) {
                    a = action;
                    return;
                }
            }
            actions.append(action);
        });
    if (!error.isEmpty())
        return validation(error);
    createdAt(resourceId + QStringLiteral("/scheduledAction/") + name);
    return ApiReply{200, {}};
}

ApiReply AutoScalingApi::deleteScheduledAction(const QJsonObject &in)
{
    QString service;
    if (const auto error = resolve(in, &service))
        return *error;
    const Model::ProjectData design = m_session.design();
    const Model::Service *s = design.service(service);
    const QString resourceId = Model::AutoScalingExport::resourceId(*s);
    const QString name = in.value(QLatin1String("ScheduledActionName")).toString();
    const auto named = [&](const Model::ScheduledAction &a) {
        return a.scheduledActionName == name;
    };
    if (!s->autoScaling || std::none_of(s->autoScaling->scheduledActions.cbegin(),
                                        s->autoScaling->scheduledActions.cend(), named))
        return notFound(QStringLiteral("No scheduled action found for service namespace: ecs, "
                                       "resource ID: %1, scalable dimension: "
                                       "ecs:service:DesiredCount, scheduled action name: %2")
                            .arg(resourceId, name));
    const QString error = m_session.editDesign(
        QStringLiteral("DeleteScheduledAction %1").arg(name), [&](Model::ProjectData &d) {
            d.service(service)->autoScaling->scheduledActions.removeIf(named);
        });
    if (!error.isEmpty())
        return validation(error);
    m_created.remove(resourceId + QStringLiteral("/scheduledAction/") + name);
    return ApiReply{200, {}};
}

ApiReply AutoScalingApi::describeScheduledActions(const QJsonObject &in)
{
    const QStringList names = strings(in.value(QLatin1String("ScheduledActionNames")));
    const Model::ProjectData d = m_session.design();
    QJsonArray out;
    for (const Model::Service *s : scalableTargets(d, in)) {
        const QString id = Model::AutoScalingExport::resourceId(*s);
        for (const Model::ScheduledAction &a : s->autoScaling->scheduledActions) {
            if (!names.isEmpty() && !names.contains(a.scheduledActionName))
                continue;
            QJsonObject o =
                merged(resource(id), Model::ServiceAutoScaling::scheduledActionToJson(a));
            for (const char *key : {"StartTime", "EndTime"}) {
                const QDateTime t =
                    QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
                if (t.isValid())
                    o.insert(QLatin1String(key), epoch(t.toMSecsSinceEpoch()));
                else
                    o.remove(QLatin1String(key));
            }
            o.insert(QLatin1String("ScheduledActionARN"),
                     scheduledActionArn(id, a.scheduledActionName));
            o.insert(QLatin1String("CreationTime"),
                     createdAt(id + QStringLiteral("/scheduledAction/") + a.scheduledActionName));
            out.append(o);
        }
    }
    return ApiReply{200, {{QLatin1String("ScheduledActions"), out}}};
}

} // namespace Berth::Engine
