// Application Auto Scaling's decisions for one service on a fake clock: each test feeds one
// sample per ECS minute and ticks at the minute's end, as the run does at any time scale.
#include "engine/scaling/servicescaler.h"

#include <QRegularExpression>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

namespace {

constexpr qint64 kMinute = 60 * 1000;

Model::ScalingPolicy
targetTracking(const QString &name, double target,
               const QString &metric = QStringLiteral("ECSServiceAverageCPUUtilization"))
{
    Model::ScalingPolicy p;
    p.policyName = name;
    p.targetTracking.targetValue = target;
    p.targetTracking.predefinedMetricType = metric;
    return p;
}

Model::ScalingPolicy stepPolicy(const QString &adjustmentType,
                                const QList<Model::StepAdjustment> &steps, double threshold,
                                const QString &comparison = QStringLiteral("GreaterThanThreshold"))
{
    Model::ScalingPolicy p;
    p.policyName = QStringLiteral("step");
    p.policyType = QStringLiteral("StepScaling");
    p.stepScaling.adjustmentType = adjustmentType;
    p.stepScaling.stepAdjustments = steps;
    p.stepScaling.alarm.alarmName = QStringLiteral("web-cpu");
    p.stepScaling.alarm.threshold = threshold;
    p.stepScaling.alarm.comparisonOperator = comparison;
    return p;
}

Model::ServiceAutoScaling scaling(int min, int max, const QList<Model::ScalingPolicy> &policies)
{
    Model::ServiceAutoScaling s;
    s.minCapacity = min;
    s.maxCapacity = max;
    s.policies = policies;
    return s;
}

/// One service driven minute by minute; the desired count follows the decisions.
struct Harness
{
    explicit Harness(const Model::ServiceAutoScaling &config, int desired = 2)
        : scaler(config, QStringLiteral("default"), QStringLiteral("web"), 0), desired(desired),
          running(desired)
    {
    }

    /// One minute with the CPU (and memory) at the given values; returns the decision.
    ScalingDecision minute(std::optional<double> cpu, std::optional<double> memory = {})
    {
        if (cpu || memory)
            scaler.addSample(now + kMinute / 2, {cpu, memory, std::nullopt});
        now += kMinute;
        const ScalingDecision d = scaler.tick(now, {running, desired, deploying});
        if (d.desiredCount)
            desired = *d.desiredCount;
        if (followRunning)
            running = desired;
        activities += d.activities;
        return d;
    }
    /// Minutes until the desired count changes (or `limit`); -1 if it does not.
    int minutesUntilChange(double cpu, int limit = 30, std::optional<double> memory = {})
    {
        const int before = desired;
        for (int k = 1; k <= limit; ++k) {
            minute(cpu, memory);
            if (desired != before)
                return k;
        }
        return -1;
    }

    ServiceScaler scaler;
    qint64 now = 0;
    int desired;
    int running;
    bool deploying = false;
    bool followRunning = true;
    QList<ScalingActivity> activities;
};

} // namespace

