// Service auto scaling in a real run on the lab clock (60x: an alarm datapoint a second): the
// demo service behind an ALB, a target tracking policy on CPU; requests to the demo's /cpu
// through the load balancer put CPU over the target, the service scales out after the three
// datapoints of AlarmHigh, and back in one task a scale-in cooldown after AlarmLow's fifteen
// once the load stops (a second policy on ALBRequestCountPerTarget, fed from HAProxy's
// counters, must agree). Each scaling activity's text is checked, in the activities and in
// the service's events. Then a step scaling policy put through Application Auto Scaling's API
// acts on the alarm CloudWatch's PutMetricAlarm gives it.
#include "engine/api/autoscalingapi.h"
#include "engine/api/cloudwatchapi.h"
#include "engine/docker/dockerclient.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/runsession.h"
#include "engine/secrets/memorysecretstore.h"
#include "tests/skiporfail.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

constexpr int kPort = 18191;
constexpr double kTimeScale = 60;

ProjectData project()
{
    ProjectData p;
    p.name = QStringLiteral("scale-it");
    Cluster c;
    c.name = QStringLiteral("lab");
    c.instances << ContainerInstance::ofType("i1", "t3.small", "us-east-1a")
                << ContainerInstance::ofType("i2", "t3.small", "us-east-1b");
    p.clusters << c;
    const QJsonObject container{
        {"name", "web"},
        {"image", "berth/demo:1"},
        {"cpu", 256},
        {"memory", 64},
        {"essential", true},
        {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080}, {"hostPort", 0}}}}};
    p.registerTaskDefinition(
        QJsonObject{{"family", "web"}, {"containerDefinitions", QJsonArray{container}}});
    TargetGroup tg;
    tg.name = QStringLiteral("web-tg");
    tg.port = 8080;
    tg.healthCheck.path = QStringLiteral("/health");
    tg.healthCheck.intervalSeconds = 5; // the least ELB allows
    tg.healthCheck.timeoutSeconds = 2;
    tg.healthCheck.healthyThreshold = 2;
    tg.deregistrationDelaySeconds = 60;
    p.targetGroups << tg;
    LoadBalancer lb;
    lb.name = QStringLiteral("web");
    Listener l;
    l.port = kPort;
    l.defaultTargetGroup = tg.name;
    lb.listeners << l;
    p.loadBalancers << lb;
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = c.name;
    s.taskDefinition = QStringLiteral("web:1");
    s.desiredCount = 1;
    s.healthCheckGracePeriodSeconds = 0;
    s.loadBalancers << ServiceLoadBalancer{tg.name, QStringLiteral("web"), 8080};
    ServiceAutoScaling scaling;
    scaling.minCapacity = 1;
    scaling.maxCapacity = 3;
    ScalingPolicy cpu;
    cpu.policyName = QStringLiteral("cpu50");
    cpu.targetTracking.targetValue = 50;
    // Requests per target too, with a target no lab reaches: it never asks for more tasks,
    // and its AlarmLow must agree before the service scales in.
    ScalingPolicy requests;
    requests.policyName = QStringLiteral("requests");
    requests.targetTracking.targetValue = 1e6;
    requests.targetTracking.predefinedMetricType = QStringLiteral("ALBRequestCountPerTarget");
    scaling.policies << cpu << requests;
    s.autoScaling = scaling;
    p.services << s;
    return p;
}

/// Requests /cpu?ms=200 one after another from two threads until stopped.
class Load
{
public:
    Load(const QString &host, int port)
    {
        for (int i = 0; i < 2; ++i)
            m_threads.emplace_back([this, host, port] {
                while (!m_stop) {
                    QTcpSocket socket;
                    socket.connectToHost(host, quint16(port));
                    if (!socket.waitForConnected(1000))
                        continue;
                    socket.write("GET /cpu?ms=200 HTTP/1.0\r\n\r\n");
                    while (socket.waitForReadyRead(2000))
                        socket.readAll();
                }
            });
    }
    ~Load() { stop(); }
    void stop()
    {
        m_stop = true;
        for (std::thread &t : m_threads) {
            if (t.joinable())
                t.join();
        }
    }

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};

int desired(const RunSession &session)
{
    for (const ServiceStatus &s : session.snapshot().services) {
        if (s.name == QLatin1String("web"))
            return s.desiredCount;
    }
    return -1;
}

int running(const RunSession &session)
{
    for (const ServiceStatus &s : session.snapshot().services) {
        if (s.name == QLatin1String("web"))
            return s.runningCount;
    }
    return -1;
}

} // namespace

class tst_AutoScalingRun : public QObject
{
    Q_OBJECT

