// The checks that ask the run's other services and its instances: Elastic Load Balancing's
// target health, Application Auto Scaling's activities and ECS's container instances (those
// capacity providers launch included), through the run's API as the aws CLI asks them.

#include "engine/labs/labchecker.h"

#include "engine/enginetr.h"
#include "engine/labs/labcheckhelpers.h"

#include "model/export/autoscalingexport.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Berth::Engine {

using namespace Berth::Model;
using namespace Berth::Engine::Internal;

namespace {

const QStringList &targetStates()
{
    static const QStringList states{QStringLiteral("healthy"), QStringLiteral("initial"),
                                    QStringLiteral("unhealthy"), QStringLiteral("draining"),
                                    QStringLiteral("unused")};
    return states;
}

/// "2 healthy": ELB's state of a number of targets.
QString targetsIn(const QString &state, int n)
{
    if (state == QLatin1String("healthy"))
        return Tr::tr("%n healthy", nullptr, n);
    if (state == QLatin1String("initial"))
        return Tr::tr("%n initial", nullptr, n);
    if (state == QLatin1String("unhealthy"))
        return Tr::tr("%n unhealthy", nullptr, n);
    if (state == QLatin1String("draining"))
        return Tr::tr("%n draining", nullptr, n);
    return Tr::tr("%1: %n", nullptr, n).arg(state);
}

/// Whether \a n meets a count (N, or {"atLeast": N} and/or {"atMost": N}), and how to say
/// what was expected; \a counted names a number of what is counted ("2 healthy").
bool meets(int n, const QJsonValue &count, const std::function<QString(int)> &counted,
           QString *expected)
{
    if (!count.isObject()) {
        *expected = counted(count.toInt());
        return n == count.toInt();
    }
    const QJsonObject o = count.toObject();
    QStringList parts;
    bool ok = true;
    if (o.contains(QLatin1String("atLeast"))) {
        const int least = o.value(QLatin1String("atLeast")).toInt();
        parts << Tr::tr("at least %1").arg(counted(least));
        ok = ok && n >= least;
    }
    if (o.contains(QLatin1String("atMost"))) {
        const int most = o.value(QLatin1String("atMost")).toInt();
        parts << Tr::tr("at most %1").arg(counted(most));
        ok = ok && n <= most;
    }
    *expected = parts.join(QStringLiteral(", "));
    return ok;
}

} // namespace

LabCheckOutcome LabChecker::targets(const QJsonObject &check)
{
    const QString group = check.value(QLatin1String("targetGroup")).toString();
    const QString label = labelOf(check, Tr::tr("targets of target group %1").arg(group));
    if (!m_design.targetGroup(group))
        return {false, false, Tr::tr("%1: saw no such target group in the design").arg(label)};
    const ApiCallResult r =
        m_live(QStringLiteral("elasticloadbalancing:DescribeTargetHealth"),
               QJsonObject{{QLatin1String("TargetGroupArn"), m_design.targetGroupArn(group)}});
    if (!r.ok)
        return {false, false, Tr::tr("%1: the run did not answer: %2").arg(label, r.errorMessage)};
    QHash<QString, int> counts;
    QStringList reasons;
    for (const QJsonValue v : r.body.value(QLatin1String("TargetHealthDescriptions")).toArray()) {
        const QJsonObject health = v.toObject().value(QLatin1String("TargetHealth")).toObject();
        const QString state = health.value(QLatin1String("State")).toString();
        ++counts[state];
        const QString why = health.value(QLatin1String("Description")).toString();
        if (state == QLatin1String("unhealthy") && !why.isEmpty() && !reasons.contains(why))
            reasons << why;
    }
    QStringList seen;
    for (const QString &state : targetStates()) {
        if (counts.value(state))
            seen << targetsIn(state, counts.value(state));
    }
    QString saw =
        seen.isEmpty() ? Tr::tr("no registered targets") : seen.join(QStringLiteral(", "));
    if (!reasons.isEmpty())
        saw += QStringLiteral(" (\"%1\")").arg(reasons.first());
    QStringList expected;
    bool passed = true;
    for (const QString &state : targetStates()) {
        if (!check.contains(state))
            continue;
        QString wanted;
        passed = meets(
                     counts.value(state), check.value(state),
                     [&](int n) { return targetsIn(state, n); }, &wanted) &&
                 passed;
        expected << wanted;
    }
    return outcome(passed, label, saw, expected.join(QStringLiteral(", ")));
}

