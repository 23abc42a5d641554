// Tasks on a real Docker daemon through the Engine: placement on instance addresses, limits,
// labels, dependsOn order, OOM and essential-container exits, adoption after a restart, and
// removal of everything a project started.
#include "engine/docker/dockerclient.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/enginehost.h"
#include "tests/skiporfail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

QByteArray httpGet(const QString &host, int port, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(QStringLiteral("GET %1 HTTP/1.0\r\nHost: %2\r\n\r\n").arg(path, host).toUtf8());
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    return reply;
}

QJsonObject container(const QString &name, int memory, const QJsonArray &ports,
                      const QJsonObject &extra = {})
{
    QJsonObject c{{"name", name},
                  {"image", "berth/demo:1"},
                  {"cpu", 128},
                  {"memory", memory},
                  {"essential", true},
                  {"portMappings", ports}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

ProjectData baseProject(const QString &name)
{
    ProjectData p;
    p.name = name;
    Cluster c;
    c.name = QStringLiteral("lab");
    c.instances << ContainerInstance::ofType("i1", "t3.small", "us-east-1a")
                << ContainerInstance::ofType("i2", "t3.small", "us-east-1b");
    p.clusters << c;
    // A static host port 80: one task per instance.
    p.registerTaskDefinition(QJsonObject{
        {"family", "web"},
        {"containerDefinitions",
         QJsonArray{container("web", 64,
                              QJsonArray{QJsonObject{{"containerPort", 80}, {"hostPort", 80}}},
                              {{"environment", QJsonArray{QJsonObject{{"name", "PORT"},
                                                                      {"value", "80"}}}}})}}});
    return p;
}

} // namespace

class tst_Runtime : public QObject
{
    Q_OBJECT

private:
    Docker::DockerClient m_docker;
    QStringList m_projects;

    QList<Docker::ContainerSummary> containersOf(const QString &project)
    {
        const auto listed = m_docker.listContainers(
            {QLatin1String(ContainerSpec::kProject) + u'=' + project}, true);
        return listed.ok() ? listed.value() : QList<Docker::ContainerSummary>();
    }

    static int countTasks(const EngineHost &host, TaskStatus status, const QString &service = {})
    {
        int n = 0;
        for (const Task &t : host.lastSnapshot().tasks)
            n += t.lastStatus == status && (service.isEmpty() || t.service == service);
        return n;
    }

    static const Task *firstTask(const EngineHost &host, const QString &family)
    {
        for (const Task &t : host.lastSnapshot().tasks) {
            if (t.taskDefinition.startsWith(family + u':'))
                return &t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto ping = m_docker.ping();
        if (!ping.ok()) {
            const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
    }

    void cleanupTestCase()
    {
        for (const QString &p : m_projects)
            Engine::removeProjectResources(m_docker, p, nullptr);
    }

    void placesOnInstanceAddressesWithLimits()
    {
        ProjectData p = baseProject(QStringLiteral("rt-place"));
        m_projects << p.name;
        EngineHost host;
        QStringList notices;
        connect(&host, &EngineHost::notice, this, [&](const QString &n) { notices << n; });
        host.start(p);
        RunTaskRequest three;
        three.taskDefinition = QStringLiteral("web");
        three.count = 3;
        QTRY_VERIFY_WITH_TIMEOUT(host.lastSnapshot().dockerReachable, 10000);
        host.runTask(three);
        QTRY_COMPARE_WITH_TIMEOUT(countTasks(host, TaskStatus::Running), 2, 60000);
        // The third task wants port 80 too: no instance has it free.
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 5000);
        QVERIFY2(notices.last().contains(QStringLiteral("80")), qPrintable(notices.last()));

        QSet<QString> addresses;
        for (const Task &t : host.lastSnapshot().tasks) {
            QCOMPARE(t.containers.size(), 1);
            const ContainerState &c = t.containers.first();
            QCOMPARE(c.ports.size(), 1);
            QCOMPARE(c.ports.first().hostPort, 80);
            QCOMPARE(c.ports.first().hostIp, t.address);
            addresses.insert(t.address);
            const auto inspected = m_docker.inspectContainer(c.dockerId);
            QVERIFY(inspected.ok());
            const QJsonObject hostConfig = inspected->value("HostConfig").toObject();
            QCOMPARE(hostConfig.value("Memory").toDouble(), 64.0 * 1024 * 1024);
            QCOMPARE(hostConfig.value("CpuShares").toInt(), 128);
            const QJsonObject labels =
                inspected->value("Config").toObject().value("Labels").toObject();
            QCOMPARE(labels.value(ContainerSpec::kTask).toString(), t.id);
            QCOMPARE(labels.value(ContainerSpec::kTaskDefinition).toString(),
                     QStringLiteral("web:1"));
            QCOMPARE(labels.value(ContainerSpec::kInstance).toString(), t.instance);
            QVERIFY(!labels.value(ContainerSpec::kConfigHash).toString().isEmpty());
            const QByteArray reply = httpGet(t.address, 80, QStringLiteral("/"));
            QVERIFY2(reply.contains(t.id.toUtf8()), reply.constData());
        }
        QCOMPARE(addresses.size(), 2);
        // Stats flow in: each instance shows the memory its task's container uses, and the
        // instance's history keeps registered, reserved and used side by side.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int withUse = 0;
                for (const InstanceUsage &u : host.lastSnapshot().instances)
                    withUse += u.usedMemory > 0 && u.reservedMemory == 64;
                return withUse == 2;
            }(),
            15000);
        const QList<InstanceUsage> history = host.instanceHistory(QStringLiteral("lab/i1"));
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.last().registeredMemory, history.first().registeredMemory);
        QVERIFY(addresses.contains(QStringLiteral("127.77.1.1")));
        QVERIFY(addresses.contains(QStringLiteral("127.77.1.2")));

        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(stopped.wait(30000));
        QCOMPARE(containersOf(p.name).size(), 0);
    }

    void dependsOnGatesStartOrder()
    {
        ProjectData p = baseProject(QStringLiteral("rt-depends"));
        m_projects << p.name;
        const QJsonObject health{{"command", QJsonArray{"CMD", "/demo", "--check",
                                                        "http://127.0.0.1:9000/health"}},
                                 {"interval", 5},
                                 {"timeout", 2},
                                 {"retries", 3}};
        p.registerTaskDefinition(QJsonObject{
            {"family", "pair"},
            {"containerDefinitions",
             QJsonArray{container("proxy", 64, QJsonArray{QJsonObject{{"containerPort", 8080}}},
                                  {{"dependsOn", QJsonArray{QJsonObject{
                                                     {"containerName", "app"},
                                                     {"condition", "HEALTHY"}}}},
                                   {"links", QJsonArray{"app"}}}),
                        container("app", 64, {},
                                  {{"healthCheck", health},
                                   {"environment", QJsonArray{QJsonObject{
                                                       {"name", "PORT"}, {"value", "9000"}}}}})}}});
        EngineHost host;
        host.start(p);
        RunTaskRequest one;
        one.taskDefinition = QStringLiteral("pair");
        QTRY_VERIFY_WITH_TIMEOUT(host.lastSnapshot().dockerReachable, 10000);
        host.runTask(one);
        QTRY_VERIFY_WITH_TIMEOUT(firstTask(host, "pair")
                                     && firstTask(host, "pair")->lastStatus == TaskStatus::Running,
                                 60000);
        const Task task = *firstTask(host, "pair");
        const auto app = m_docker.inspectContainer(task.container("app")->dockerId);
        const auto proxy = m_docker.inspectContainer(task.container("proxy")->dockerId);
        QVERIFY(app.ok() && proxy.ok());
        const QDateTime appStarted = QDateTime::fromString(
            app->value("State").toObject().value("StartedAt").toString(), Qt::ISODateWithMs);
        const QDateTime proxyStarted = QDateTime::fromString(
            proxy->value("State").toObject().value("StartedAt").toString(), Qt::ISODateWithMs);
        // The proxy waited for the app's first passing health check.
        QVERIFY2(appStarted.msecsTo(proxyStarted) >= 1000,
                 qPrintable(QString::number(appStarted.msecsTo(proxyStarted))));
        QCOMPARE(app->value("State").toObject().value("Health").toObject().value("Status")
                     .toString(),
                 QStringLiteral("healthy"));
        // links: the proxy reaches the app by its container name.
        const PortBinding port = task.container("proxy")->ports.first();
        const QByteArray reply = httpGet(port.hostIp, port.hostPort,
                                         QStringLiteral("/call?url=http://app:9000/"));
        QVERIFY2(reply.contains("\"container\":\"app\""), reply.constData());

        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(stopped.wait(30000));
    }

    void failuresStopTheTaskTheEcsWay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("stopCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash") << "/crash" << "EssentialContainerExited"
                               << "Essential container in task exited";
        QTest::newRow("out of memory") << "/mem?mb=96" << "EssentialContainerExited"
                                       << "OutOfMemoryError: Container killed due to memory usage";
    }

    void failuresStopTheTaskTheEcsWay()
    {
        QFETCH(QString, path);
        QFETCH(QString, stopCode);
        QFETCH(QString, reason);
        ProjectData p = baseProject(QStringLiteral("rt-fail-")
                                    + QString::fromLatin1(QTest::currentDataTag())
                                          .replace(u' ', u'-'));
        m_projects << p.name;
        EngineHost host;
        host.start(p);
        RunTaskRequest one;
        one.taskDefinition = QStringLiteral("web");
        QTRY_VERIFY_WITH_TIMEOUT(host.lastSnapshot().dockerReachable, 10000);
        host.runTask(one);
        QTRY_COMPARE_WITH_TIMEOUT(countTasks(host, TaskStatus::Running), 1, 60000);
        const Task running = *firstTask(host, "web");
        httpGet(running.address, 80, path);
        QTRY_VERIFY_WITH_TIMEOUT(firstTask(host, "web")->isStopped(), 30000);
        const Task stopped = *firstTask(host, "web");
        QCOMPARE(stopped.stopCode, stopCode);
        const QString text = stopped.stoppedReason + u' ' + stopped.containers.first().reason;
        QVERIFY2(text.contains(reason), qPrintable(text));
        QVERIFY(stopped.containers.first().exitCode.has_value());
        QSignalSpy done(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(done.wait(30000));
    }

    void serviceKeepsCountAndIsAdoptedAfterRestart()
    {
        ProjectData p = baseProject(QStringLiteral("rt-adopt"));
        m_projects << p.name;
        p.registerTaskDefinition(QJsonObject{
            {"family", "api"},
            {"containerDefinitions",
             QJsonArray{container("api", 48, QJsonArray{QJsonObject{{"containerPort", 8080}}})}}});
        Service s;
        s.name = QStringLiteral("api");
        s.cluster = QStringLiteral("lab");
        s.taskDefinition = QStringLiteral("api");
        s.desiredCount = 3;
        p.services << s;
        QStringList ids;
        {
            EngineHost first;
            QStringList events;
            connect(&first, &EngineHost::serviceEvent, this,
                    [&](const ServiceEvent &e) { events << e.message; });
            first.start(p);
            QTRY_COMPARE_WITH_TIMEOUT(countTasks(first, TaskStatus::Running, "api"), 3, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(events.contains("(service api) has reached a steady state."),
                                     10000);
            // A task that dies is replaced.
            const Task victim = *firstTask(first, "api");
            m_docker.killContainer(victim.containers.first().dockerId);
            QTRY_VERIFY_WITH_TIMEOUT(first.lastSnapshot().task(victim.id)->isStopped(), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(countTasks(first, TaskStatus::Running, "api"), 3, 60000);
            for (const Task &t : first.lastSnapshot().tasks) {
                if (t.lastStatus == TaskStatus::Running)
                    ids << t.id;
            }
            // The host goes away without stopping anything, as when Berth is killed.
        }
        QCOMPARE(containersOf(p.name).size(), 3);
        EngineHost second;
        second.start(p);
        QTRY_COMPARE_WITH_TIMEOUT(countTasks(second, TaskStatus::Running, "api"), 3, 30000);
        QTest::qWait(2500); // a few more passes: nothing new may start
        QCOMPARE(containersOf(p.name).size(), 3);
        QStringList adopted;
        for (const Task &t : second.lastSnapshot().tasks)
            adopted << t.id;
        std::sort(ids.begin(), ids.end());
        std::sort(adopted.begin(), adopted.end());
        QCOMPARE(adopted, ids);

        // Scale to 1.
        second.setDesiredCount(QStringLiteral("api"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(countTasks(second, TaskStatus::Running, "api"), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(containersOf(p.name).size(), 1, 30000);
    }

    void downRemovesEverything()
    {
        const QString project = QStringLiteral("rt-adopt");
        QVERIFY(!containersOf(project).isEmpty()); // left by the test above
        QString error;
        QVERIFY(Engine::removeProjectResources(m_docker, project, &error) >= 1);
        QCOMPARE(containersOf(project).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Runtime)
#include "tst_runtime.moc"
