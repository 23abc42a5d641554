// Every message Berth prints in ECS's words, beside where the wording was confirmed
// (../shared/ecs-reference.md, "Service event wording": G the guide's "Service event
// messages" page, P another guide page, O published real output, B Berth's own wording where
// AWS publishes none). A message that drifts
// from this table fails here.
#include "engine/scheduler/ecsevents.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Berth::Engine;

namespace {

struct Expected
{
    const char *key;
    const char *source;
    const char *text;
};

// The sample arguments are those of EcsEvents::catalogue().
const Expected kTable[] = {
    {"steadyState", "G O", "(service web) has reached a steady state."},
    {"startedTasks", "O",
     "(service web) has started 2 tasks: (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9) "
     "(task f9e8d7c6b5a4938271605f4e3d2c1b0a)."},
    {"stoppedTasks", "O",
     "(service web) has stopped 1 running tasks: (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9)."},
    {"beganDraining", "O", "(service web) has begun draining connections on 1 tasks."},
    {"registeredTargets", "O",
     "(service web) registered 1 targets in (target-group arn:aws:elasticloadbalancing:"
     "us-east-1:123456789012:targetgroup/web-tg/6d0ecf831eec9f09)"},
    {"deregisteredTargets", "O",
     "(service web) deregistered 3 targets in (target-group arn:aws:elasticloadbalancing:"
     "us-east-1:123456789012:targetgroup/web-tg/6d0ecf831eec9f09)"},
    {"targetUnhealthy", "P O",
     "(service web) (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9) (instance i-0123456789abcdef0) "
     "(port 32768) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:"
     "123456789012:targetgroup/web-tg/6d0ecf831eec9f09) due to (reason Health checks failed "
     "with these codes: [502])"},
    {"targetUnhealthyAwsvpc", "P O",
     "(service web) (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9) (port 80) is unhealthy in "
     "(target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/"
     "6d0ecf831eec9f09) due to (reason Request timed out)"},
    {"failedContainerHealthChecks", "O",
     "(service web) (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9) failed container health checks."},
    {"deploymentCompleted", "O",
     "(service web) (deployment ecs-svc/1234567890123456789) deployment completed."},
    {"deploymentFailed", "O",
     "(service web) (deployment ecs-svc/1234567890123456789) deployment failed: tasks failed "
     "to start."},
    {"rollingBack", "O", "(service web) rolling back to deployment ecs-svc/1234567890123456789."},
    {"unableToConsistentlyStart", "P O",
     "(service web) is unable to consistently start tasks successfully."},
    {"blockedByDeploymentConfiguration", "G",
     "(service web) was unable to stop or start tasks during a deployment because of the "
     "service deployment configuration. Update the minimumHealthyPercent or maximumPercent "
     "value and try again."},
    {"unableToPlaceMemory", "G O",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. The closest matching (container-instance 5d3c6e2b9f0a41c7a8e1b2d3c4f5a6b7) "
     "has insufficient memory available. For more information, see the Troubleshooting "
     "section of the Amazon ECS Developer Guide."},
    {"unableToPlaceCpu", "G O",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. The closest matching (container-instance 5d3c6e2b9f0a41c7a8e1b2d3c4f5a6b7) "
     "has insufficient CPU units available. For more information, see the Troubleshooting "
     "section of the Amazon ECS Developer Guide."},
    {"unableToPlacePort", "G O",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. The closest matching (container-instance 5d3c6e2b9f0a41c7a8e1b2d3c4f5a6b7) "
     "is already using a port required by your task. For more information, see the "
     "Troubleshooting section of the Amazon ECS Developer Guide."},
    {"unableToPlacePortLimit", "G",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. The closest matching (container-instance 5d3c6e2b9f0a41c7a8e1b2d3c4f5a6b7) "
     "encountered error \"RESOURCE:PORTS\". For more information, see the Troubleshooting "
     "section of the Amazon ECS Developer Guide."},
    {"unableToPlaceEni", "G",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. The closest matching (container-instance 5d3c6e2b9f0a41c7a8e1b2d3c4f5a6b7) "
     "encountered error \"RESOURCE:ENI\". For more information, see the Troubleshooting "
     "section of the Amazon ECS Developer Guide."},
    {"unableToPlaceNoInstances", "O",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. Reason: No Container Instances were found in your cluster. For more "
     "information, see the Troubleshooting section of the Amazon ECS Developer Guide."},
    {"unableToPlaceConstraint", "G",
     "(service web) was unable to place a task because no container instance met all of its "
     "requirements. For more information, see the Troubleshooting section of the Amazon ECS "
     "Developer Guide."},
    {"unableToPlaceQuota", "G",
     "(service web) was unable to place a task. Reason: You've reached the limit on the "
     "number of tasks you can run concurrently"},
    {"unableToPlaceCapacity", "G",
     "(service web) was unable to place a task. Reason: Capacity is unavailable at this time."},
    {"stopReasonScaling", "G",
     "Scaling activity initiated by (deployment ecs-svc/1234567890123456789)"},
    {"stopReasonElb", "G",
     "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:"
     "123456789012:targetgroup/web-tg/6d0ecf831eec9f09)"},
    {"stopReasonHealth", "G", "Task failed container health checks"},
    {"stopReasonExited", "G", "Essential container in task exited"},
    {"stopReasonUser", "G", "Task stopped by user"},
    {"autoScalingDescription", "O", "Setting desired count to 3."},
    {"autoScalingSucceeded", "O",
     "Successfully set desired count to 3. Change successfully fulfilled by ecs."},
    {"autoScalingNotScaledDescription", "B", "Attempting to set desired count to 4."},
    {"autoScalingNotScaled", "B", "Failed to set desired count to 4."},
    {"autoScalingAlarmCause", "O",
     "monitor alarm TargetTracking-service/default/web-AlarmHigh-5b2d4c1e-7f3a-4b6c-9d8e-"
     "0a1b2c3d4e5f in state ALARM triggered policy cpu70"},
    {"autoScalingScheduledCause", "B", "scheduled action name night was triggered"},
    {"autoScalingEvent", "O",
     "Message: Successfully set desired count to 3. Change successfully fulfilled by ecs. "
     "Cause: monitor alarm web-cpu-high in state ALARM triggered policy web-step"},
};

} // namespace

class TestEcsEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageMatchesTheTable()
    {
        const QList<EcsEvents::Message> catalogue = EcsEvents::catalogue();
        QSet<QString> seen;
        for (const EcsEvents::Message &m : catalogue) {
            const Expected *row = nullptr;
            for (const Expected &e : kTable) {
                if (qstrcmp(e.key, m.key) == 0)
                    row = &e;
            }
            QVERIFY2(row, qPrintable(QStringLiteral("%1 is not in the table: add it with its "
                                                    "source").arg(QLatin1String(m.key))));
            QCOMPARE(m.sample, QString::fromUtf8(row->text));
            QCOMPARE(QByteArray(m.source), QByteArray(row->source));
            seen.insert(QLatin1String(m.key));
        }
        for (const Expected &e : kTable)
            QVERIFY2(seen.contains(QLatin1String(e.key)),
                     qPrintable(QStringLiteral("%1 is no longer emitted").arg(
                         QLatin1String(e.key))));
    }

    // ECS's form puts the word inside the parentheses; no count is made singular.
    void noSingularCountsAndServiceInParentheses()
    {
        for (const EcsEvents::Message &m : EcsEvents::catalogue()) {
            QVERIFY2(!m.sample.contains(QRegularExpression(QStringLiteral("\\b1 (task|target)\\b"))),
                     qPrintable(m.sample));
            QVERIFY2(!m.sample.startsWith(QLatin1String("service ")), qPrintable(m.sample));
        }
    }

    // Every event text comes from EcsEvents: no other engine source composes one.
    void noEventComposedElsewhere()
    {
        const QString root = QStringLiteral(BERTH_SOURCE_DIR) + QStringLiteral("/engine");
        const QRegularExpression event(
            QStringLiteral("\"\\(?service %1\\)? (has |was |registered|deregistered|is |\\()"));
        QStringList offenders;
        QDirIterator it(root, {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/ecsevents.cpp")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                if (event.match(QString::fromUtf8(f.readLine())).hasMatch())
                    offenders << QStringLiteral("%1:%2").arg(path).arg(line);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestEcsEvents)
#include "tst_ecsevents.moc"
