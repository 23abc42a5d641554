// Load balancers on a real HAProxy and a real Docker daemon: an ALB with /api/* to one service
// and the default to another, round robin, dynamic host ports, ELB health checks replacing a
// task, draining without dropping an in-flight request, a rolling deployment under wrk load
// without one failed request, rule actions (fixed-response, redirect, a weighted forward),
// host-mode tasks on two virtual instances behind one target group, and HAProxy missing.
#include "engine/docker/dockerclient.h"
#include "engine/lb/haproxyprocess.h"
#include "engine/runtime/enginehost.h"
#include "tests/skiporfail.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

constexpr int kPort = 18181;

/// A GET with extra header lines ("Name: value\r\n" each).
QByteArray httpGetWith(const QString &host, int port, const QString &path,
                       const QByteArray &headers)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(QStringLiteral("GET %1 HTTP/1.0\r\nHost: %2\r\n").arg(path, host).toUtf8()
                 + headers + "\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    return reply;
}

QByteArray httpGet(const QString &host, int port, const QString &path)
{
    return httpGetWith(host, port, path, {});
}

QJsonObject bodyOf(const QByteArray &reply)
{
    return QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
}

QJsonObject demo(const QString &name)
{
    const QJsonObject port{{"containerPort", 8080}, {"hostPort", 0}};
    const QJsonObject env{{"name", "PORT"}, {"value", "8080"}};
    const QJsonObject container{{"name", name},
                                {"image", "berth/demo:1"},
                                {"cpu", 128},
                                {"memory", 64},
                                {"essential", true},
                                {"portMappings", QJsonArray{port}},
                                {"environment", QJsonArray{env}}};
    return QJsonObject{{"family", name}, {"containerDefinitions", QJsonArray{container}}};
}

ProjectData project(const QString &name)
{
    ProjectData p;
    p.name = name;
    Cluster c;
    c.name = QStringLiteral("lab");
    c.instances << ContainerInstance::ofType("i1", "t3.small", "us-east-1a")
                << ContainerInstance::ofType("i2", "t3.small", "us-east-1b");
    p.clusters << c;
    p.registerTaskDefinition(demo("front"));
    p.registerTaskDefinition(demo("api"));
    for (const char *tgName : {"front-tg", "api-tg"}) {
        TargetGroup tg;
        tg.name = QString::fromLatin1(tgName);
        tg.port = 8080;
        tg.healthCheck.path = QStringLiteral("/health");
        tg.healthCheck.intervalSeconds = 1;
        tg.healthCheck.timeoutSeconds = 1;
        tg.healthCheck.healthyThreshold = 2;
        tg.healthCheck.unhealthyThreshold = 2;
        tg.deregistrationDelaySeconds = 20;
        p.targetGroups << tg;
    }
    LoadBalancer lb;
    lb.name = QStringLiteral("web");
    Listener l;
    l.port = kPort;
    l.defaultTargetGroup = QStringLiteral("front-tg");
    l.rules << ListenerRule{10, {"/api/*"}, {}, "api-tg"};
    lb.listeners << l;
    p.loadBalancers << lb;
    for (const char *svcName : {"front", "api"}) {
        Service s;
        s.name = QString::fromLatin1(svcName);
        s.cluster = c.name;
        s.taskDefinition = s.name;
        s.desiredCount = 2;
        s.healthCheckGracePeriodSeconds = 0;
        s.loadBalancers << ServiceLoadBalancer{s.name + QStringLiteral("-tg"), s.name, 8080};
        p.services << s;
    }
    return p;
}

bool deregisteredFrontTargets(const QStringList &events)
{
    return events.join(u'\n').contains(QRegularExpression(
        QStringLiteral("\\(service front\\) deregistered \\d+ targets in \\(target-group "
                       "arn:[^)]*:targetgroup/front-tg/[0-9a-f]{16}\\)")));
}