LabCheckOutcome LabChecker::scaling(const QJsonObject &check)
{
    const QString name = check.value(QLatin1String("service")).toString();
    const QString label = labelOf(check, Tr::tr("scaling activities of service %1").arg(name));
    const Service *service = m_design.service(name);
    if (!service)
        return {false, false, Tr::tr("%1: saw no service %2 in the design").arg(label, name)};
    const ApiCallResult r =
        m_live(QStringLiteral("application-autoscaling:DescribeScalingActivities"),
               QJsonObject{{QLatin1String("ServiceNamespace"), QStringLiteral("ecs")},
                           {QLatin1String("ResourceId"), AutoScalingExport::resourceId(*service)},
                           {QLatin1String("IncludeNotScaledActivities"), true}});
    if (!r.ok)
        return {false, false, Tr::tr("%1: the run did not answer: %2").arg(label, r.errorMessage)};

    const bool sized = check.contains(QLatin1String("desiredAtLeast")) ||
                       check.contains(QLatin1String("desiredAtMost"));
    // A scale-out or scale-in is one that succeeded, unless the lab says otherwise.
    const QString status = check.value(QLatin1String("statusCode"))
                               .toString(sized ? QStringLiteral("Successful") : QString());
    const QString text = check.value(QLatin1String("contains")).toString();
    const QString reason = check.value(QLatin1String("notScaledReason")).toString();
    const int want = check.value(QLatin1String("count")).toInt(1);
    static const QRegularExpression desiredIn(QStringLiteral("desired count to (\\d+)"));
    const QJsonArray activities = r.body.value(QLatin1String("ScalingActivities")).toArray();
    int matching = 0;
    for (const QJsonValue v : activities) {
        const QJsonObject a = v.toObject();
        const QString description = a.value(QLatin1String("Description")).toString();
        const QRegularExpressionMatch m = desiredIn.match(description);
        const int desired = m.hasMatch() ? m.captured(1).toInt() : -1;
        QStringList codes;
        for (const QJsonValue n : a.value(QLatin1String("NotScaledReasons")).toArray())
            codes << n.toObject().value(QLatin1String("Code")).toString();
        const bool found =
            (status.isEmpty() || a.value(QLatin1String("StatusCode")).toString() == status) &&
            (!check.contains(QLatin1String("desiredAtLeast")) ||
             desired >= intOf(check, "desiredAtLeast")) &&
            (!check.contains(QLatin1String("desiredAtMost")) ||
             (desired >= 0 && desired <= intOf(check, "desiredAtMost"))) &&
            (text.isEmpty() || description.contains(text) ||
             a.value(QLatin1String("StatusMessage")).toString().contains(text) ||
             a.value(QLatin1String("Cause")).toString().contains(text)) &&
            (reason.isEmpty() || codes.contains(reason));
        matching += found;
    }

    QString saw = Tr::tr("no scaling activities");
    if (!activities.isEmpty()) {
        const QJsonObject latest = activities.first().toObject();
        const QString message = latest.value(QLatin1String("StatusMessage")).toString();
        saw = Tr::tr("%n activity(ies), the latest \"%1\" (%2)", nullptr, int(activities.size()))
                  .arg(message.isEmpty() ? latest.value(QLatin1String("Description")).toString()
                                         : message,
                       latest.value(QLatin1String("StatusCode")).toString());
    }
    QStringList wanted;
    if (!status.isEmpty())
        wanted << status;
    if (check.contains(QLatin1String("desiredAtLeast")))
        wanted << Tr::tr("setting the desired count to at least %1")
                      .arg(intOf(check, "desiredAtLeast"));
    if (check.contains(QLatin1String("desiredAtMost")))
        wanted
            << Tr::tr("setting the desired count to at most %1").arg(intOf(check, "desiredAtMost"));
    if (!text.isEmpty())
        wanted << Tr::tr("with \"%1\"").arg(text);
    if (!reason.isEmpty())
        wanted << Tr::tr("not scaled for %1").arg(reason);
    return outcome(matching >= want, label, saw,
                   Tr::tr("at least %n activity(ies): %1", nullptr, want)
                       .arg(wanted.join(QStringLiteral(", "))));
}

