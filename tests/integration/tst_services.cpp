// Services on a real Docker daemon: rolling deployments within the limits, a deployment that
// stalls on a held port and is unblocked by scaling to 0 and back, the circuit breaker with
// rollback, DAEMON services following instances, draining, and `berth service` edits picked
// up by a running `berth run`. Tasks count healthy 2 s after RUNNING here (not 40 s).
#include "engine/docker/dockerclient.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/enginehost.h"
#include "model/projectfile.h"
#include "tests/skiporfail.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

constexpr int kHealthyAfter = 2;

QJsonObject webDefinition(const QString &family, const QString &version, int hostPort,
                          const QJsonArray &command = {})
{
    QJsonObject c{{"name", "web"},
                  {"image", "berth/demo:1"},
                  {"cpu", 64},
                  {"memory", 48},
                  {"essential", true},
                  {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080},
                                                          {"hostPort", hostPort}}}},
                  {"environment", QJsonArray{QJsonObject{{"name", "VERSION"},
                                                         {"value", version}}}}};
    if (!command.isEmpty())
        c.insert("entryPoint", command);
    return QJsonObject{{"family", family}, {"containerDefinitions", QJsonArray{c}}};
}

ProjectData project(const QString &name, int instances, int hostPort = 0)
{
    ProjectData p;
    p.name = name;
    Cluster c;
    c.name = QStringLiteral("lab");
    for (int i = 1; i <= instances; ++i)
        c.instances << ContainerInstance::ofType(QStringLiteral("i%1").arg(i), "t3.small",
                                                 "us-east-1a");
    p.clusters << c;
    p.registerTaskDefinition(webDefinition("web", "1", hostPort));
    p.registerTaskDefinition(webDefinition("web", "2", hostPort));
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = QStringLiteral("lab");
    s.taskDefinition = QStringLiteral("web:1");
    s.desiredCount = 2;
    p.services << s;
    return p;
}

struct Counts
{
    int active = 0;  // desiredStatus RUNNING and not stopped
    int running = 0; // of those, lastStatus RUNNING
};

Counts countsOf(const EngineSnapshot &s, const QString &taskDefinition = {})
{
    Counts c;
    for (const Task &t : s.tasks) {
        if (t.isStopped() || !t.isActive() || t.service != QLatin1String("web"))
            continue;
        if (!taskDefinition.isEmpty() && t.taskDefinition != taskDefinition)
            continue;
        ++c.active;
        c.running += t.lastStatus == TaskStatus::Running;
    }
    return c;
}

const ServiceStatus *web(const EngineSnapshot &s)
{
    for (const ServiceStatus &st : s.services) {
        if (st.name == QLatin1String("web"))
            return &st;
    }
    return nullptr;
}

// The service has one deployment, of that revision, COMPLETED.
bool completed(const EngineHost &host, const QString &taskDefinition)
{
    const ServiceStatus *st = web(host.lastSnapshot());
    return st && st->deployments.size() == 1
           && st->deployments.first().taskDefinition == taskDefinition
           && st->deployments.first().rolloutState == QLatin1String("COMPLETED");
}

bool hasEvent(const EngineHost &host, const QString &part)
{
    for (const ServiceEvent &e : host.lastSnapshot().events) {
        if (e.message.contains(part))
            return true;
    }
    return false;
}

// Every active task is RUNNING on that instance, and there are count of them.
bool allOn(const EngineSnapshot &s, const QString &instance, int count)
{
    int elsewhere = 0, running = 0;
    for (const Task &t : s.tasks) {
        if (!t.isActive() || t.isStopped())
            continue;
        elsewhere += t.instance != instance;
        running += t.lastStatus == TaskStatus::Running && t.instance == instance;
    }
    return elsewhere == 0 && running == count;
}

} // namespace

class tst_Services : public QObject
{
    Q_OBJECT

private:
    Docker::DockerClient m_docker;
    QStringList m_projects;