int healthyTargets(const EngineHost &host, const QString &targetGroup)
{
    int n = 0;
    for (const LoadBalancerStatus &lb : host.lastSnapshot().loadBalancers) {
        for (const TargetHealth &t : lb.targets)
            n += t.targetGroup == targetGroup && t.state == QLatin1String("healthy");
    }
    return n;
}

QList<TargetHealth> targets(const EngineHost &host)
{
    return host.lastSnapshot().loadBalancers.value(0).targets;
}

} // namespace

class tst_LoadBalancer : public QObject
{
    Q_OBJECT

private:
    Docker::DockerClient m_docker;
    QStringList m_projects;

    static void need(bool ok, const QByteArray &reason)
    {
        if (ok)
            return;
        BERTH_SKIP_OR_FAIL(reason.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto ping = m_docker.ping();
        need(ping.ok(), "no Docker daemon: " + ping.error().message().toUtf8());
        need(!HaproxyProcess::findExecutable().isEmpty(),
             "HAProxy is not installed (Debian package haproxy)");
    }

    void cleanupTestCase()
    {
        for (const QString &p : m_projects)
            Engine::removeProjectResources(m_docker, p, nullptr);
    }

    void routesBalancesReplacesAndDrains()
    {
        ProjectData p = project(QStringLiteral("lb-alb"));
        m_projects << p.name;
        EngineHost host;
        QStringList events;
        connect(&host, &EngineHost::serviceEvent, this,
                [&](const ServiceEvent &e) { events << e.message; });
        host.start(p);
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "front-tg"), 2, 90000);
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "api-tg"), 2, 30000);
        const LoadBalancerStatus lb = host.lastSnapshot().loadBalancers.value(0);
        QCOMPARE(lb.address, QStringLiteral("127.79.0.1"));
        QCOMPARE(lb.listeners.value(0).url, QStringLiteral("http://127.79.0.1:%1/").arg(kPort));
        QVERIFY2(events.join(u'\n').contains(QRegularExpression(
                     QStringLiteral("\\(service front\\) registered \\d+ targets in \\(target-group "
                                    "arn:aws:elasticloadbalancing:[^:]+:\\d+:targetgroup/front-tg/"
                                    "[0-9a-f]{16}\\)"))),
                 qPrintable(events.join(u'\n')));
        // Dynamic host ports: the targets are instance address + the published host port.
        for (const TargetHealth &t : lb.targets) {
            QVERIFY2(t.port != 8080 && t.port > 1024, qPrintable(QString::number(t.port)));
            QVERIFY(t.address.startsWith(QLatin1String("127.77.")));
        }

        QSet<QString> frontTasks;
        for (int i = 0; i < 10; ++i) {
            const QJsonObject o = bodyOf(httpGet(lb.address, kPort, "/"));
            QCOMPARE(o.value("service").toString(), QStringLiteral("front"));
            frontTasks.insert(o.value("task").toString());
        }
        QCOMPARE(frontTasks.size(), 2); // round robin reaches both tasks
        QSet<QString> apiTasks;
        for (int i = 0; i < 4; ++i) {
            const QJsonObject o = bodyOf(httpGet(lb.address, kPort, "/api/orders"));
            QCOMPARE(o.value("service").toString(), QStringLiteral("api"));
            apiTasks.insert(o.value("task").toString());
        }
        QCOMPARE(apiTasks.size(), 2);

        // One service calls another through the ALB, by the name it has inside the tasks.
        const QString inside = lb.listeners.value(0).insideUrl;
        QCOMPARE(inside, QStringLiteral("http://web.lb.berth:%1/").arg(kPort));
        const QByteArray called = httpGet(lb.address, kPort, "/call?url=" + inside + "api/orders");
        QVERIFY2(called.contains(" 200 "), called.constData());
        // The front task handled /call and returned what the API service answered.
        QCOMPARE(bodyOf(called).value("service").toString(), QStringLiteral("api"));
        QVERIFY(!host.lastSnapshot().loadBalancers.value(0).samples.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                qint64 n = 0;
                for (const LoadBalancerSample &s :
                     host.lastSnapshot().loadBalancers.value(0).samples)
                    n += s.responses2xx;
                return n >= 14;
            }(),
            5000);

        // A target that fails its health checks is taken out and its task replaced.
        TargetHealth victim;
        for (const TargetHealth &t : targets(host)) {
            if (t.targetGroup == QLatin1String("front-tg"))
                victim = t;
        }
        QVERIFY(httpGet(victim.address, victim.port, "/fail-health").contains("200"));
        QTRY_VERIFY_WITH_TIMEOUT(host.lastSnapshot().task(victim.taskId) &&
                                     host.lastSnapshot().task(victim.taskId)->isStopped(),
                                 60000);
        const QString reason = host.lastSnapshot().task(victim.taskId)->stoppedReason;
        QVERIFY2(reason.startsWith(QLatin1String("Task failed ELB health checks in (target-group "
                                                 "arn:aws:elasticloadbalancing:"))
                     && reason.contains(QLatin1String(":targetgroup/front-tg/")),
                 qPrintable(reason));
        QVERIFY(events.join(u'\n').contains(QRegularExpression(
            QStringLiteral("\\(service front\\) \\(task %1\\) \\(instance i-[0-9a-f]+\\) \\(port "
                           "\\d+\\) is unhealthy in \\(target-group arn:[^)]*targetgroup/front-tg/")
                .arg(victim.taskId))));
        QVERIFY(events.join(u'\n').contains(
            QStringLiteral("(service front) has stopped 1 running tasks: (task %1).")
                .arg(victim.taskId)));
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "front-tg"), 2, 90000);

        // Scale-in during slow requests: the stopping task drains, nothing is dropped.
        QList<QTcpSocket *> slow;
        for (int i = 0; i < 2; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(lb.address, kPort);
            QVERIFY(s->waitForConnected(3000));
            s->write("GET /cpu?ms=2500 HTTP/1.0\r\nHost: web\r\n\r\n");
            s->flush();
            slow << s;
        }
        QTest::qWait(300);
        host.setDesiredCount(QStringLiteral("front"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(deregisteredFrontTargets(events), 10000);
        QVERIFY(events.join(u'\n').contains(
            QStringLiteral("(service front) has begun draining connections on 1 tasks.")));
        for (QTcpSocket *s : slow) {
            QTRY_VERIFY_WITH_TIMEOUT(s->state() == QAbstractSocket::UnconnectedState, 20000);
            const QByteArray reply = s->readAll();
            QVERIFY2(reply.startsWith("HTTP/1.") && reply.contains(" 200 "), reply.constData());
        }
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "front-tg"), 1, 30000);
        const QStringList projectLabel{QStringLiteral("io.berth.project=") + p.name};
        // The ALB's network, for the tasks, and the task metadata endpoint's.
        QCOMPARE(m_docker.listNetworks(projectLabel + QStringList{"io.berth.load-balancer"})
                     ->size(),
                 1);
        QCOMPARE(m_docker.listNetworks(projectLabel + QStringList{"io.berth.metadata"})->size(),
                 1);
        QCOMPARE(m_docker.listNetworks(projectLabel)->size(), 2);

        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(stopped.wait(60000));
        QVERIFY(m_docker.listNetworks(projectLabel)->isEmpty());
    }

    void ruleActionsAndHostMode()
    {
        // One run: ALB rules that answer by themselves (fixed-response, redirect), a weighted
        // forward to two target groups, and a host-mode service whose tasks use the same port
        // on two virtual instances, both registered as targets.
        constexpr int kListener = kPort + 2;
        constexpr int kHostPort = 18391;
        ProjectData p = project(QStringLiteral("lb-actions"));
        p.services.clear();
        p.targetGroups.clear();
        p.registerTaskDefinition(demo("blue"));
        p.registerTaskDefinition(demo("green"));
        QJsonObject hostTd = demo("hostsvc");
        QJsonArray containers = hostTd.value("containerDefinitions").toArray();
        QJsonObject c = containers.first().toObject();
        c.insert("portMappings",
                 QJsonArray{QJsonObject{{"containerPort", kHostPort}, {"hostPort", kHostPort}}});
        c.insert("environment", QJsonArray{QJsonObject{{"name", "PORT"},
                                                       {"value", QString::number(kHostPort)}}});
        // Allowed in host mode (not in awsvpc): the task's namespace gets it.
        c.insert("extraHosts", QJsonArray{QJsonObject{{"hostname", "db.internal"},
                                                      {"ipAddress", "10.0.0.5"}}});
        containers.replace(0, c);
        hostTd.insert("containerDefinitions", containers);
        hostTd.insert("networkMode", "host");
        p.registerTaskDefinition(hostTd);
        for (const char *name : {"blue", "green", "hostsvc"}) {
            TargetGroup tg;
            tg.name = QString::fromLatin1(name) + QStringLiteral("-tg");
            tg.port = 8080;
            tg.healthCheck.path = QStringLiteral("/health");
            tg.healthCheck.intervalSeconds = 1;
            tg.healthCheck.timeoutSeconds = 1;
            tg.healthCheck.healthyThreshold = 2;
            tg.deregistrationDelaySeconds = 1;
            p.targetGroups << tg;
            Service s;
            s.name = QString::fromLatin1(name);
            s.cluster = p.clusters.first().name;
            s.taskDefinition = s.name;
            s.desiredCount = s.name == QLatin1String("hostsvc") ? 3 : 1;
            s.healthCheckGracePeriodSeconds = 0;
            s.loadBalancers << ServiceLoadBalancer{tg.name, s.name,
                                                   s.name == QLatin1String("hostsvc") ? kHostPort
                                                                                      : 8080};
            p.services << s;
        }
        Listener &l = p.loadBalancers.first().listeners.first();
        l.port = kListener;
        l.defaultTargetGroup = QStringLiteral("blue-tg");
        ListenerRule fixed{10, {QStringLiteral("/maintenance")}, {}, {}};
        fixed.action = ListenerRule::Action::FixedResponse;
        fixed.fixedResponse = {QStringLiteral("503"), QStringLiteral("text/plain"),
                               QStringLiteral("down for maintenance")};
        ListenerRule moved{20, {QStringLiteral("/old/*")}, {}, {}};
        moved.action = ListenerRule::Action::Redirect;
        moved.redirect.protocol = QStringLiteral("HTTPS");
        moved.redirect.port = QStringLiteral("443");
        moved.redirect.path = QStringLiteral("/new/#{path}");
        moved.redirect.statusCode = QStringLiteral("HTTP_302");
        ListenerRule split{30, {QStringLiteral("/split")}, {}, {}};
        split.targetGroups = {{QStringLiteral("blue-tg"), 75}, {QStringLiteral("green-tg"), 25}};
        split.stickinessSeconds = 60;
        ListenerRule hosted{40, {QStringLiteral("/host/*")}, {}, QStringLiteral("hostsvc-tg")};
        l.rules = {fixed, moved, split, hosted};
        m_projects << p.name;

        EngineHost host;
        QStringList events;
        connect(&host, &EngineHost::serviceEvent, this,
                [&](const ServiceEvent &e) { events << e.message; });
        host.start(p);
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "hostsvc-tg"), 2, 90000);
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "blue-tg"), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "green-tg"), 1, 30000);
        const QString address = host.lastSnapshot().loadBalancers.value(0).address;

        // host mode: the same port on each instance's own address, read back as the target.
        QSet<QString> hostAddresses;
        for (const TargetHealth &t : targets(host)) {
            if (t.targetGroup != QLatin1String("hostsvc-tg"))
                continue;
            QCOMPARE(t.port, kHostPort);
            hostAddresses.insert(t.address);
            const QJsonObject o = bodyOf(httpGet(t.address, t.port, "/"));
            QCOMPARE(o.value("service").toString(), QStringLiteral("hostsvc"));
            QCOMPARE(o.value("task").toString(), t.taskId);
        }
        QCOMPARE(hostAddresses,
                 (QSet<QString>{QStringLiteral("127.77.1.1"), QStringLiteral("127.77.1.2")}));
        int running = 0;
        for (const Task &t : host.lastSnapshot().tasks)
            running += t.service == QLatin1String("hostsvc") && t.lastStatus == TaskStatus::Running;
        QCOMPARE(running, 2);
        // The third task finds its port taken on both instances, as ECS reports it.
        QTRY_VERIFY_WITH_TIMEOUT(events.join(u'\n').contains(QRegularExpression(
                                     QStringLiteral("\\(service hostsvc\\) was unable to place a "
                                                    "task because no container instance met all "
                                                    "of its requirements.*already using a port "
                                                    "required by your task"))),
                                 10000);
        QSet<QString> hostTasks;
        for (int i = 0; i < 6; ++i)
            hostTasks.insert(bodyOf(httpGet(address, kListener, "/host/x")).value("task")
                                 .toString());
        QCOMPARE(hostTasks.size(), 2);

        // fixed-response: the load balancer answers by itself.
        const QByteArray down = httpGet(address, kListener, "/maintenance");
        QVERIFY2(down.startsWith("HTTP/1.") && down.contains(" 503 "), down.constData());
        QVERIFY2(down.toLower().contains("content-type: text/plain"), down.constData());
        QVERIFY2(down.endsWith("\r\n\r\ndown for maintenance"), down.constData());

        // redirect: #{host} and #{path} of the request, the query carried over.
        const auto location = [](const QByteArray &reply) {
            const QRegularExpressionMatch m = QRegularExpression(
                QStringLiteral("\r\nlocation: ([^\r]*)\r\n"),
                QRegularExpression::CaseInsensitiveOption).match(QString::fromUtf8(reply));
            return m.captured(1);
        };
        const QByteArray moved1 = httpGet(address, kListener, "/old/page?x=1");
        QVERIFY2(moved1.contains(" 302 "), moved1.constData());
        QCOMPARE(location(moved1), QStringLiteral("https://%1:443/new/old/page?x=1").arg(address));
        QCOMPARE(location(httpGet(address, kListener, "/old/page")),
                 QStringLiteral("https://%1:443/new/old/page").arg(address));

        // Weighted 75/25: the share over 400 requests within 8 points (3.7 standard deviations).
        int blue = 0;
        constexpr int kRequests = 400;
        for (int i = 0; i < kRequests; ++i) {
            const QByteArray reply = httpGet(address, kListener, "/split");
            const QString service = bodyOf(reply).value("service").toString();
            QVERIFY2(service == QLatin1String("blue") || service == QLatin1String("green"),
                     reply.constData());
            blue += service == QLatin1String("blue");
            if (i == 0)
                QVERIFY2(reply.contains("AWSALBTG=tg_"), reply.constData());
        }
        const double share = double(blue) / kRequests;
        qInfo("weighted forward 75/25: %d of %d to blue (%.3f)", blue, kRequests, share);
        QVERIFY2(qAbs(share - 0.75) < 0.08, qPrintable(QString::number(share)));
        // The stickiness cookie keeps a client on its group.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(bodyOf(httpGetWith(address, kListener, "/split",
                                        "Cookie: AWSALBTG=tg_green-tg\r\n"))
                         .value("service")
                         .toString(),
                     QStringLiteral("green"));

        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(stopped.wait(60000));
    }

    void rollingDeploymentUnderLoadDropsNothing()
    {
        need(!QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty(),
             "wrk is not installed (Debian package wrk)");
        ProjectData p = project(QStringLiteral("lb-rolling"));
        p.loadBalancers.first().listeners.first().port = kPort + 1;
        p.services.removeLast(); // front only
        for (TargetGroup &tg : p.targetGroups)
            tg.deregistrationDelaySeconds = 2;
        m_projects << p.name;
        EngineHost host;
        host.start(p);
        QTRY_COMPARE_WITH_TIMEOUT(healthyTargets(host, "front-tg"), 2, 90000);
        const QString url = host.lastSnapshot().loadBalancers.value(0).listeners.value(0).url;

        // Load for the whole deployment, bounded to 30 s.
        QProcess wrk;
        wrk.start(QStringLiteral("wrk"), {QStringLiteral("-t1"), QStringLiteral("-c8"),
                                          QStringLiteral("-d30s"), url});
        QVERIFY(wrk.waitForStarted());
        QTest::qWait(2000);
        QJsonObject revised = p.taskDefinition(QStringLiteral("front"))->json();
        QJsonArray containers = revised.value("containerDefinitions").toArray();
        QJsonObject web = containers.first().toObject();
        QJsonArray env = web.value("environment").toArray();
        env.append(QJsonObject{{"name", "VERSION"}, {"value", "2"}});
        web.insert("environment", env);
        containers.replace(0, web);
        revised.insert("containerDefinitions", containers);
        p.services.first().taskDefinition = p.registerTaskDefinition(revised);
        host.applyProject(p);
        // The new revision replaces both tasks: one deployment left, completed.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<ServiceStatus> services = host.lastSnapshot().services;
                if (services.isEmpty() || services.first().deployments.size() != 1)
                    return false;
                const Deployment &d = services.first().deployments.first();
                return d.taskDefinition == p.services.first().taskDefinition
                       && d.rolloutState == QLatin1String("COMPLETED");
            }(),
            28000);
        QCOMPARE(bodyOf(httpGet(host.lastSnapshot().loadBalancers.value(0).address, kPort + 1,
                                "/"))
                     .value("version")
                     .toString(),
                 QStringLiteral("2"));
        QVERIFY(wrk.waitForFinished(40000));
        const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
        QVERIFY2(out.contains("requests in"), qPrintable(out));
        qInfo().noquote() << "wrk during the deployment:" << out.simplified();
        QVERIFY2(!out.contains("Non-2xx"), qPrintable(out));
        QVERIFY2(!out.contains("Socket errors"), qPrintable(out));
        const QRegularExpression total(QStringLiteral("(\\d+) requests in"));
        QVERIFY2(total.match(out).captured(1).toInt() > 1000, qPrintable(out));

        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(stopped.wait(60000));
    }

    void haproxyMissingIsReported()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        qputenv("BERTH_HAPROXY", "haproxy");
        ProjectData p = project(QStringLiteral("lb-missing"));
        p.services.removeLast();
        p.services.first().desiredCount = 1;
        m_projects << p.name;
        EngineHost host;
        QStringList notices;
        connect(&host, &EngineHost::notice, this, [&](const QString &n) { notices << n; });
        host.start(p);
        QTRY_VERIFY_WITH_TIMEOUT(!host.lastSnapshot().loadBalancerProblem.isEmpty(), 10000);
        qputenv("PATH", path);
        qunsetenv("BERTH_HAPROXY");
        QVERIFY(host.lastSnapshot().loadBalancerProblem.contains("package haproxy"));
        QVERIFY(notices.join(u'\n').contains("package haproxy"));
        // The rest of the run goes on.
        QTRY_VERIFY_WITH_TIMEOUT(!host.lastSnapshot().tasks.isEmpty() &&
                                     host.lastSnapshot().tasks.first().lastStatus ==
                                         TaskStatus::Running,
                                 60000);
        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(stopped.wait(30000));
    }
};

QTEST_GUILESS_MAIN(tst_LoadBalancer)
#include "tst_loadbalancer.moc"