LabCheckOutcome LabChecker::instances(const QJsonObject &check)
{
    const QString provider = check.value(QLatin1String("capacityProvider")).toString();
    QString cluster = check.value(QLatin1String("cluster")).toString();
    for (const Cluster &c : std::as_const(m_design.clusters)) {
        if (cluster.isEmpty() && !provider.isEmpty() && c.capacityProvider(provider))
            cluster = c.name;
    }
    if (cluster.isEmpty() && !m_design.clusters.isEmpty())
        cluster = m_design.clusters.first().name;
    const QString label = labelOf(
        check, provider.isEmpty() ? Tr::tr("container instances of cluster %1").arg(cluster)
                                  : Tr::tr("instances of capacity provider %1").arg(provider));
    const bool withTasks = check.value(QLatin1String("withTasks")).toBool();
    const auto counted = [withTasks](int n) {
        return withTasks ? Tr::tr("%n instance(s) running tasks", nullptr, n)
                         : Tr::tr("%n instance(s)", nullptr, n);
    };
    QString expected;
    meets(0, check.value(QLatin1String("count")), counted, &expected);
    const Cluster *inDesign = m_design.cluster(cluster);
    if (!inDesign)
        return outcome(false, label, Tr::tr("no cluster %1 in the design").arg(cluster), expected);
    if (!provider.isEmpty() && !inDesign->capacityProvider(provider))
        return outcome(false, label,
                       Tr::tr("no capacity provider %1 in cluster %2").arg(provider, cluster),
                       expected);

    // As the aws CLI pages them: ListContainerInstances, then DescribeContainerInstances of
    // up to 100 at a time.
    QJsonObject list{{QLatin1String("cluster"), cluster}};
    if (check.contains(QLatin1String("status")))
        list.insert(QLatin1String("status"), check.value(QLatin1String("status")));
    QJsonArray arns;
    for (;;) {
        const ApiCallResult r = m_live(QStringLiteral("ListContainerInstances"), list);
        if (!r.ok)
            return {false, false,
                    Tr::tr("%1: the run did not answer: %2").arg(label, r.errorMessage)};
        for (const QJsonValue v : r.body.value(QLatin1String("containerInstanceArns")).toArray())
            arns.append(v);
        const QString next = r.body.value(QLatin1String("nextToken")).toString();
        if (next.isEmpty())
            break;
        list.insert(QLatin1String("nextToken"), next);
    }
    QList<int> tasksPerInstance; // runningTasksCount of each instance counted
    for (qsizetype from = 0; from < arns.size(); from += 100) {
        QJsonArray some;
        for (qsizetype k = from; k < std::min(from + 100, arns.size()); ++k)
            some.append(arns.at(k));
        const ApiCallResult r = m_live(QStringLiteral("DescribeContainerInstances"),
                                       QJsonObject{{QLatin1String("cluster"), cluster},
                                                   {QLatin1String("containerInstances"), some}});
        if (!r.ok)
            return {false, false,
                    Tr::tr("%1: the run did not answer: %2").arg(label, r.errorMessage)};
        for (const QJsonValue v : r.body.value(QLatin1String("containerInstances")).toArray()) {
            const QJsonObject i = v.toObject();
            if (provider.isEmpty() ||
                i.value(QLatin1String("capacityProviderName")).toString() == provider)
                tasksPerInstance << intOf(i, "runningTasksCount");
        }
    }
    const int n = withTasks ? int(std::count_if(tasksPerInstance.begin(), tasksPerInstance.end(),
                                                [](int tasks) { return tasks > 0; }))
                            : int(tasksPerInstance.size());
    QString saw = counted(n);
    if (!tasksPerInstance.isEmpty()) {
        QStringList each;
        for (const int tasks : std::as_const(tasksPerInstance))
            each << QString::number(tasks);
        saw += QStringLiteral(" (%1)").arg(
            Tr::tr("running tasks per instance: %1").arg(each.join(QStringLiteral(", "))));
    }
    return outcome(meets(n, check.value(QLatin1String("count")), counted, &expected), label, saw,
                   expected);
}

} // namespace Berth::Engine
