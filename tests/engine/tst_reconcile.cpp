// The engine's reconcile rules against a scripted container runtime (no daemon): services
// keep their desired count through scaling and crashes, rolling deployments stay within
// minimumHealthyPercent and maximumPercent, the circuit breaker rolls back, a deployment
// stalls on a held port and goes on when unblocked, failed starts back off, a restarted
// engine adopts what runs instead of starting it twice, and a runtime that goes away is
// reported. Each pass is driven by hand: no timers are waited for.

#include "fakeruntime.h"
#include "tests/skiporfail.h"

#include "engine/runtime/containerspec.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/engine.h"
#include "engine/runtime/liveclusterstate.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/taskrequirements.h"
#include "engine/secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;
using Berth::Tests::FakeRuntime;

namespace {

QJsonObject definition(const QString &family, const QString &image, int hostPort = 0)
{
    const QJsonObject c{{"name", "web"},
                        {"image", image},
                        {"cpu", 128},
                        {"memory", 128},
                        {"essential", true},
                        {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080},
                                                                {"hostPort", hostPort}}}}};
    return QJsonObject{{"family", family}, {"containerDefinitions", QJsonArray{c}}};
}

/// Cluster "lab" with \a instances t3.small instances; service web on web:1 (image v1) with
/// \a desired tasks; web:2 uses image v2.
ProjectData project(int instances, int desired, int hostPort = 0)
{
    ProjectData p;
    p.name = QStringLiteral("fake");
    Cluster c;
    c.name = QStringLiteral("lab");
    for (int i = 1; i <= instances; ++i)
        c.instances << ContainerInstance::ofType(QStringLiteral("i%1").arg(i), "t3.small",
                                                 "us-east-1a");
    p.clusters << c;
    p.registerTaskDefinition(definition("web", "example/web:v1", hostPort));
    p.registerTaskDefinition(definition("web", "example/web:v2", hostPort));
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = QStringLiteral("lab");
    s.taskDefinition = QStringLiteral("web:1");
    s.desiredCount = desired;
    p.services << s;
    return p;
}

/// project() with web a DAEMON service constrained to memberOf(attribute:role == edge);
/// \a roles gives each instance's role attribute ("" for none). web:3 needs more memory than
/// a t3.small has.
ProjectData daemonProject(const QStringList &roles)
{
    ProjectData p = project(int(roles.size()), 0);
    for (int i = 0; i < roles.size(); ++i) {
        if (!roles.at(i).isEmpty())
            p.clusters[0].instances[i].attributes.insert(QStringLiteral("role"), roles.at(i));
    }
    QJsonObject big = definition("web", "example/web:v3");
    QJsonArray containers = big["containerDefinitions"].toArray();
    QJsonObject c = containers.first().toObject();
    c["memory"] = 8192;
    containers[0] = c;
    big["containerDefinitions"] = containers;
    p.registerTaskDefinition(big);
    Service &s = p.services[0];
    s.schedulingStrategy = QStringLiteral("DAEMON");
    s.placementConstraints << PlacementConstraint{QStringLiteral("memberOf"),
                                                  QStringLiteral("attribute:role == edge")};
    return p;
}

/// project() with web behind load balancer "alb" (HTTP 80 -> target group web-tg, health
/// checks every second): nothing in the fake runtime answers them, so every target fails.
ProjectData balancedProject(int instances, int desired)
{
    ProjectData p = project(instances, desired);
    TargetGroup tg;
    tg.name = QStringLiteral("web-tg");
    tg.port = 8080;
    tg.healthCheck.intervalSeconds = 1;
    tg.healthCheck.timeoutSeconds = 1;
    tg.healthCheck.unhealthyThreshold = 2;
    tg.healthCheck.healthyThreshold = 2;
    tg.deregistrationDelaySeconds = 0;
    p.targetGroups << tg;
    LoadBalancer lb;
    lb.name = QStringLiteral("alb");
    Listener l;
    l.port = 18080 + int(QCoreApplication::applicationPid() % 1000);
    l.defaultTargetGroup = tg.name;
    lb.listeners << l;
    p.loadBalancers << lb;
    p.services[0].loadBalancers << ServiceLoadBalancer{tg.name, QStringLiteral("web"), 8080};
    return p;
}

