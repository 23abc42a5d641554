// A service's Application Auto Scaling in the design: the project file keeps it (and files
// without it load unchanged), validation finds what AWS would refuse by JSON path, schedules
// parse and run when AWS runs them, and export writes the AWS CLI's inputs, checked against
// botocore's models.
#include "model/ecsjson.h"
#include "model/export/autoscalingexport.h"
#include "model/projectfile.h"
#include "model/scalingschedule.h"
#include "model/validation/validator.h"

#include "../skiporfail.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Berth::Model;

using Mutation = std::function<void(ProjectData &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QString samplePath()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR") +
           QStringLiteral("/resources/samples/web-api.berth");
}

ProjectData sample()
{
    return *ProjectFile::load(samplePath()).data;
}

/// The sample's "front" service (behind front-tg on the ALB "web") scaling every way.
ProjectData scaled()
{
    ProjectData data = sample();
    Service *front = data.service(QStringLiteral("front"));
    ServiceAutoScaling s;
    s.minCapacity = 2;
    s.maxCapacity = 8;
    ScalingPolicy cpu;
    cpu.policyName = QStringLiteral("cpu70");
    cpu.targetTracking.targetValue = 70;
    cpu.targetTracking.scaleInCooldown = 120;
    ScalingPolicy requests;
    requests.policyName = QStringLiteral("requests");
    requests.targetTracking.targetValue = 1000;
    requests.targetTracking.predefinedMetricType = QStringLiteral("ALBRequestCountPerTarget");
    requests.targetTracking.disableScaleIn = true;
    ScalingPolicy step;
    step.policyName = QStringLiteral("burst");
    step.policyType = QStringLiteral("StepScaling");
    step.stepScaling.adjustmentType = QStringLiteral("PercentChangeInCapacity");
    step.stepScaling.stepAdjustments = {{0.0, 20.0, 50}, {20.0, std::nullopt, 100}};
    step.stepScaling.minAdjustmentMagnitude = 1;
    step.stepScaling.cooldown = 60;
    step.stepScaling.alarm.alarmName = QStringLiteral("front-cpu-90");
    step.stepScaling.alarm.threshold = 90;
    step.stepScaling.alarm.evaluationPeriods = 2;
    s.policies = {cpu, requests, step};
    s.scheduledActions = {{QStringLiteral("weekday-morning"),
                           QStringLiteral("cron(0 8 ? * MON-FRI *)"),
                           QStringLiteral("Asia/Tokyo"),
                           {},
                           {},
                           4,
                           10}};
    front->autoScaling = s;
    return data;
}

QStringList rulesAt(const Diagnostics &diagnostics, const QString &path)
{
    QStringList rules;
    for (const Diagnostic &d : diagnostics) {
        if (d.path == path)
            rules << d.rule;
    }
    return rules;
}

const QString kScaling = QStringLiteral("$.services[0].autoScaling");
const QString kPolicy0 = kScaling + QStringLiteral(".ScalingPolicies[0]");
const QString kPolicy2 = kScaling + QStringLiteral(".ScalingPolicies[2]");

} // namespace

class TestAutoScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const ProjectData data = scaled();
        const QByteArray saved = ProjectFile::serialize(data);
        const ProjectFile::LoadResult again = ProjectFile::parse(saved);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.data->service(QStringLiteral("front"))->autoScaling.has_value());
        QCOMPARE(*again.data->service(QStringLiteral("front"))->autoScaling,
                 *data.service(QStringLiteral("front"))->autoScaling);
        QVERIFY(*again.data == data);
        QCOMPARE(ProjectFile::serialize(*again.data), saved);
        // AWS's member names, so the file reads like the CLI's inputs.
        const QJsonObject policy = QJsonDocument::fromJson(saved)
                                       .object()["services"][0]["autoScaling"]["ScalingPolicies"][0]
                                       .toObject();
        QCOMPARE(policy["TargetTrackingScalingPolicyConfiguration"]["TargetValue"].toDouble(),
                 70.0);
        QCOMPARE(policy["TargetTrackingScalingPolicyConfiguration"]["PredefinedMetricSpecification"]
                       ["PredefinedMetricType"]
                           .toString(),
                 QStringLiteral("ECSServiceAverageCPUUtilization"));
        QVERIFY(!policy["TargetTrackingScalingPolicyConfiguration"].toObject().contains(
            QLatin1String("ScaleOutCooldown"))); // unset stays unset
    }

    void olderFilesLoadUnchanged()
    {
        QFile f(samplePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const ProjectFile::LoadResult loaded = ProjectFile::parse(text);
        QVERIFY(loaded.ok());
        for (const Service &s : loaded.data->services)
            QVERIFY(!s.autoScaling);
        QVERIFY(!ProjectFile::serialize(*loaded.data).contains("autoScaling"));
        QCOMPARE(errorCount(Validator::validate(*loaded.data)), 0);
    }

    void wrongTypesAreReportedByPath()
    {
        QJsonObject root = QJsonDocument::fromJson(ProjectFile::serialize(scaled())).object();
        QJsonArray services = root["services"].toArray();
        QJsonObject front = services[0].toObject();
        QJsonObject scaling = front["autoScaling"].toObject();
        scaling["MaxCapacity"] = QStringLiteral("eight");
        front["autoScaling"] = scaling;
        services[0] = front;
        root["services"] = services;
        const ProjectFile::LoadResult loaded = ProjectFile::parse(QJsonDocument(root).toJson());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.startsWith(kScaling + QStringLiteral(".MaxCapacity")),
                 qPrintable(loaded.error));
        QVERIFY(loaded.position.line > 0);
    }

    void theScaledSampleIsValid()
    {
        const Diagnostics d = Validator::validate(scaled());
        for (const Diagnostic &x : d)
            QVERIFY2(!x.isError(), qPrintable(x.path + QStringLiteral(": ") + x.message));
    }

    void validation_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rule");
        auto scaling = [](ProjectData &d) -> ServiceAutoScaling & {
            return *d.service(QStringLiteral("front"))->autoScaling;
        };
        QTest::newRow("max below min")
            << Mutation([=](ProjectData &d) { scaling(d).maxCapacity = 1; })
            << kScaling + ".MaxCapacity"
            << "autoscaling.maxCapacity";
        QTest::newRow("desired below min")
            << Mutation([=](ProjectData &d) { scaling(d).minCapacity = 4; })
            << "$.services[0].desiredCount"
            << "autoscaling.desiredCount";
        QTest::newRow("desired above max")
            << Mutation([=](ProjectData &d) { d.service("front")->desiredCount = 9; })
            << "$.services[0].desiredCount"
            << "autoscaling.desiredCount";
        QTest::newRow("target zero") << Mutation([=](ProjectData &d) {
            scaling(d).policies[0].targetTracking.targetValue = 0;
        }) << kPolicy0 + ".TargetTrackingScalingPolicyConfiguration.TargetValue"
                                     << "autoscaling.targetValue";
        QTest::newRow("unknown metric")
            << Mutation([=](ProjectData &d) {
                   scaling(d).policies[0].targetTracking.predefinedMetricType = "EC2SpotFleet";
               })
            << kPolicy0 + ".TargetTrackingScalingPolicyConfiguration."
                          "PredefinedMetricSpecification.PredefinedMetricType"
            << "autoscaling.metric";
        QTest::newRow("ALB metric without a target group")
            << Mutation([=](ProjectData &d) { d.service("front")->loadBalancers.clear(); })
            << kScaling + ".ScalingPolicies[1].TargetTrackingScalingPolicyConfiguration."
                          "PredefinedMetricSpecification.PredefinedMetricType"
            << "autoscaling.metric.targetGroup";
        QTest::newRow("negative cooldown") << Mutation([=](ProjectData &d) {
            scaling(d).policies[0].targetTracking.scaleInCooldown = -1;
        }) << kPolicy0 + ".TargetTrackingScalingPolicyConfiguration.ScaleInCooldown"
                                           << "autoscaling.cooldown";
        QTest::newRow("same policy name")
            << Mutation([=](ProjectData &d) { scaling(d).policies[2].policyName = "cpu70"; })
            << kPolicy2 + ".PolicyName"
            << "autoscaling.policy.unique";
        QTest::newRow("steps overlap")
            << Mutation([=](ProjectData &d) {
                   scaling(d).policies[2].stepScaling.stepAdjustments[1].metricIntervalLowerBound =
                       15;
               })
            << kPolicy2 +
                   ".StepScalingPolicyConfiguration.StepAdjustments[1].MetricIntervalLowerBound"
            << "autoscaling.step.overlap";
        QTest::newRow("steps leave a gap")
            << Mutation([=](ProjectData &d) {
                   scaling(d).policies[2].stepScaling.stepAdjustments[1].metricIntervalLowerBound =
                       25;
               })
            << kPolicy2 +
                   ".StepScalingPolicyConfiguration.StepAdjustments[1].MetricIntervalLowerBound"
            << "autoscaling.step.gap";
        QTest::newRow("steps do not reach the top") << Mutation([=](ProjectData &d) {
            scaling(d).policies[2].stepScaling.stepAdjustments[1].metricIntervalUpperBound = 40;
        }) << kPolicy2 + ".StepScalingPolicyConfiguration.StepAdjustments"
                                                    << "autoscaling.step.open";
        QTest::newRow("a step without bounds") << Mutation([=](ProjectData &d) {
            scaling(d).policies[2].stepScaling.stepAdjustments[0] = {std::nullopt, std::nullopt, 1};
        }) << kPolicy2 + ".StepScalingPolicyConfiguration.StepAdjustments[0]"
                                               << "autoscaling.step.bounds";
        QTest::newRow("magnitude without percent") << Mutation([=](ProjectData &d) {
            scaling(d).policies[2].stepScaling.adjustmentType = "ChangeInCapacity";
        }) << kPolicy2 + ".StepScalingPolicyConfiguration.MinAdjustmentMagnitude"
                                                   << "autoscaling.step.minAdjustmentMagnitude";
        QTest::newRow("alarm period not a minute") << Mutation([=](ProjectData &d) {
            scaling(d).policies[2].stepScaling.alarm.period = 30;
        }) << kPolicy2 + ".Alarm.Period"
                                                   << "autoscaling.alarm.period";
        QTest::newRow("datapoints beyond periods") << Mutation([=](ProjectData &d) {
            scaling(d).policies[2].stepScaling.alarm.datapointsToAlarm = 3;
        }) << kPolicy2 + ".Alarm.DatapointsToAlarm"
                                                   << "autoscaling.alarm.datapoints";
        QTest::newRow("bad schedule") << Mutation([=](ProjectData &d) {
            scaling(d).scheduledActions[0].schedule = "cron(0 8 * *)";
        }) << kScaling + ".ScheduledActions[0].Schedule"
                                      << "autoscaling.schedule";
        QTest::newRow("schedule sets nothing") << Mutation([=](ProjectData &d) {
            scaling(d).scheduledActions[0].minCapacity.reset();
            scaling(d).scheduledActions[0].maxCapacity.reset();
        }) << kScaling + ".ScheduledActions[0].ScalableTargetAction"
                                               << "autoscaling.schedule.target";
        QTest::newRow("unknown time zone") << Mutation([=](ProjectData &d) {
            scaling(d).scheduledActions[0].timezone = "Asia/Tokio";
        }) << kScaling + ".ScheduledActions[0].Timezone"
                                           << "autoscaling.schedule.timezone";
        QTest::newRow("start time not a time") << Mutation([=](ProjectData &d) {
            scaling(d).scheduledActions[0].startTime = "next monday";
        }) << kScaling + ".ScheduledActions[0].StartTime"
                                               << "autoscaling.schedule.time";
        QTest::newRow("end before start") << Mutation([=](ProjectData &d) {
            scaling(d).scheduledActions[0].startTime = "2026-12-24T08:00:00Z";
            scaling(d).scheduledActions[0].endTime = "2026-12-01T08:00:00Z";
        }) << kScaling + ".ScheduledActions[0].EndTime"
                                          << "autoscaling.schedule.time";
        QTest::newRow("daemon") << Mutation([=](ProjectData &d) {
            d.service("front")->schedulingStrategy = "DAEMON";
        }) << kScaling << "autoscaling.daemon";
    }
    void validation()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, path);
        QFETCH(QString, rule);
        ProjectData data = scaled();
        mutate(data);
        const Diagnostics d = Validator::validate(data);
        QVERIFY2(rulesAt(d, path).contains(rule),
                 qPrintable(QStringLiteral("no %1 at %2; found: %3").arg(rule, path).arg([&] {
                     QStringList all;
                     for (const Diagnostic &x : d)
                         all << x.path + QStringLiteral(" ") + x.rule;
                     return all.join(QStringLiteral("; "));
                 }())));
    }

    void schedules_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("upTo");
        QTest::addColumn<QStringList>("runs"); // empty and "!" first: does not parse
        QTest::newRow("at") << "at(2026-12-24T18:00:00)"
                            << "2026-12-24T17:59:00Z"
                            << "2026-12-24T18:01:00Z" << QStringList{"2026-12-24T18:00:00Z"};
        QTest::newRow("at outside") << "at(2026-12-24T18:00:00)"
                                    << "2026-12-24T18:00:00Z"
                                    << "2026-12-24T19:00:00Z" << QStringList{};
        QTest::newRow("rate from the origin")
            << "rate(20 minutes)"
            << "2026-01-01T00:10:00Z"
            << "2026-01-01T01:00:00Z"
            << QStringList{"2026-01-01T00:20:00Z", "2026-01-01T00:40:00Z", "2026-01-01T01:00:00Z"};
        QTest::newRow("cron weekdays")
            << "cron(0 8 ? * MON-FRI *)"
            << "2026-12-04T07:00:00Z"
            << "2026-12-08T09:00:00Z"
            << QStringList{"2026-12-04T08:00:00Z", "2026-12-07T08:00:00Z", "2026-12-08T08:00:00Z"};
        QTest::newRow("cron steps") << "cron(0/15 10 * * ? 2026)"
                                    << "2026-03-01T10:10:00Z"
                                    << "2026-03-01T10:40:00Z"
                                    << QStringList{"2026-03-01T10:15:00Z", "2026-03-01T10:30:00Z"};
        QTest::newRow("singular rate needs singular unit") << "rate(1 minutes)"
                                                           << ""
                                                           << "" << QStringList{"!"};
        QTest::newRow("five cron fields") << "cron(0 8 * * ?)"
                                          << ""
                                          << "" << QStringList{"!"};
        QTest::newRow("L is not read") << "cron(0 8 L * ? *)"
                                       << ""
                                       << "" << QStringList{"!"};
        QTest::newRow("not a schedule") << "every day"
                                        << ""
                                        << "" << QStringList{"!"};
    }
    void schedules()
    {
        QFETCH(QString, expression);
        QFETCH(QString, after);
        QFETCH(QString, upTo);
        QFETCH(QStringList, runs);
        QString error;
        const std::optional<ScalingSchedule> s = ScalingSchedule::parse(expression, &error);
        if (runs == QStringList{"!"}) {
            QVERIFY(!s);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(s, qPrintable(error));
        QStringList got;
        const QDateTime origin = QDateTime::fromString("2026-01-01T00:00:00Z", Qt::ISODate);
        for (const QDateTime &t : s->runsBetween(QDateTime::fromString(after, Qt::ISODate),
                                                 QDateTime::fromString(upTo, Qt::ISODate), origin))
            got << t.toString(Qt::ISODate);
        QCOMPARE(got, runs);
    }

    void cronInATimeZone()
    {
        const std::optional<ScalingSchedule> s =
            ScalingSchedule::parse(QStringLiteral("cron(0 8 * * ? *)"), nullptr);
        QVERIFY(s);
        const QList<QDateTime> runs =
            s->runsBetween(QDateTime::fromString("2026-06-01T00:00:00Z", Qt::ISODate),
                           QDateTime::fromString("2026-06-01T12:00:00Z", Qt::ISODate), {},
                           QStringLiteral("Asia/Tokyo"));
        QCOMPARE(runs.size(), 0); // 08:00 in Tokyo was 23:00 UTC the day before
        const QList<QDateTime> before =
            s->runsBetween(QDateTime::fromString("2026-05-31T22:00:00Z", Qt::ISODate),
                           QDateTime::fromString("2026-06-01T00:00:00Z", Qt::ISODate), {},
                           QStringLiteral("Asia/Tokyo"));
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().toString(Qt::ISODate), QStringLiteral("2026-05-31T23:00:00Z"));
    }

    void exportWritesTheCliInputs()
    {
        const ProjectData data = scaled();
        QStringList names;
        QHash<QString, QJsonObject> byName;
        for (const EcsJson::ExportedFile &f : EcsJson::exportProject(data)) {
            names << f.fileName;
            byName.insert(f.fileName, f.json);
        }
        for (const char *expected :
             {"services/front.json", "services/front.scalable-target.json",
              "services/front.policy.cpu70.json", "services/front.policy.requests.json",
              "services/front.policy.burst.json", "services/front.alarm.front-cpu-90.json",
              "services/front.scheduled-action.weekday-morning.json"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(!names.contains(QStringLiteral("services/api.scalable-target.json")));
        QVERIFY(!byName["services/front.json"].contains(QLatin1String("autoScaling")));
        const QJsonObject target = byName["services/front.scalable-target.json"];
        QCOMPARE(target["ResourceId"].toString(), QStringLiteral("service/production/front"));
        QCOMPARE(target["ScalableDimension"].toString(),
                 QStringLiteral("ecs:service:DesiredCount"));
        QCOMPARE(target["MinCapacity"].toInt(), 2);
        const QJsonObject requests = byName["services/front.policy.requests.json"];
        const QString label = requests["TargetTrackingScalingPolicyConfiguration"]
                                      ["PredefinedMetricSpecification"]["ResourceLabel"]
                                          .toString();
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^app/web/[0-9a-f]{16}/targetgroup/front-tg/[0-9a-f]{16}$"))
                     .match(label)
                     .hasMatch(),
                 qPrintable(label));
        QVERIFY(data.targetGroupArn(QStringLiteral("front-tg")).endsWith(label.section(u'/', 3)));
        const QJsonObject alarm = byName["services/front.alarm.front-cpu-90.json"];
        QCOMPARE(alarm["Namespace"].toString(), QStringLiteral("AWS/ECS"));
        QCOMPARE(alarm["Dimensions"].toArray().size(), 2);

        // Every file is the input botocore's models describe, member for member.
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            BERTH_SKIP_OR_FAIL("python3 with botocore is needed to check the inputs");
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QJsonObject &json) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(json).toJson());
        };
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            const QString tail = it.key().section(u'/', 1);
            if (tail.contains(QLatin1String(".scalable-target.")))
                write("application-autoscaling@RegisterScalableTarget." + tail, it.value());
            else if (tail.contains(QLatin1String(".policy.")))
                write("application-autoscaling@PutScalingPolicy." + tail, it.value());
            else if (tail.contains(QLatin1String(".scheduled-action.")))
                write("application-autoscaling@PutScheduledAction." + tail, it.value());
            else if (tail.contains(QLatin1String(".alarm.")))
                write("cloudwatch@PutMetricAlarm." + tail, it.value());
        }
        QProcess check;
        check.start(QStringLiteral("python3"),
                    {qEnvironmentVariable("BERTH_SOURCE_DIR") +
                         QStringLiteral("/tests/engine/check_ecs_responses.py"),
                     dir.path(), QStringLiteral("--input")});
        QVERIFY(check.waitForFinished(60000));
        const QString report = QString::fromUtf8(check.readAll() + check.readAllStandardError());
        if (report.contains(QLatin1String("No module named 'botocore'")))
            BERTH_SKIP_OR_FAIL("python3-botocore is needed to check the inputs");
        QVERIFY2(check.exitCode() == 0, qPrintable(report));
        QCOMPARE(report.count(QLatin1String(": OK")), 6);
    }
};

QTEST_GUILESS_MAIN(TestAutoScaling)
#include "tst_autoscaling.moc"
