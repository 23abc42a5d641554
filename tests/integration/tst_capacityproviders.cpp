// A capacity provider on a real Docker daemon: its Auto Scaling group starts at its desired
// capacity; raising a service's desired count beyond the room makes it launch an instance
// (marked with the provider) and the tasks reach RUNNING there; lowering the count empties
// that instance and the group terminates it after the low alarm's datapoints (15 minutes of
// ECS time, 15 s at the lab clock's 60x used here), keeping its min size. At each count the
// run has the tasks on the instances the plan put them on, the launched one included.
#include "engine/docker/dockerclient.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/enginehost.h"
#include "engine/scheduler/planner.h"
#include "tests/skiporfail.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

const QString kProject = QStringLiteral("cp-test-%1").arg(QCoreApplication::applicationPid());

ProjectData design()
{
    ProjectData p;
    p.name = kProject;
    Cluster c;
    c.name = QStringLiteral("lab"); // no instance of its own: the group brings them
    CapacityProvider asg;
    asg.name = QStringLiteral("asg");
    asg.instanceType = QStringLiteral("t3.small"); // 2048 CPU units: two tasks of 1024
    asg.minSize = 1;
    asg.maxSize = 3;
    asg.desiredCapacity = 1;
    asg.availabilityZones = {QStringLiteral("us-east-1a")};
    c.capacityProviders << asg;
    p.clusters << c;
    const QJsonObject container{
        {"name", "web"},
        {"image", "berth/demo:1"},
        {"cpu", 1024},
        {"memory", 48},
        {"essential", true},
        {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080}, {"hostPort", 0}}}}};
    p.registerTaskDefinition(
        QJsonObject{{"family", "web"}, {"containerDefinitions", QJsonArray{container}}});
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = c.name;
    s.taskDefinition = QStringLiteral("web");
    s.desiredCount = 2;
    s.capacityProviderStrategy = {{asg.name, 0, 1}};
    p.services << s;
    return p;
}

QStringList groupInstances(const EngineSnapshot &s)
{
    QStringList names;
    for (const InstanceUsage &i : s.instances) {
        if (i.name.startsWith(QLatin1String("asg-")))
            names << i.name;
    }
    names.sort();
    return names;
}

QMap<QString, int> runningPerInstance(const EngineSnapshot &s)
{
    QMap<QString, int> n;
    for (const Task &t : s.tasks) {
        if (t.isActive() && t.lastStatus == TaskStatus::Running)
            ++n[t.instance];
    }
    return n;
}

/// Where the plan puts the tasks with web at \a count; \a launched: the instances the
/// group would launch for them.
QMap<QString, int> planned(int count, QStringList *launched)
{
    ProjectData p = design();
    p.services.first().desiredCount = count;
    const Plan plan = Planner(p).plan();
    QMap<QString, int> n;
    for (const PlannedTask &t : plan.services.first().placed)
        ++n[t.instance];
    for (const InstancePlan &i : plan.instances) {
        if (i.launchedByScaling)
            *launched << i.name;
    }
    return n;
}

int active(const EngineSnapshot &s)
{
    int n = 0;
    for (const Task &t : s.tasks)
        n += t.isActive() && !t.isStopped();
    return n;
}

} // namespace

class tst_CapacityProviders : public QObject
{
    Q_OBJECT

private:
    Docker::DockerClient m_docker;

private slots:
    void initTestCase()
    {
        const auto ping = m_docker.ping();
        if (!ping.ok()) {
            const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
        Deployment::setHealthyAfterSeconds(2);
        Deployment::setTimeScale(60);
    }

    void cleanupTestCase()
    {
        Engine::removeProjectResources(m_docker, kProject, nullptr);
        Deployment::setTimeScale(1);
    }

    void groupFollowsTheTasks()
    {
        EngineHost host;
        QStringList notices;
        connect(&host, &EngineHost::notice, this, [&](const QString &n) { notices << n; });
        host.start(design());
        // Desired capacity 1: asg-1, with both tasks.
        QTRY_COMPARE_WITH_TIMEOUT(runningPerInstance(host.lastSnapshot()).value("asg-1"), 2, 90000);
        QCOMPARE(groupInstances(host.lastSnapshot()), QStringList{"asg-1"});
        QStringList launched;
        QCOMPARE(runningPerInstance(host.lastSnapshot()), planned(2, &launched));
        QVERIFY(launched.isEmpty());

        // Two more tasks find no room: the group launches asg-2 and they run there.
        host.setDesiredCount(QStringLiteral("web"), 4);
        QTRY_COMPARE_WITH_TIMEOUT(runningPerInstance(host.lastSnapshot()).value("asg-2"), 2, 90000);
        QCOMPARE(groupInstances(host.lastSnapshot()), (QStringList{"asg-1", "asg-2"}));
        QCOMPARE(runningPerInstance(host.lastSnapshot()).value("asg-1"), 2);
        QCOMPARE(runningPerInstance(host.lastSnapshot()), planned(4, &launched));
        QCOMPARE(launched, QStringList{"asg-2"});
        QVERIFY2(notices.filter(QStringLiteral("Launching a new EC2 instance")).size() == 1,
                 qPrintable(notices.join(u'\n')));
        // No "unable to place" event: the tasks waited for capacity, they did not fail.
        for (const ServiceEvent &e : host.lastSnapshot().events)
            QVERIFY2(!e.message.contains(QStringLiteral("unable to place")), qPrintable(e.message));

        // Down to 1: the scheduler's scale-in empties asg-2 (newest tasks first, then the
        // fuller instance), and the group terminates it once it has been empty for the low
        // alarm's datapoints; asg-1 stays (min size 1).
        host.setDesiredCount(QStringLiteral("web"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(active(host.lastSnapshot()), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(groupInstances(host.lastSnapshot()), QStringList{"asg-1"}, 60000);
        QVERIFY2(notices.filter(QStringLiteral("Terminating EC2 instance")).size() == 1,
                 qPrintable(notices.join(u'\n')));
        QCOMPARE(runningPerInstance(host.lastSnapshot()).value("asg-1"), 1);

        QSignalSpy done(&host, &EngineHost::allStopped);
        host.stopAll();
        QVERIFY(done.wait(60000));
    }
};

QTEST_GUILESS_MAIN(tst_CapacityProviders)
#include "tst_capacityproviders.moc"
