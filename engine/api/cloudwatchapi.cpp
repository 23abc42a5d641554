#include "engine/api/cloudwatchapi.h"

#include "engine/api/autoscalingapi.h"
#include "engine/runtime/runsession.h"
#include "model/export/autoscalingexport.h"
#include "model/validation/validator.h"

#include <QJsonArray>
#include <QSet>

namespace Berth::Engine {

namespace {

QueryReply answer(const QString &action, const QJsonObject &result = {})
{
    return QueryProtocol::reply(action, QLatin1String(CloudWatchApi::kNamespace), result);
}

QueryReply validation(const QString &message)
{
    return CloudWatchApi::error(QStringLiteral("ValidationError"), message);
}

/// A step scaling policy of a service.
struct PolicyRef
{
    QString service;
    QString policy;
};

/// The policy whose ARN is among \a arns, or (\a arns empty) the step policy whose alarm is
/// \a alarmName.
std::optional<PolicyRef> findPolicy(const Model::ProjectData &d, const QStringList &arns,
                                    const QString &alarmName = {})
{
    for (const Model::Service &s : d.services) {
        if (!s.autoScaling)
            continue;
        for (const Model::ScalingPolicy &p : s.autoScaling->policies) {
            const bool named = arns.isEmpty()
                                   ? p.isStepScaling() && !alarmName.isEmpty() &&
                                         p.stepScaling.alarm.alarmName == alarmName
                                   : arns.contains(AutoScalingApi::policyArn(d, s, p.policyName));
            if (named)
                return PolicyRef{s.name, p.policyName};
        }
    }
    return std::nullopt;
}

Model::ScalingPolicy *policyIn(Model::ProjectData &d, const PolicyRef &ref)
{
    Model::Service *s = d.service(ref.service);
    if (!s || !s->autoScaling)
        return nullptr;
    for (Model::ScalingPolicy &p : s->autoScaling->policies) {
        if (p.policyName == ref.policy)
            return &p;
    }
    return nullptr;
}

QString stateValue(AlarmState state)
{
    switch (state) {
    case AlarmState::Alarm:
        return QStringLiteral("ALARM");
    case AlarmState::Ok:
        return QStringLiteral("OK");
    case AlarmState::InsufficientData:
        break;
    }
    return QStringLiteral("INSUFFICIENT_DATA");
}

} // namespace

CloudWatchApi::CloudWatchApi(RunSession &session) : m_session(session)
{
}

QStringList CloudWatchApi::operations()
{
    return {QStringLiteral("DeleteAlarms"), QStringLiteral("DescribeAlarms"),
            QStringLiteral("PutMetricAlarm")};
}

QueryReply CloudWatchApi::error(const QString &code, const QString &message, int status)
{
    return QueryProtocol::errorReply(QLatin1String(kNamespace), code, message, status);
}

QueryReply CloudWatchApi::call(const QJsonObject &input)
{
    const QString action = input.value(QLatin1String("Action")).toString();
    if (action == QLatin1String("PutMetricAlarm"))
        return putMetricAlarm(input);
    if (action == QLatin1String("DescribeAlarms"))
        return describeAlarms(input);
    if (action == QLatin1String("DeleteAlarms"))
        return deleteAlarms(input);
    return error(QStringLiteral("InvalidAction"),
                 QStringLiteral("Berth's CloudWatch does not answer %1; it answers %2.")
                     .arg(action.isEmpty() ? QStringLiteral("a request without an Action") : action,
                          operations().join(QLatin1String(", "))));
}

QueryReply CloudWatchApi::putMetricAlarm(const QJsonObject &in)
{
    const auto text = [&in](const char *key) { return in.value(QLatin1String(key)).toString(); };
    Model::MetricAlarm alarm;
    alarm.alarmName = text("AlarmName");
    if (alarm.alarmName.isEmpty())
        return error(QStringLiteral("MissingParameter"),
                     QStringLiteral("The parameter AlarmName is required."));
    if (in.contains(QLatin1String("Metrics")) || in.contains(QLatin1String("ExtendedStatistic")))
        return validation(QStringLiteral("Berth's alarms watch one metric with a Statistic; "
                                         "metric math and ExtendedStatistic are not "
                                         "supported."));
    const Model::ProjectData design = m_session.design();
    const std::optional<PolicyRef> ref =
        findPolicy(design, QueryProtocol::texts(in.value(QLatin1String("AlarmActions"))));
    if (!ref)
        return validation(QStringLiteral("Berth keeps an alarm with the step scaling policy it "
                                         "triggers: name the policy's ARN (put-scaling-policy "
                                         "answers it) in AlarmActions."));
    const Model::Service &service = *design.service(ref->service);
    if (!service.autoScaling->policy(ref->policy)->isStepScaling())
        return validation(QStringLiteral("Policy %1 is a target tracking policy, which creates "
                                         "its own alarms; an alarm's action can name a step "
                                         "scaling policy.")
                              .arg(ref->policy));
    alarm.metricName = text("MetricName");
    if (!Model::AutoScalingNames::alarmMetricNames().contains(alarm.metricName))
        return error(QStringLiteral("InvalidParameterValue"),
                     QStringLiteral("Berth samples CPUUtilization and MemoryUtilization (AWS/ECS) "
                                    "and RequestCountPerTarget (AWS/ApplicationELB); MetricName "
                                    "%1 is not one of them.")
                         .arg(alarm.metricName));
    if (in.contains(QLatin1String("Statistic")))
        alarm.statistic = text("Statistic");
    alarm.period = text("Period").toInt();
    alarm.evaluationPeriods = text("EvaluationPeriods").toInt();
    if (in.contains(QLatin1String("DatapointsToAlarm")))
        alarm.datapointsToAlarm = text("DatapointsToAlarm").toInt();
    alarm.threshold = text("Threshold").toDouble();
    alarm.comparisonOperator = text("ComparisonOperator");

    // The metric must be the service's (or its target group's), as Berth samples it.
    const QJsonObject expected = Model::AutoScalingExport::putMetricAlarm(design, service, alarm);
    const auto dimensions = [](const QJsonValue &list) {
        QSet<QString> out;
        for (const QJsonValue v : list.toArray())
            out << v[QLatin1String("Name")].toString() + u'=' +
                       v[QLatin1String("Value")].toString();
        return out;
    };
    const QSet<QString> wanted = dimensions(expected.value(QLatin1String("Dimensions")));
    const QString ns = expected.value(QLatin1String("Namespace")).toString();
    if (text("Namespace") != ns || dimensions(in.value(QLatin1String("Dimensions"))) != wanted) {
        QStringList names = wanted.values();
        names.sort();
        return error(QStringLiteral("InvalidParameterValue"),
                     QStringLiteral("The alarm of policy %1 watches %2 of service %3: Namespace "
                                    "%4 with the dimensions %5.")
                         .arg(ref->policy, alarm.metricName, service.name, ns,
                              names.join(QLatin1String(", "))));
    }

    const auto edit = [&](Model::ProjectData &d) {
        // An alarm name is one alarm: put again, it moves to the policy it now names.
        for (Model::Service &s : d.services) {
            if (!s.autoScaling)
                continue;
            for (Model::ScalingPolicy &p : s.autoScaling->policies) {
                if (p.isStepScaling() && p.stepScaling.alarm.alarmName == alarm.alarmName)
                    p.stepScaling.alarm = Model::MetricAlarm();
            }
        }
        if (Model::ScalingPolicy *p = policyIn(d, *ref))
            p->stepScaling.alarm = alarm;
    };
    // Refused with the design's own words (the period in whole minutes, datapoints...).
    Model::ProjectData checked = design;
    edit(checked);
    for (const Model::Diagnostic &d : Model::Validator::validate(checked)) {
        if (d.isError() && d.entity == service.name && d.path.contains(QLatin1String("Alarm")))
            return validation(d.message);
    }
    const QString problem =
        m_session.editDesign(QStringLiteral("PutMetricAlarm %1").arg(alarm.alarmName), edit);
    if (!problem.isEmpty())
        return validation(problem);
    return answer(QStringLiteral("PutMetricAlarm"));
}

QueryReply CloudWatchApi::describeAlarms(const QJsonObject &in)
{
    const QStringList names = QueryProtocol::texts(in.value(QLatin1String("AlarmNames")));
    const QString prefix = in.value(QLatin1String("AlarmNamePrefix")).toString();
    const QString stateFilter = in.value(QLatin1String("StateValue")).toString();
    const Model::ProjectData d = m_session.design();
    const AutoScaling *scaling = m_session.autoScaling();
    QJsonArray alarms;
    // PutMetricAlarm's members as export writes them, plus what CloudWatch adds.
    const auto describe = [&](const Model::Service &s, const Model::ScalingPolicy &p,
                              const Model::MetricAlarm &a, AlarmState state) {
        if ((!names.isEmpty() && !names.contains(a.alarmName)) || !a.alarmName.startsWith(prefix) ||
            (!stateFilter.isEmpty() && stateValue(state) != stateFilter))
            return;
        const QString policy = AutoScalingApi::policyArn(d, s, p.policyName);
        QJsonObject o = Model::AutoScalingExport::putMetricAlarm(d, s, a);
        o.insert(QLatin1String("AlarmArn"), QStringLiteral("arn:aws:cloudwatch:%1:%2:alarm:%3")
                                                .arg(d.region, d.accountId, a.alarmName));
        if (p.isTargetTracking())
            o.insert(QLatin1String("AlarmDescription"),
                     QStringLiteral("DO NOT EDIT OR DELETE. For TargetTrackingScaling policy %1.")
                         .arg(policy));
        o.insert(QLatin1String("ActionsEnabled"), true);
        o.insert(QLatin1String("AlarmActions"), QJsonArray{policy});
        o.insert(QLatin1String("StateValue"), stateValue(state));
        o.insert(QLatin1String("StateReason"),
                 QStringLiteral("Evaluated by Berth's run on its lab clock"));
        alarms.append(o);
    };
    for (const Model::Service &s : d.services) {
        if (!s.autoScaling)
            continue;
        std::optional<ServiceScalingStatus> status;
        if (scaling)
            status = scaling->status(s.name);
        const QList<ScalingAlarmStatus> running = status ? status->alarms
                                                         : QList<ScalingAlarmStatus>();
        for (const Model::ScalingPolicy &p : s.autoScaling->policies) {
            if (p.isStepScaling() && !p.stepScaling.alarm.alarmName.isEmpty()) {
                AlarmState state = AlarmState::InsufficientData;
                for (const ScalingAlarmStatus &st : running) {
                    if (st.alarmName == p.stepScaling.alarm.alarmName)
                        state = st.state;
                }
                describe(s, p, p.stepScaling.alarm, state);
            } else if (p.isTargetTracking()) {
                // The two alarms the run made for the policy, as AWS makes them.
                for (const ScalingAlarmStatus &st : running) {
                    if (st.policyName != p.policyName)
                        continue;
                    Model::MetricAlarm a;
                    a.alarmName = st.alarmName;
                    a.metricName = cloudWatchMetricName(st.metric);
                    a.statistic = AlarmRule::statisticName(st.rule.statistic);
                    a.period = st.rule.periodSeconds;
                    a.evaluationPeriods = st.rule.evaluationPeriods;
                    a.datapointsToAlarm = st.rule.datapointsToAlarm;
                    a.threshold = st.rule.threshold;
                    a.comparisonOperator = AlarmRule::comparisonName(st.rule.comparison);
                    describe(s, p, a, st.state);
                }
            }
        }
    }
    return answer(QStringLiteral("DescribeAlarms"), {{QLatin1String("MetricAlarms"), alarms}});
}

QueryReply CloudWatchApi::deleteAlarms(const QJsonObject &in)
{
    const QStringList names = QueryProtocol::texts(in.value(QLatin1String("AlarmNames")));
    const Model::ProjectData design = m_session.design();
    QList<PolicyRef> refs;
    for (const QString &name : names) {
        const std::optional<PolicyRef> ref = findPolicy(design, {}, name);
        if (!ref && name.startsWith(QLatin1String("TargetTracking-"))) {
            const AutoScaling *scaling = m_session.autoScaling();
            for (const Model::Service &s : design.services) {
                const std::optional<ServiceScalingStatus> status =
                    scaling ? scaling->status(s.name) : std::nullopt;
                for (const ScalingAlarmStatus &st :
                     status ? status->alarms : QList<ScalingAlarmStatus>()) {
                    if (st.alarmName == name)
                        return validation(
                            QStringLiteral("Alarm %1 belongs to the target tracking policy %2 "
                                           "of service %3, which keeps it; delete the policy "
                                           "(delete-scaling-policy) and its alarms go with it.")
                                .arg(name, st.policyName, s.name));
                }
            }
        }
        if (!ref)
            return error(QStringLiteral("ResourceNotFound"),
                         QStringLiteral("Alarm %1 does not exist; no alarm was deleted.").arg(name),
                         404);
        refs << *ref;
    }
    const QString problem =
        m_session.editDesign(QStringLiteral("DeleteAlarms %1").arg(names.join(QLatin1String(", "))),
                             [&](Model::ProjectData &d) {
                                 for (const PolicyRef &ref : refs) {
                                     if (Model::ScalingPolicy *p = policyIn(d, ref))
                                         p->stepScaling.alarm = Model::MetricAlarm();
                                 }
                             });
    if (!problem.isEmpty())
        return validation(problem);
    return answer(QStringLiteral("DeleteAlarms"));
}

} // namespace Berth::Engine