    void stop(EngineHost &host)
    {
        QSignalSpy done(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(done.wait(60000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto ping = m_docker.ping();
        if (!ping.ok()) {
            const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
        Deployment::setHealthyAfterSeconds(kHealthyAfter);
    }

    void cleanupTestCase()
    {
        for (const QString &p : m_projects)
            Engine::removeProjectResources(m_docker, p, nullptr);
    }

    void rollingDeploymentStaysWithinLimits_data()
    {
        QTest::addColumn<int>("minPercent");
        QTest::addColumn<int>("maxPercent");
        QTest::newRow("100/200") << 100 << 200;
        QTest::newRow("50/100") << 50 << 100;
    }
    void rollingDeploymentStaysWithinLimits()
    {
        QFETCH(int, minPercent);
        QFETCH(int, maxPercent);
        ProjectData p = project(QStringLiteral("svc-roll-%1").arg(minPercent), 2);
        m_projects << p.name;
        p.services[0].deploymentConfiguration.minimumHealthyPercent = minPercent;
        p.services[0].deploymentConfiguration.maximumPercent = maxPercent;
        EngineHost host;
        host.start(p);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:1"), 90000);
        const QString first = web(host.lastSnapshot())->deployments.first().id;

        int most = 0, fewest = 100, samples = 0;
        bool sawTwoDeployments = false;
        connect(&host, &EngineHost::snapshotReady, this, [&](const EngineSnapshot &s) {
            const Counts c = countsOf(s);
            most = qMax(most, c.active);
            fewest = qMin(fewest, c.running);
            ++samples;
            if (const ServiceStatus *st = web(s))
                sawTwoDeployments = sawTwoDeployments || st->deployments.size() == 2;
        });
        p.services[0].taskDefinition = QStringLiteral("web:2");
        host.applyProject(p);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:2"), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot(), "web:2").running, 2, 30000);
        QCOMPARE(countsOf(host.lastSnapshot(), "web:1").active, 0);
        QVERIFY(sawTwoDeployments);
        QVERIFY(samples > 5);
        QVERIFY2(most <= Deployment::maximumTasks(2, maxPercent),
                 qPrintable(QStringLiteral("%1 tasks at most").arg(most)));
        QVERIFY2(fewest >= Deployment::minimumHealthy(2, minPercent),
                 qPrintable(QStringLiteral("%1 running at least").arg(fewest)));
        const Deployment &now = web(host.lastSnapshot())->deployments.first();
        QVERIFY(now.id != first);
        QVERIFY(now.id.startsWith("ecs-svc/"));
        QVERIFY(hasEvent(host, QStringLiteral("(service web) (deployment %1) deployment "
                                              "completed.").arg(now.id)));
        int replaced = 0;
        for (const Task &t : host.lastSnapshot().tasks) {
            if (t.taskDefinition == QLatin1String("web:1") && !t.isActive()) {
                QCOMPARE(t.stoppedReason,
                         QStringLiteral("Scaling activity initiated by (deployment %1)")
                             .arg(now.id));
                ++replaced;
            }
        }
        QCOMPARE(replaced, 2);
        stop(host);
    }

    void stalledDeploymentUnblocksAtZero()
    {
        ProjectData p = project(QStringLiteral("svc-stall"), 1, 80);
        m_projects << p.name;
        p.services[0].desiredCount = 1; // 100/200 by default
        EngineHost host;
        host.start(p);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:1"), 90000);
        p.services[0].taskDefinition = QStringLiteral("web:2");
        host.applyProject(p);
        // The new task needs port 80, which the old task holds.
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(host, "is already using a port required by your "
                                                "task"),
                                 20000);
        QTest::qWait(3000);
        QCOMPARE(countsOf(host.lastSnapshot(), "web:1").running, 1);
        QCOMPARE(countsOf(host.lastSnapshot(), "web:2").active, 0);
        QCOMPARE(web(host.lastSnapshot())->deployments.size(), 2);
        QCOMPARE(web(host.lastSnapshot())->deployments.first().rolloutState,
                 QStringLiteral("IN_PROGRESS"));
        // Scale to 0 and back: the old task goes, the new one takes the port.
        p.services[0].desiredCount = 0;
        host.applyProject(p);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot()).active, 0, 30000);
        p.services[0].desiredCount = 1;
        host.applyProject(p);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot(), "web:2").running, 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:2"), 30000);
        stop(host);
    }