    Docker::DockerClient m_docker;
    std::unique_ptr<RunSession> m_session;
    QStringList m_events;

private Q_SLOTS:
    void initTestCase()
    {
        const auto ping = m_docker.ping();
        if (!ping.ok()) {
            const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
        Engine::removeProjectResources(m_docker, project().name, nullptr);
        m_session = std::make_unique<RunSession>();
        m_session->setSecretStore(std::make_shared<MemorySecretStore>());
        connect(m_session.get(), &RunSession::serviceEvent, this,
                [this](const ServiceEvent &e) { m_events << e.message; });
        RunOptions options;
        options.api = false;
        options.timeScale = kTimeScale;
        const StartResult started = m_session->start(project(), options);
        QStringList errors;
        for (const Diagnostic &d : started.diagnostics)
            if (d.isError())
                errors << d.path + QStringLiteral(": ") + d.message;
        QVERIFY2(started.ok(), qPrintable(errors.join(u'\n')));
        QCOMPARE(m_session->timeScale(), kTimeScale);
        QTRY_COMPARE_WITH_TIMEOUT(running(*m_session), 1, 120000);
        QVERIFY(m_session->autoScaling());
    }

    /// The request alarm's newest datapoint (requests per target in an ECS minute), or -1.
    double requestsPerTarget() const
    {
        // The status is a temporary: keep it alive for the loop.
        const auto status = m_session->autoScaling()->status(QStringLiteral("web"));
        if (!status)
            return -1;
        for (const ScalingAlarmStatus &a : status->alarms) {
            if (a.metric == ScalingMetric::RequestCountPerTarget)
                return a.lastDatapoint.value_or(-1);
        }
        return -1;
    }

    /// What a failure should show: the metric, the alarms' datapoints and the activities.
    QString describe() const
    {
        QStringList out;
        for (const ServiceStatus &s : m_session->snapshot().services)
            out << QStringLiteral("%1: desired %2 running %3 cpu %4 %")
                       .arg(s.name)
                       .arg(s.desiredCount)
                       .arg(s.runningCount)
                       .arg(s.cpuUtilization);
        if (const auto status = m_session->autoScaling()->status(QStringLiteral("web"))) {
            for (const ScalingAlarmStatus &a : status->alarms) {
                QStringList points;
                for (double v : a.datapoints)
                    points << QString::number(v, 'f', 0);
                out << QStringLiteral("%1 %2: %3")
                           .arg(a.alarmName, alarmStateName(a.state), points.join(u' '));
            }
        }
        for (const ScalingActivity &a : m_session->autoScaling()->activities())
            out << a.description + u' ' + a.cause;
        return out.join(u'\n');
    }

    void cleanupTestCase()
    {
        if (m_session && m_session->isActive()) {
            QSignalSpy stopped(m_session.get(), &RunSession::stopped);
            m_session->stop();
            stopped.wait(60000);
        }
        m_session.reset();
        Engine::removeProjectResources(m_docker, project().name, nullptr);
        Deployment::setTimeScale(-1);
    }

    void theAlarmsAndTargetAreExposed()
    {
        const auto status = m_session->autoScaling()->status(QStringLiteral("web"));
        QVERIFY(status);
        QCOMPARE(status->targetValue, std::optional<double>(50));
        QCOMPARE(status->minCapacity, 1);
        QCOMPARE(status->maxCapacity, 3);
        QCOMPARE(status->alarms.size(), 4);
        QVERIFY(status->alarms.at(0).alarmName.startsWith(
            QLatin1String("TargetTracking-service/lab/web-AlarmHigh-")));
        QCOMPARE(status->alarms.at(1).threshold, 45.0);
    }

    void scalesOutOnCpuAndBackIn()
    {
        QString url;
        QTRY_VERIFY_WITH_TIMEOUT(!(url =
                                       [&] {
                                           for (const LoadBalancerStatus &lb :
                                                m_session->snapshot().loadBalancers) {
                                               for (const ListenerAddress &a : lb.listeners)
                                                   return a.url;
                                           }
                                           return QString();
                                       }())
                                      .isEmpty(),
                                 30000);
        const QUrl lb(url);
        {
            Load load(lb.host(), lb.port());
            // Three one-minute datapoints over the target, then one scale-out to MaxCapacity
            // (the demo burns a core: several times the 256 units reserved).
            QTRY_VERIFY2_WITH_TIMEOUT(desired(*m_session) == 3, qPrintable(describe()), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(running(*m_session), 3, 60000);
            // HAProxy's counters reach the request alarm: requests per healthy target.
            QTRY_VERIFY2_WITH_TIMEOUT(requestsPerTarget() > 0, qPrintable(describe()), 10000);
        }
        // Fifteen datapoints under 45 %, then one task at a time, a cooldown apart.
        QTRY_COMPARE_WITH_TIMEOUT(desired(*m_session), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(desired(*m_session), 1, 30000);
        // The design follows, as it does for `berth service` and UpdateService.
        QCOMPARE(m_session->design().service(QStringLiteral("web"))->desiredCount, 1);

        QList<ScalingActivity> scaled;
        for (const ScalingActivity &a : m_session->autoScaling()->activities(QStringLiteral("web")))
            if (a.scaled())
                scaled.prepend(a); // oldest first
        // Out to 3 (at once, or through 2 on a busy machine), then in to 2 and to 1.
        QVERIFY2(scaled.size() >= 3, qPrintable(QString::number(scaled.size())));
        const QRegularExpression high(QStringLiteral(
            "^monitor alarm TargetTracking-service/lab/web-AlarmHigh-[0-9a-f-]{36} in state ALARM "
            "triggered policy cpu50$"));
        const QRegularExpression low(QStringLiteral(
            "^monitor alarm TargetTracking-service/lab/web-AlarmLow-[0-9a-f-]{36} in state ALARM "
            "triggered policy cpu50$"));
        const qsizetype outs = scaled.size() - 2;
        for (qsizetype i = 0; i < scaled.size(); ++i) {
            const ScalingActivity &a = scaled.at(i);
            const int count = i < outs ? a.desiredCount : int(3 - (i - outs) - 1);
            if (i == outs - 1)
                QCOMPARE(a.desiredCount, 3);
            QCOMPARE(a.desiredCount, count);
            QCOMPARE(a.description, QStringLiteral("Setting desired count to %1.").arg(count));
            QCOMPARE(a.statusMessage, QStringLiteral("Successfully set desired count to %1. Change "
                                                     "successfully fulfilled by ecs.")
                                          .arg(count));
            QCOMPARE(a.statusCode, QStringLiteral("Successful"));
            QVERIFY2((i < outs ? high : low).match(a.cause).hasMatch(), qPrintable(a.cause));
            QVERIFY(m_events.contains(
                QStringLiteral("Message: %1 Cause: %2").arg(a.statusMessage, a.cause)));
        }
        // ECS time: the scale-ins are at least a scale-in cooldown (300 s) apart.
        QVERIFY(scaled.at(outs + 1).startMs - scaled.at(outs).startMs >= 300 * 1000);
    }

    void aStepPolicyActsOnItsCloudWatchAlarm()
    {
        QCOMPARE(desired(*m_session), 1);
        AutoScalingApi scaling(*m_session);
        const ApiReply put = scaling.call(
            QStringLiteral("PutScalingPolicy"),
            QJsonObject{{"ServiceNamespace", "ecs"},
                        {"ResourceId", "service/lab/web"},
                        {"ScalableDimension", "ecs:service:DesiredCount"},
                        {"PolicyName", "steps"},
                        {"PolicyType", "StepScaling"},
                        {"StepScalingPolicyConfiguration",
                         QJsonObject{{"AdjustmentType", "ExactCapacity"},
                                     {"StepAdjustments",
                                      QJsonArray{QJsonObject{{"MetricIntervalLowerBound", 0},
                                                             {"ScalingAdjustment", 2}}}}}}});
        QVERIFY2(put.ok(), qPrintable(put.body.value("message").toString()));
        // Any CPU at all breaches it: one datapoint (a second on the lab clock) and it acts.
        CloudWatchApi cloudWatch(*m_session);
        const QJsonObject alarm{
            {"Action", "PutMetricAlarm"},
            {"AlarmName", "web-cpu-any"},
            {"MetricName", "CPUUtilization"},
            {"Namespace", "AWS/ECS"},
            {"Statistic", "Average"},
            {"Period", "60"},
            {"EvaluationPeriods", "1"},
            {"Threshold", "0"},
            {"ComparisonOperator", "GreaterThanOrEqualToThreshold"},
            {"Dimensions", QJsonArray{QJsonObject{{"Name", "ClusterName"}, {"Value", "lab"}},
                                      QJsonObject{{"Name", "ServiceName"}, {"Value", "web"}}}},
            {"AlarmActions", QJsonArray{put.body.value("PolicyARN").toString()}}};
        const QueryReply created = cloudWatch.call(alarm);
        QVERIFY2(created.errorCode.isEmpty(), created.xml.constData());
        QTRY_VERIFY2_WITH_TIMEOUT(desired(*m_session) == 2, qPrintable(describe()), 30000);
        const ScalingActivity last =
            m_session->autoScaling()->activities(QStringLiteral("web")).first();
        QCOMPARE(last.cause,
                 QStringLiteral("monitor alarm web-cpu-any in state ALARM triggered policy steps"));
        QCOMPARE(last.description, QStringLiteral("Setting desired count to 2."));
        const QueryReply described = cloudWatch.call({{"Action", "DescribeAlarms"}});
        QVERIFY2(described.xml.contains("<StateValue>ALARM</StateValue>"),
                 described.xml.constData());
        QVERIFY(
            cloudWatch.call({{"Action", "DeleteAlarms"}, {"AlarmNames", QJsonArray{"web-cpu-any"}}})
                .errorCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AutoScalingRun)
#include "tst_autoscalingrun.moc"