class TestServiceScaler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highAlarmNeedsThreeOfThreeDatapoints()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}));
        h.minute(90);
        h.minute(90);
        h.minute(40); // breaks the run of three
        h.minute(90);
        QCOMPARE(h.minute(90).desiredCount, std::nullopt);
        QCOMPARE(h.scaler.alarms().at(0).state, AlarmState::Ok);
        QCOMPARE(h.minute(90).desiredCount, std::optional<int>(4));
        QCOMPARE(h.scaler.alarms().at(0).state, AlarmState::Alarm);
    }

    void lowAlarmNeedsFifteenOfFifteenUnderNinetyPercent()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), 4);
        // 46 is under the target but not under 0.9 x 50: never a scale-in.
        QCOMPARE(h.minutesUntilChange(46, 20), -1);
        QCOMPARE(h.minutesUntilChange(10, 20), 15);
        QCOMPARE(h.desired, 3);
    }

    void samplesAndTicksTogetherAsTheRunDoes()
    {
        // The run samples and then ticks at the same moment, about once an ECS minute (at 60x
        // once a second), with jitter: the sample of a new minute closes the one before, and
        // the tick right after publishes it.
        ServiceScaler s(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}),
                        QStringLiteral("default"), QStringLiteral("web"), 0);
        const qint64 steps[] = {61000, 58000, 63000, 59000, 60000, 62000};
        qint64 now = 10 * 1000;
        std::optional<int> changed;
        int ticks = 0;
        while (!changed && ticks < 10) {
            now += steps[ticks % 6];
            s.addSample(now, {90.0, std::nullopt, std::nullopt});
            changed = s.tick(now, {2, 2, false}).desiredCount;
            ++ticks;
        }
        QCOMPARE(changed, std::optional<int>(4));
        QCOMPARE(ticks, 4); // minutes 1, 2 and 3 published at the ticks of minutes 2, 3 and 4
    }

    void noDatapointNoAction()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}));
        for (int k = 0; k < 20; ++k)
            QVERIFY(!h.minute(std::nullopt).desiredCount);
        QCOMPARE(h.scaler.alarms().at(0).state, AlarmState::InsufficientData);
    }

    void scalesOutProportionallyAtOnce_data()
    {
        QTest::addColumn<int>("running");
        QTest::addColumn<double>("cpu");
        QTest::addColumn<int>("expected");
        QTest::newRow("2 at 90% of 50") << 2 << 90.0 << 4; // ceil(3.6)
        QTest::newRow("3 at 100% of 50") << 3 << 100.0 << 6;
        QTest::newRow("1 at 51% of 50") << 1 << 51.0 << 2;
        QTest::newRow("2 at 260% clamps to 10") << 2 << 260.0 << 10;
    }
    void scalesOutProportionallyAtOnce()
    {
        QFETCH(int, running);
        QFETCH(double, cpu);
        QFETCH(int, expected);
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), running);
        QCOMPARE(h.minutesUntilChange(cpu), 3);
        QCOMPARE(h.desired, expected);
    }

    void scaleOutStartsFromTheRunningCount()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), 6);
        h.followRunning = false;
        h.running = 2;                             // four tasks could not be placed
        QCOMPARE(h.minutesUntilChange(90, 6), -1); // ceil(2 x 90 / 50) = 4 < 6
        h.running = 5;
        QCOMPARE(h.minutesUntilChange(90, 6), 1);
        QCOMPARE(h.desired, 9);
    }

    void scaleInIsGentleAndGuarded_data()
    {
        QTest::addColumn<int>("running");
        QTest::addColumn<double>("cpu");
        QTest::addColumn<int>("expected");                                     // -1: no scale-in
        QTest::newRow("one fewer would exceed the target") << 5 << 42.0 << -1; // 5x42/4 = 52.5
        QTest::newRow("one fewer stays under") << 5 << 39.0 << 4;              // 5x39/4 = 48.75
        QTest::newRow("a tenth at most") << 20 << 5.0 << 18;
        QTest::newRow("at least one") << 4 << 1.0 << 3;
        QTest::newRow("exactly at the target after") << 10 << 44.0 << 9; // 10x44/9 = 48.9
    }
    void scaleInIsGentleAndGuarded()
    {
        QFETCH(int, running);
        QFETCH(double, cpu);
        QFETCH(int, expected);
        Harness h(scaling(1, 30, {targetTracking(QStringLiteral("cpu50"), 50)}), running);
        const int minutes = h.minutesUntilChange(cpu, 16);
        QCOMPARE(minutes, expected < 0 ? -1 : 15);
        if (expected >= 0)
            QCOMPARE(h.desired, expected);
    }

    void scaleInCooldownBlocksTheNextScaleIn()
    {
        Model::ScalingPolicy p = targetTracking(QStringLiteral("cpu50"), 50);
        Harness h(scaling(1, 10, {p}), 4);
        QCOMPARE(h.minutesUntilChange(5, 20), 15);
        QCOMPARE(h.desired, 3);
        // The alarm stays in ALARM; the default 300 s cooldown spaces the next scale-in.
        QCOMPARE(h.minutesUntilChange(5, 20), 5);
        QCOMPARE(h.desired, 2);

        p.targetTracking.scaleInCooldown = 120;
        Harness fast(scaling(1, 10, {p}), 4);
        fast.minutesUntilChange(5, 20);
        QCOMPARE(fast.minutesUntilChange(5, 20), 2);
    }

    void scaleOutEndsAScaleInCooldown()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), 4);
        QCOMPARE(h.minutesUntilChange(5, 20), 15); // scale-in; cooldown until minute 20
        QCOMPARE(h.minutesUntilChange(80, 5), 3);  // scale-out inside it goes ahead
        QCOMPARE(h.desired, 5);                    // ceil(3 x 80 / 50)
    }

    void scaleOutCooldownCountsTheCapacityJustAdded()
    {
        Harness h(scaling(1, 20, {targetTracking(QStringLiteral("cpu50"), 50)}), 2);
        QCOMPARE(h.minutesUntilChange(90, 5), 3);
        QCOMPARE(h.desired, 4);
        // Four run now but the metric has not come down yet: computed from the two the
        // cooldown started with, 90% asks for 4 again, nothing more.
        QCOMPARE(h.minutesUntilChange(90, 3), -1);
        // A larger scale-out goes ahead within the cooldown: ceil(2 x 150 / 50).
        QCOMPARE(h.minutesUntilChange(150, 1), 1);
        QCOMPARE(h.desired, 6);
        // After the cooldown, from the running count again: ceil(6 x 60 / 50) = 8.
        h.minutesUntilChange(50, 6);
        QCOMPARE(h.minutesUntilChange(60, 5), 3);
        QCOMPARE(h.desired, 8);
    }

    void disableScaleIn()
    {
        Model::ScalingPolicy p = targetTracking(QStringLiteral("cpu50"), 50);
        p.targetTracking.disableScaleIn = true;
        Harness h(scaling(1, 10, {p}), 4);
        QCOMPARE(h.minutesUntilChange(1, 30), -1);
        QCOMPARE(h.scaler.alarms().size(), 1); // no AlarmLow
        QVERIFY(h.scaler.alarms().at(0).alarmName.contains(QLatin1String("-AlarmHigh-")));
    }

    void clampsToMinAndMaxWithNotScaledReasons()
    {
        Harness h(scaling(2, 5, {targetTracking(QStringLiteral("cpu50"), 50)}), 4);
        QCOMPARE(h.minutesUntilChange(100, 5), 3);
        QCOMPARE(h.desired, 5); // 8 clamped to MaxCapacity
        QCOMPARE(h.minutesUntilChange(100, 10), -1);
        const QList<ScalingActivity> notScaled = [&] {
            QList<ScalingActivity> out;
            for (const ScalingActivity &a : h.activities)
                if (!a.scaled())
                    out << a;
            return out;
        }();
        QCOMPARE(notScaled.size(), 1); // recorded once, not every minute
        QCOMPARE(notScaled.at(0).notScaledReasons.at(0).code,
                 QStringLiteral("AlreadyAtMaxCapacity"));
        QCOMPARE(notScaled.at(0).notScaledReasons.at(0).maxCapacity, 5);
        QCOMPARE(notScaled.at(0).notScaledReasons.at(0).currentCapacity, 5);
        QCOMPARE(notScaled.at(0).statusCode, QStringLiteral("Failed"));

        Harness low(scaling(2, 5, {targetTracking(QStringLiteral("cpu50"), 50)}), 2);
        QCOMPARE(low.minutesUntilChange(1, 16), -1);
        QCOMPARE(low.activities.size(), 1);
        QCOMPARE(low.activities.at(0).notScaledReasons.at(0).code,
                 QStringLiteral("AlreadyAtMinCapacity"));
    }

    void belowMinIsRaisedToMinOnScaleOut()
    {
        Harness h(scaling(3, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), 1);
        QCOMPARE(h.minutesUntilChange(60, 5), 3);
        QCOMPARE(h.desired, 3); // ceil(1 x 60 / 50) = 2, raised to MinCapacity
    }

    void severalPoliciesOutIfAnyInOnlyIfAll()
    {
        const auto config =
            scaling(1, 10,
                    {targetTracking(QStringLiteral("cpu50"), 50),
                     targetTracking(QStringLiteral("mem60"), 60,
                                    QStringLiteral("ECSServiceAverageMemoryUtilization"))});
        Harness out(config, 2);
        QCOMPARE(out.minutesUntilChange(10, 5, 90.0), 3); // memory alone scales out
        QCOMPARE(out.desired, 3);
        QVERIFY(out.activities.last().cause.endsWith(QLatin1String("triggered policy mem60")));

        Harness in(config, 4);
        QCOMPARE(in.minutesUntilChange(10, 20, 58.0), -1); // memory not low: no scale-in
        Harness both(config, 4);
        QCOMPARE(both.minutesUntilChange(10, 20, 20.0), 15);
        QCOMPARE(both.desired, 3);
    }

    void aDeploymentPausesScaleInNotScaleOut()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), 4);
        h.deploying = true;
        QCOMPARE(h.minutesUntilChange(5, 20), -1);
        h.deploying = false;
        QCOMPARE(h.minutesUntilChange(5, 1), 1); // the alarm is still in ALARM
        h.deploying = true;
        QCOMPARE(h.minutesUntilChange(90, 5), 3);
    }

    void stepScalingBounds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("running");
        QTest::addColumn<double>("cpu");
        QTest::addColumn<int>("expected");
        QTest::newRow("first step, lower bound inclusive")
            << "ChangeInCapacity" << 2 << 70.0001 << 3;
        QTest::newRow("second step at its lower bound") << "ChangeInCapacity" << 2 << 80.0 << 5;
        QTest::newRow("open upper step") << "ChangeInCapacity" << 2 << 99.0 << 5;
        QTest::newRow("exact") << "ExactCapacity" << 2 << 75.0 << 6;
        QTest::newRow("percent under one task is one")
            << "PercentChangeInCapacity" << 2 << 75.0 << 3;
        QTest::newRow("percent truncated") << "PercentChangeInCapacity" << 10 << 85.0 << 13;
    }
    void stepScalingBounds()
    {
        QFETCH(QString, type);
        QFETCH(int, running);
        QFETCH(double, cpu);
        QFETCH(int, expected);
        const bool exact = type == QLatin1String("ExactCapacity");
        const bool percent = type == QLatin1String("PercentChangeInCapacity");
        QList<Model::StepAdjustment> steps = {{0.0, 10.0,
                                               exact     ? 6
                                               : percent ? 10
                                                         : 1},
                                              {10.0, std::nullopt,
                                               exact     ? 8
                                               : percent ? 35
                                                         : 3}};
        Model::ScalingPolicy p = stepPolicy(type, steps, 70);
        p.stepScaling.alarm.evaluationPeriods = 1;
        Harness h(scaling(1, 20, {p}), running);
        QCOMPARE(h.minutesUntilChange(cpu, 2), 1);
        QCOMPARE(h.desired, expected);
    }

    void minAdjustmentMagnitude()
    {
        Model::ScalingPolicy p =
            stepPolicy(QStringLiteral("PercentChangeInCapacity"), {{0.0, std::nullopt, 10}}, 70);
        p.stepScaling.minAdjustmentMagnitude = 3;
        Harness h(scaling(1, 20, {p}), 10);
        QCOMPARE(h.minutesUntilChange(90, 2), 1);
        QCOMPARE(h.desired, 13); // 10% of 10 is 1, at least 3
    }

    void stepScaleInAndItsCooldown()
    {
        Model::ScalingPolicy p =
            stepPolicy(QStringLiteral("ChangeInCapacity"), {{std::nullopt, 0.0, -1}}, 20,
                       QStringLiteral("LessThanThreshold"));
        p.stepScaling.cooldown = 120;
        p.stepScaling.alarm.evaluationPeriods = 2;
        Harness h(scaling(1, 10, {p}), 5);
        QCOMPARE(h.minutesUntilChange(5, 5), 2);
        QCOMPARE(h.desired, 4);
        QCOMPARE(h.minutesUntilChange(5, 5), 2); // Cooldown 120 s
        QCOMPARE(h.desired, 3);
        QCOMPARE(h.activities.last().cause,
                 QStringLiteral("monitor alarm web-cpu in state ALARM triggered policy step"));
    }

    void scheduledActions()
    {
        Model::ServiceAutoScaling config =
            scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)});
        config.scheduledActions = {
            {QStringLiteral("morning"),
             QStringLiteral("at(1970-01-01T00:05:00)"),
             {},
             {},
             {},
             5,
             std::nullopt},
            {QStringLiteral("hourly"), QStringLiteral("cron(30 * * * ? *)"), {}, {}, {}, 1, 3}};
        Harness h(config, 2);
        QCOMPARE(h.minutesUntilChange(50, 10), 5);
        QCOMPARE(h.desired, 5);
        QCOMPARE(h.scaler.minCapacity(), 5);
        QCOMPARE(h.activities.last().cause,
                 QStringLiteral("scheduled action name morning was triggered"));
        QCOMPARE(h.minutesUntilChange(50, 40), 25); // 00:30
        QCOMPARE(h.desired, 3);
        QCOMPARE(h.scaler.maxCapacity(), 3);
    }

    void activityTextsInAwsWords()
    {
        Harness h(scaling(1, 10, {targetTracking(QStringLiteral("cpu50"), 50)}), 2);
        h.minutesUntilChange(90, 5);
        QCOMPARE(h.activities.size(), 1);
        const ScalingActivity &a = h.activities.first();
        QCOMPARE(a.description, QStringLiteral("Setting desired count to 4."));
        QCOMPARE(a.statusMessage, QStringLiteral("Successfully set desired count to 4. Change "
                                                 "successfully fulfilled by ecs."));
        QCOMPARE(a.statusCode, QStringLiteral("Successful"));
        QCOMPARE(a.resourceId, QStringLiteral("service/default/web"));
        const QRegularExpression cause(QStringLiteral(
            "^monitor alarm TargetTracking-service/default/web-AlarmHigh-[0-9a-f-]{36} in state "
            "ALARM triggered policy cpu50$"));
        QVERIFY2(cause.match(a.cause).hasMatch(), qPrintable(a.cause));
        QCOMPARE(a.startMs, 3 * kMinute);
    }

    void requestCountIsASumPerMinute()
    {
        Harness h(scaling(1, 10,
                          {targetTracking(QStringLiteral("req"), 600,
                                          QStringLiteral("ALBRequestCountPerTarget"))}),
                  2);
        // Sixty samples a minute of 15 requests per target: 900 a minute, 1.5 x the target.
        for (int m = 0; m < 3; ++m) {
            for (int s = 0; s < 60; ++s)
                h.scaler.addSample(h.now + s * 1000, {std::nullopt, std::nullopt, 15.0});
            h.minute(std::nullopt);
        }
        QCOMPARE(h.desired, 3);
        QCOMPARE(h.scaler.alarms().at(0).lastDatapoint, std::optional<double>(900));
    }
};

QTEST_GUILESS_MAIN(TestServiceScaler)
#include "tst_servicescaler.moc"