bool haproxyMissing()
{
    return QStandardPaths::findExecutable(QStringLiteral("haproxy")).isEmpty()
           && QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                             {QStringLiteral("/usr/sbin")})
                  .isEmpty();
}

/// An engine on the test's thread with a fake runtime, driven pass by pass.
class Harness
{
public:
    explicit Harness(std::shared_ptr<FakeRuntime> runtime = std::make_shared<FakeRuntime>())
        : runtime(std::move(runtime)), engine(std::make_unique<Engine>(this->runtime))
    {
        engine->setSecretStore(std::make_shared<MemorySecretStore>());
        QObject::connect(engine.get(), &Engine::snapshotReady, engine.get(),
                         [this](const EngineSnapshot &s) { snapshot = s; });
    }

    /// Reconciles until \a done holds (true) or \a passes passes went by (false); \a each
    /// runs after every pass.
    bool until(const std::function<bool()> &done, int passes = 200,
               const std::function<void()> &each = {})
    {
        for (int i = 0; i < passes; ++i) {
            QCoreApplication::processEvents(); // the runtime's events
            engine->reconcile();
            QCoreApplication::processEvents();
            if (each)
                each();
            if (done())
                return true;
        }
        return false;
    }

    /// until() on the clock: a pass every 50 ms for at most \a ms milliseconds.
    bool untilFor(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            QCoreApplication::processEvents();
            engine->reconcile();
            QCoreApplication::processEvents();
            if (done())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    const ServiceStatus *service(const QString &name = QStringLiteral("web")) const
    {
        for (const ServiceStatus &s : snapshot.services) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
    /// The instances the service's active tasks run on, one entry per task.
    QStringList instancesOf(const QString &service = QStringLiteral("web")) const
    {
        QStringList out;
        for (const Task &t : snapshot.tasks) {
            if (t.service == service && t.isActive())
                out << t.instance;
        }
        out.sort();
        return out;
    }
    int running(const QString &taskDefinition = {}) const
    {
        int n = 0;
        for (const Task &t : snapshot.tasks)
            n += t.isActive() && t.lastStatus == TaskStatus::Running
                 && (taskDefinition.isEmpty() || t.taskDefinition == taskDefinition);
        return n;
    }
    int containersRunning(const QString &taskDefinition = {}) const
    {
        return taskDefinition.isEmpty()
                   ? runtime->running(QLatin1String(ContainerSpec::kService), "web")
                   : runtime->running(QLatin1String(ContainerSpec::kTaskDefinition),
                                      taskDefinition);
    }
    bool completed(const QString &taskDefinition) const
    {
        const ServiceStatus *s = service();
        return s && !s->deployments.isEmpty()
               && s->deployments.first().taskDefinition == taskDefinition
               && s->deployments.first().rolloutState == QLatin1String("COMPLETED");
    }
    bool hasEvent(const QString &part) const
    {
        for (const ServiceEvent &e : snapshot.events) {
            if (e.message.contains(part))
                return true;
        }
        return false;
    }

    std::shared_ptr<FakeRuntime> runtime;
    std::unique_ptr<Engine> engine;
    EngineSnapshot snapshot;
};

} // namespace

class tst_Reconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Deployment::setHealthyAfterSeconds(0); }

    void servicesKeepTheirDesiredCount()
    {
        Harness h;
        h.engine->start(project(2, 3));
        QVERIFY(h.until([&] { return h.running() == 3 && h.completed("web:1"); }));
        QCOMPARE(h.containersRunning(), 3);

        ProjectData scaled = project(2, 1);
        h.engine->applyProject(scaled);
        QVERIFY(h.until([&] { return h.containersRunning() == 1 && h.running() == 1; }));
        QVERIFY(h.hasEvent(QStringLiteral("has stopped 2 running tasks")));

        scaled.services[0].desiredCount = 4;
        h.engine->applyProject(scaled);
        QVERIFY(h.until([&] { return h.running() == 4; }));
        QCOMPARE(h.containersRunning(), 4);
        QCOMPARE(h.service()->desiredCount, 4);
    }

    void desiredCountFollowsEveryEdit()
    {
        // setDesiredCount is an edit like any other: a later design's count wins.
        Harness h;
        ProjectData p = project(2, 2);
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.running() == 2; }));
        h.engine->setDesiredCount(QStringLiteral("web"), 3);
        QVERIFY(h.until([&] { return h.running() == 3; }));
        p.services[0].desiredCount = 1;
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.containersRunning() == 1 && h.running() == 1; }));
        QCOMPARE(h.service()->desiredCount, 1);
    }

    void crashedTaskIsReplaced()
    {
        Harness h;
        h.engine->start(project(2, 2));
        QVERIFY(h.until([&] { return h.running() == 2; }));
        const Task victim = h.snapshot.tasks.first();
        h.runtime->crash(victim.containers.first().dockerId, 3);
        QVERIFY(h.until([&] {
            const Task *t = h.snapshot.task(victim.id);
            return t && t->isStopped() && h.running() == 2;
        }));
        const Task *stopped = h.snapshot.task(victim.id);
        QCOMPARE(stopped->stopCode, QStringLiteral("EssentialContainerExited"));
        QCOMPARE(stopped->containers.first().exitCode.value_or(-1), 3);
        QCOMPARE(h.containersRunning(), 2);
    }

    void rollingDeploymentStaysWithinLimits_data()
    {
        QTest::addColumn<int>("minPercent");
        QTest::addColumn<int>("maxPercent");
        QTest::newRow("100/200") << 100 << 200;
        QTest::newRow("50/100") << 50 << 100;
        QTest::newRow("50/150") << 50 << 150;
    }
    void rollingDeploymentStaysWithinLimits()
    {
        QFETCH(int, minPercent);
        QFETCH(int, maxPercent);
        constexpr int desired = 4;
        Harness h;
        ProjectData p = project(4, desired);
        p.services[0].deploymentConfiguration.minimumHealthyPercent = minPercent;
        p.services[0].deploymentConfiguration.maximumPercent = maxPercent;
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.completed("web:1") && h.running() == desired; }));

        p.services[0].taskDefinition = QStringLiteral("web:2");
        h.engine->applyProject(p);
        int most = 0, fewest = desired;
        QVERIFY(h.until([&] { return h.completed("web:2") && h.running("web:2") == desired; },
                        400, [&] {
                            most = qMax(most, h.containersRunning());
                            fewest = qMin(fewest, h.running());
                        }));
        QVERIFY2(most <= desired * maxPercent / 100,
                 qPrintable(QStringLiteral("%1 containers ran at once").arg(most)));
        QVERIFY2(fewest >= desired * minPercent / 100,
                 qPrintable(QStringLiteral("only %1 tasks were running").arg(fewest)));
        QCOMPARE(h.containersRunning("web:1"), 0);
        QCOMPARE(h.service()->deployments.size(), 1);
    }

    void scaleInKeepsZonesBalanced()
    {
        // Two tasks on i1 (us-east-1a); i2 (us-east-1b) joins and takes the third. Scaling
        // in to 2 stops one in 1a, the zone with the most, not the newest task (on i2).
        Harness h;
        ProjectData p = project(1, 2);
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.running() == 2; }));
        p.clusters[0].instances << ContainerInstance::ofType(QStringLiteral("i2"), "t3.small",
                                                             "us-east-1b");
        p.services[0].desiredCount = 3;
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.running() == 3; }));
        QCOMPARE(h.instancesOf(), (QStringList{"i1", "i1", "i2"}));
        p.services[0].desiredCount = 2;
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.running() == 2 && h.instancesOf().size() == 2; }));
        QCOMPARE(h.instancesOf(), (QStringList{"i1", "i2"}));
    }

    void stoppingTaskNoLongerBlocksItsInstance()
    {
        // A task with desiredStatus STOPPED (draining) holds its host port until it is gone,
        // but neither its CPU and memory nor its place in the group (distinctInstance).
        ProjectData p = project(1, 1, 8080);
        const TaskDefinition &td = *p.taskDefinition(QStringLiteral("web:1"));
        Task stopping;
        stopping.id = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        stopping.cluster = QStringLiteral("lab");
        stopping.instance = QStringLiteral("i1");
        stopping.service = QStringLiteral("web");
        stopping.taskDefinition = td.key();
        stopping.lastStatus = TaskStatus::Running;
        stopping.desiredStatus = TaskStatus::Stopped;
        ClusterState state = designClusterState(p, QStringLiteral("lab"));
        const int cpu = state.instance(0).remainingCpu;
        addLiveTask(state, p, stopping, td);
        QCOMPARE(state.instance(0).remainingCpu, cpu);
        QCOMPARE(state.groupCountOn(0, QStringLiteral("service:web")), 0);
        TaskRequirements distinct = TaskRequirements::forService(p.services[0], td);
        distinct.distinctInstance = true;
        distinct.hostPorts.clear();
        QVERIFY(Placer(state).fits(distinct, 0));
        TaskRequirements samePort = TaskRequirements::forService(p.services[0], td);
        QVERIFY(!Placer(state).fits(samePort, 0)); // port 8080 is still bound
        // A running task still counts for both.
        Task running = stopping;
        running.id = QStringLiteral("f9e8d7c6b5a4938271605f4e3d2c1b0a");
        running.desiredStatus = TaskStatus::Running;
        ClusterState withRunning = designClusterState(p, QStringLiteral("lab"));
        addLiveTask(withRunning, p, running, td);
        QCOMPARE(withRunning.groupCountOn(0, QStringLiteral("service:web")), 1);
        QVERIFY(!Placer(withRunning).fits(distinct, 0));
    }

    void steadyStateWaitsForHealthyTargets()
    {
        if (haproxyMissing()) {
            BERTH_SKIP_OR_FAIL("HAProxy is not installed (scripts/test.sh installs it)");
        }
        // Every task runs, but no target passes its health check: the service is not steady.
        Harness h;
        h.runtime->setNetworkGateway(QStringLiteral("127.0.0.1")); // where HAProxy listens too
        ProjectData p = balancedProject(2, 2);
        p.services[0].healthCheckGracePeriodSeconds = 3600; // keep the tasks running
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.running() == 2; }));
        QVERIFY(h.untilFor([&] { return h.hasEvent(QStringLiteral("registered 2 targets in "
                                                                  "(target-group arn:aws:"
                                                                  "elasticloadbalancing:")); },
                           10000));
        h.untilFor([] { return false; }, 3000);
        QVERIFY(!h.hasEvent(QStringLiteral("has reached a steady state")));
        QVERIFY(h.hasEvent(QStringLiteral("is unhealthy in (target-group arn:aws:")));
        h.engine->stopAll();
        h.untilFor([&] { return h.running() == 0; }, 10000);
    }

    void elbHealthCheckFailuresTripTheCircuitBreaker()
    {
        if (haproxyMissing()) {
            BERTH_SKIP_OR_FAIL("HAProxy is not installed (scripts/test.sh installs it)");
        }
        // No container health check: only the target group judges the tasks. They start,
        // fail their ELB health checks and are replaced until the breaker trips (threshold 3).
        Harness h;
        h.runtime->setNetworkGateway(QStringLiteral("127.0.0.1")); // where HAProxy listens too
        ProjectData p = balancedProject(2, 2);
        p.services[0].deploymentConfiguration.circuitBreakerEnable = true;
        h.engine->start(p);
        QVERIFY(h.untilFor([&] { return h.hasEvent(QStringLiteral("deployment failed: tasks "
                                                                  "failed to start.")); },
                           40000));
        bool elbReason = false;
        for (const Task &t : h.snapshot.tasks)
            elbReason = elbReason
                        || t.stoppedReason.startsWith(
                            QLatin1String("Task failed ELB health checks in (target-group arn:"));
        QVERIFY(elbReason);
        QCOMPARE(h.service()->deployments.first().rolloutState, QStringLiteral("FAILED"));
        h.engine->stopAll();
        h.untilFor([&] { return h.running() == 0; }, 10000);
    }

    void dependencyThatNeverGetsHealthyTimesOut()
    {
        // web waits for db to be HEALTHY; db stays "starting" past its startTimeout (1 s):
        // the task fails to start with the agent's words and the service starts another.
        Harness h;
        h.runtime->setHealth(QStringLiteral("example/db:slow"), QStringLiteral("starting"));
        ProjectData p = project(1, 1);
        const QJsonObject db{{"name", "db"},
                             {"image", "example/db:slow"},
                             {"memory", 64},
                             {"essential", true},
                             {"startTimeout", 1},
                             {"healthCheck", QJsonObject{{"command", QJsonArray{"CMD", "true"}}}}};
        QJsonObject web = definition("web", "example/web:v1")["containerDefinitions"]
                              .toArray().first().toObject();
        web["dependsOn"] = QJsonArray{QJsonObject{{"containerName", "db"}, {"condition", "HEALTHY"}}};
        p.registerTaskDefinition(QJsonObject{{"family", "web"},
                                             {"containerDefinitions", QJsonArray{db, web}}});
        p.services[0].taskDefinition = QStringLiteral("web:3");
        h.engine->start(p);
        const auto timedOut = [&] {
            for (const Task &t : h.snapshot.tasks) {
                if (t.isStopped() && t.stopCode == QLatin1String("TaskFailedToStart")
                    && t.stoppedReason.contains(QLatin1String(
                        "dependency graph: container ordering dependency [db] for target [web] "
                        "has timed out.")))
                    return true;
            }
            return false;
        };
        QVERIFY(h.untilFor(timedOut, 10000));
        // The service replaces the task (after the first retry delay).
        QVERIFY(h.untilFor([&] { return h.snapshot.tasks.size() >= 2; }, 10000));
        h.engine->stopAll();
        h.untilFor([&] { return h.running() == 0; }, 5000);
    }

    void circuitBreakerRollsBack()
    {
        Harness h;
        ProjectData p = project(2, 2);
        p.services[0].deploymentConfiguration.circuitBreakerEnable = true;
        p.services[0].deploymentConfiguration.circuitBreakerRollback = true;
        h.runtime->exitOnStart(QStringLiteral("example/web:v2"), 1);
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.completed("web:1"); }));
        p.services[0].taskDefinition = QStringLiteral("web:2");
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.hasEvent(QStringLiteral("deployment failed")); }, 400));
        QVERIFY(h.until([&] { return h.completed("web:1") && h.running("web:1") == 2; }, 400));
        QCOMPARE(h.containersRunning("web:2"), 0);
        QVERIFY(h.hasEvent(QStringLiteral("tasks failed to start")));
        QVERIFY(h.hasEvent(QStringLiteral("(deployment ")));
    }

    void deploymentStallsOnAHeldPortUntilUnblocked()
    {
        // One instance, host port 8080: the new task cannot be placed beside the old one.
        Harness h;
        ProjectData p = project(1, 1, 8080);
        p.services[0].deploymentConfiguration.minimumHealthyPercent = 100;
        p.services[0].deploymentConfiguration.maximumPercent = 200;
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.completed("web:1") && h.running() == 1; }));
        p.services[0].taskDefinition = QStringLiteral("web:2");
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.hasEvent(QStringLiteral("already using a port")); }));
        h.until([] { return false; }, 20);
        QCOMPARE(h.running("web:1"), 1);
        QCOMPARE(h.running("web:2"), 0);
        QVERIFY(!h.completed("web:2"));

        p.services[0].desiredCount = 0;
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.containersRunning() == 0; }));
        p.services[0].desiredCount = 1;
        h.engine->applyProject(p);
        QVERIFY(h.until([&] { return h.completed("web:2") && h.running("web:2") == 1; }));
    }

    void daemonRunsOnlyWhereItsConstraintsHold()
    {
        // An instance that does not match a DAEMON service's constraints is no failure: ECS
        // places no task there and says nothing about it.
        Harness h;
        ProjectData p = daemonProject({"edge", "", "batch", "edge"});
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.running() == 2; }));
        h.until([] { return false; }, 20);
        QCOMPARE(h.instancesOf(), (QStringList{"i1", "i4"}));
        QCOMPARE(h.containersRunning(), 2);
        for (const ServiceEvent &e : h.snapshot.events)
            QVERIFY2(!e.message.contains(QLatin1String("unable to place")), qPrintable(e.message));
        QVERIFY(h.hasEvent(QStringLiteral("has reached a steady state")));
        QCOMPARE(h.service()->deployments.first().desiredCount, 2);

        // An instance that stops matching loses its task; one that starts matching gets one.
        p.clusters[0].instances[0].attributes.insert(QStringLiteral("role"), "batch");
        p.clusters[0].instances[1].attributes.insert(QStringLiteral("role"), "edge");
        h.engine->applyProject(p);
        QVERIFY(h.until([&] {
            return h.instancesOf() == QStringList{"i2", "i4"} && h.containersRunning() == 2;
        }));
    }

    void daemonWithoutRoomOnAMatchingInstanceIsReported()
    {
        // A matching instance without the memory is a failure, named as ECS names it; the
        // instance that does not match is not.
        Harness h;
        ProjectData p = daemonProject({"edge", ""});
        p.services[0].taskDefinition = QStringLiteral("web:3");
        h.engine->start(p);
        QVERIFY(h.until([&] { return h.hasEvent(QStringLiteral("unable to place")); }));
        h.until([] { return false; }, 5);
        QCOMPARE(h.running(), 0);
        for (const ServiceEvent &e : h.snapshot.events) {
            if (!e.message.contains(QLatin1String("unable to place")))
                continue;
            QVERIFY2(e.message.contains(QStringLiteral("(container-instance %1)")
                                            .arg(ContainerInstance::containerInstanceId(
                                                QStringLiteral("lab"), QStringLiteral("i1"))))
                         && e.message.contains(QLatin1String("insufficient memory")),
                     qPrintable(e.message));
        }
        QCOMPARE(h.service()->deployments.first().desiredCount, 1);
    }

    void failedStartsBackOff()
    {
        Harness h;
        h.runtime->failStart(QStringLiteral("example/web:v1"),
                             QStringLiteral("driver failed programming external connectivity"));
        h.engine->start(project(2, 3));
        QVERIFY(h.until([&] { return h.hasEvent(QStringLiteral("unable to consistently start")); }));
        int stopped = 0;
        for (const Task &t : h.snapshot.tasks) {
            if (!t.isStopped())
                continue;
            ++stopped;
            QCOMPARE(t.stopCode, QStringLiteral("TaskFailedToStart"));
            QVERIFY2(t.stoppedReason.startsWith(QLatin1String("CannotStartContainerError")),
                     qPrintable(t.stoppedReason));
        }
        QVERIFY(stopped >= 3);
        // Backing off: the next passes start nothing new.
        const int created = h.runtime->created();
        h.until([] { return false; }, 20);
        QCOMPARE(h.runtime->created(), created);
    }

    void restartedEngineAdoptsInsteadOfStarting()
    {
        auto runtime = std::make_shared<FakeRuntime>();
        QStringList ids;
        {
            Harness first(runtime);
            first.engine->start(project(2, 3));
            QVERIFY(first.until([&] { return first.running() == 3; }));
            for (const Task &t : first.snapshot.tasks)
                ids << t.id;
        } // the engine goes, its containers stay
        QCOMPARE(runtime->running(QLatin1String(ContainerSpec::kService), "web"), 3);
        const int created = runtime->created();

        Harness second(runtime);
        second.engine->start(project(2, 3));
        QVERIFY(second.until([&] { return second.running() == 3; }));
        second.until([] { return false; }, 10);
        QCOMPARE(runtime->created(), created);
        QCOMPARE(second.containersRunning(), 3);
        QStringList adopted;
        for (const Task &t : second.snapshot.tasks)
            adopted << t.id;
        std::sort(ids.begin(), ids.end());
        std::sort(adopted.begin(), adopted.end());
        QCOMPARE(adopted, ids);
    }

    void runtimeThatGoesAwayIsReported()
    {
        Harness h;
        h.engine->start(project(2, 2));
        QVERIFY(h.until([&] { return h.running() == 2; }));
        h.runtime->setReachable(false);
        QVERIFY(h.until([&] { return !h.snapshot.dockerReachable; }));
        QVERIFY(!h.snapshot.dockerProblem.isEmpty());
        // Nothing is started or stopped while the runtime cannot be asked.
        const int created = h.runtime->created();
        h.until([] { return false; }, 20);
        QCOMPARE(h.runtime->created(), created);
        h.runtime->setReachable(true);
        QCOMPARE(h.containersRunning(), 2);
    }

    void stopAllStopsEveryTask()
    {
        Harness h;
        h.engine->start(project(2, 3));
        QVERIFY(h.until([&] { return h.running() == 3; }));
        bool stopped = false;
        QObject::connect(h.engine.get(), &Engine::allStopped, h.engine.get(),
                         [&] { stopped = true; });
        h.engine->stopAll();
        QVERIFY(h.until([&] { return stopped; }));
        QCOMPARE(h.containersRunning(), 0);
        QVERIFY(h.runtime->containers().isEmpty());
        for (const Task &t : h.snapshot.tasks)
            QCOMPARE(t.stopCode, QStringLiteral("UserInitiated"));
    }
};

QTEST_GUILESS_MAIN(tst_Reconcile)
#include "tst_reconcile.moc"