    void configurationThatCannotMoveSaysSo()
    {
        ProjectData p = project(QStringLiteral("svc-100-100"), 1, 0);
        m_projects << p.name;
        p.services[0].desiredCount = 1;
        p.services[0].deploymentConfiguration.minimumHealthyPercent = 100;
        p.services[0].deploymentConfiguration.maximumPercent = 100;
        EngineHost host;
        host.start(p);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:1"), 90000);
        p.services[0].taskDefinition = QStringLiteral("web:2");
        host.applyProject(p);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(host, "(service web) was unable to stop or start tasks "
                                                "during a deployment because of the service "
                                                "deployment configuration. Update the "
                                                "minimumHealthyPercent or maximumPercent value "
                                                "and try again."),
                                 20000);
        QCOMPARE(countsOf(host.lastSnapshot(), "web:1").running, 1);
        stop(host);
    }

    void circuitBreakerRollsBack()
    {
        ProjectData p = project(QStringLiteral("svc-breaker"), 1);
        m_projects << p.name;
        p.registerTaskDefinition(
            webDefinition("web", "3", 0, QJsonArray{QStringLiteral("/missing")}));
        p.services[0].desiredCount = 1;
        p.services[0].deploymentConfiguration.circuitBreakerEnable = true;
        p.services[0].deploymentConfiguration.circuitBreakerRollback = true;
        EngineHost host;
        host.start(p);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:1"), 90000);
        p.services[0].taskDefinition = QStringLiteral("web:3");
        host.applyProject(p);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(host, "deployment failed: tasks failed to start."),
                                 90000);
        int failed = 0;
        for (const Task &t : host.lastSnapshot().tasks)
            failed += t.taskDefinition == QLatin1String("web:3") && t.isStopped();
        QVERIFY2(failed >= Deployment::circuitBreakerThreshold(1),
                 qPrintable(QString::number(failed)));
        // Rolled back: a new deployment of web:1 completes.
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:1"), 60000);
        QCOMPARE(countsOf(host.lastSnapshot(), "web:3").active, 0);
        QCOMPARE(countsOf(host.lastSnapshot(), "web:1").running, 1);
        stop(host);
    }

    void daemonFollowsInstances()
    {
        ProjectData p = project(QStringLiteral("svc-daemon"), 1);
        m_projects << p.name;
        p.services[0].schedulingStrategy = QStringLiteral("DAEMON");
        EngineHost host;
        host.start(p);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot()).running, 1, 60000);
        p.clusters[0].instances << ContainerInstance::ofType("i2", "t3.small", "us-east-1b");
        host.applyProject(p);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot()).running, 2, 60000);
        QSet<QString> instances;
        for (const Task &t : host.lastSnapshot().tasks) {
            if (t.isActive())
                instances.insert(t.instance);
        }
        QCOMPARE(instances, (QSet<QString>{"i1", "i2"}));
        p.clusters[0].instances[1].status = ContainerInstance::Status::Draining;
        host.applyProject(p);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot()).active, 1, 30000);
        for (const Task &t : host.lastSnapshot().tasks) {
            if (t.isActive())
                QCOMPARE(t.instance, QStringLiteral("i1"));
        }
        stop(host);
    }

    void drainingMovesTasks()
    {
        ProjectData p = project(QStringLiteral("svc-drain"), 2);
        m_projects << p.name;
        p.services[0].desiredCount = 4;
        EngineHost host;
        host.start(p);
        QTRY_COMPARE_WITH_TIMEOUT(countsOf(host.lastSnapshot()).running, 4, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(completed(host, "web:1"), 30000); // all four healthy
        int onI2 = 0;
        for (const Task &t : host.lastSnapshot().tasks)
            onI2 += t.isActive() && t.instance == QLatin1String("i2");
        QVERIFY(onI2 > 0);
        int fewest = 100;
        connect(&host, &EngineHost::snapshotReady, this, [&](const EngineSnapshot &s) {
            fewest = qMin(fewest, countsOf(s).running);
        });
        p.clusters[0].instances[1].status = ContainerInstance::Status::Draining;
        host.applyProject(p);
        QTRY_VERIFY_WITH_TIMEOUT(allOn(host.lastSnapshot(), "i1", 4), 90000);
        if (fewest < 4) {
            for (const ServiceEvent &e : host.lastSnapshot().events)
                qWarning() << e.createdAt.toString(Qt::ISODateWithMs) << e.message;
            for (const Task &t : host.lastSnapshot().tasks)
                qWarning() << t.id.left(6) << t.instance << taskStatusName(t.lastStatus)
                           << t.startedAt.toString(Qt::ISODateWithMs)
                           << t.stoppingAt.toString(Qt::ISODateWithMs) << t.stoppedReason;
        }
        QVERIFY2(fewest >= 4, qPrintable(QString::number(fewest))); // 100% stays healthy
        stop(host);
    }

    void serviceCommandReachesARunningRun()
    {
        QTemporaryDir dir;
        ProjectData p = project(QStringLiteral("svc-cli"), 2);
        m_projects << p.name;
        p.services[0].desiredCount = 1;
        const QString file = dir.filePath("svc-cli.berth");
        QVERIFY(ProjectFile::save(p, file));
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("BERTH_HEALTHY_AFTER_SECONDS", QString::number(kHealthyAfter));
        run.setProcessEnvironment(env);
        QByteArray out;
        connect(&run, &QProcess::readyReadStandardOutput, this,
                [&] { out += run.readAllStandardOutput(); });
        run.start(BERTH_BINARY, {"run", file, "--headless", "--duration", "240"});
        QVERIFY(run.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("deployment completed."), 90000);

        auto service = [&](const QStringList &args) {
            QProcess p;
            p.start(BERTH_BINARY, QStringList{"service", file, "web"} + args);
            p.waitForFinished(30000);
            return p.exitCode();
        };
        QCOMPARE(service({"--desired-count", "2"}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("(service web) has started 1 tasks"), 30000);
        QCOMPARE(service({"--task-definition", "web:9"}), 2); // no such revision
        QCOMPARE(service({"--task-definition", "web:2"}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("(web:2) PRIMARY COMPLETED"), 120000);
        const int before = int(out.count("deployment completed."));
        QCOMPARE(service({"--force-new-deployment"}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(out.count("deployment completed.") > before, 120000);
        QCOMPARE(ProjectFile::load(file).data->service("web")->extra.value("deploymentNonce")
                     .toInt(),
                 1);
        run.terminate();
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Services)
#include "tst_services.moc"
