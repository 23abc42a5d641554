// ServicePlacement, the placement rule the plan and the run share: the instances a DAEMON
// service runs on (a non-matching instance is no failure, a matching one without room is),
// its own tasks never pushing it off, REPLICA and Fargate tasks, and the plan agreeing with
// the helper on each.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/placer.h"
#include "engine/scheduler/planner.h"
#include "engine/scheduler/serviceplacement.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

namespace {

Model::Service daemon(const QString &name, const QStringList &expressions)
{
    QList<Model::PlacementConstraint> constraints;
    for (const QString &e : expressions)
        constraints << Fixtures::memberOf(e);
    Model::Service s = Fixtures::service(name, name, 0, {}, constraints);
    s.schedulingStrategy = QStringLiteral("DAEMON");
    return s;
}

/// Four instances: i-1 tier web, i-2 tier web DRAINING, i-3 tier batch, i-4 no tier and
/// little memory.
QList<Model::ContainerInstance> fourInstances()
{
    QList<Model::ContainerInstance> list{Fixtures::instance("i-1", 2048, 2048),
                                         Fixtures::instance("i-2", 2048, 2048),
                                         Fixtures::instance("i-3", 2048, 2048, "us-east-1b"),
                                         Fixtures::instance("i-4", 2048, 200, "us-east-1b")};
    list[0].attributes.insert("tier", "web");
    list[1].attributes.insert("tier", "web");
    list[1].status = Model::ContainerInstance::Status::Draining;
    list[2].attributes.insert("tier", "batch");
    return list;
}

QStringList names(const ClusterState &state, const QList<int> &instances)
{
    QStringList out;
    for (int i : instances)
        out << state.instance(i).name;
    return out;
}

/// Names tasks SERVICE-1, SERVICE-2, ... as the planner does.
ServicePlacement::Launch counter(const QString &service, int *next)
{
    return [service, next](int) { return QStringLiteral("%1-%2").arg(service).arg(++*next); };
}

} // namespace

class tst_SchedulerDaemon : public QObject
{
    Q_OBJECT

private slots:
    void daemonInstances_data();
    void daemonInstances();
    void matchingInstanceWithoutRoomIsAFailure();
    void ownTasksNeverPushADaemonOff();
    void heldBackTaskIsNotRecorded();
    void replicasAgreeWithThePlan_data();
    void replicasAgreeWithThePlan();
    void fargateFailureIsFargates();
};

void tst_SchedulerDaemon::daemonInstances_data()
{
    QTest::addColumn<QStringList>("constraints");
    QTest::addColumn<QStringList>("runsOn");   // ACTIVE and matching
    QTest::addColumn<QStringList>("placed");   // of those, with room for 128 CPU / 256 MiB
    QTest::addColumn<QStringList>("unplaced"); // closest instance of each failure

    QTest::newRow("no constraint") << QStringList() << QStringList{"i-1", "i-3", "i-4"}
                                   << QStringList{"i-1", "i-3"} << QStringList{"i-4"};
    QTest::newRow("memberOf attribute")
        << QStringList{"attribute:tier == web"} << QStringList{"i-1"} << QStringList{"i-1"}
        << QStringList();
    QTest::newRow("memberOf attribute exists")
        << QStringList{"attribute:tier exists"} << QStringList{"i-1", "i-3"}
        << QStringList{"i-1", "i-3"} << QStringList();
    QTest::newRow("two constraints")
        << QStringList{"attribute:ecs.availability-zone == us-east-1b", "attribute:tier !exists"}
        << QStringList{"i-4"} << QStringList() << QStringList{"i-4"};
    QTest::newRow("nothing matches")
        << QStringList{"attribute:tier == db"} << QStringList() << QStringList() << QStringList();
}

void tst_SchedulerDaemon::daemonInstances()
{
    QFETCH(QStringList, constraints);
    QFETCH(QStringList, runsOn);
    QFETCH(QStringList, placed);
    QFETCH(QStringList, unplaced);

    const Model::TaskDefinition td = Fixtures::simple("agent", 128, 256);
    const Model::Service service = daemon("agent", constraints);

    ClusterState state = Fixtures::state(fourInstances());
    Placer placer(state);
    ServicePlacement placement(placer, service.name, TaskRequirements::forService(service, td));
    const QList<int> instances = placement.daemonInstances();
    QCOMPARE(names(state, instances), runsOn);
    int next = 0;
    const ServicePlacement::DaemonResult result =
        placement.placeDaemon(instances, counter(service.name, &next));
    QStringList placedOn;
    for (const ServicePlacement::Placed &p : result.placed)
        placedOn << state.instance(p.instance).name;
    QCOMPARE(placedOn, placed);
    QStringList missedOn;
    for (const ServicePlacement::Missed &m : result.missed) {
        missedOn << m.failure.closestInstance;
        QCOMPARE(m.failure.closestInstance, state.instance(m.instance).name);
        QCOMPARE(m.failure.kind, PlacementFailure::Kind::Memory);
    }
    QCOMPARE(missedOn, unplaced);

    // The plan decides the same, and explains each of those tasks on replay.
    Planner planner(Fixtures::project(fourInstances(), {td}, {service}));
    const Plan plan = planner.plan();
    const ServicePlan &sp = plan.services.first();
    QCOMPARE(sp.desiredCount, int(runsOn.size()));
    QStringList planned;
    for (const PlannedTask &t : sp.placed)
        planned << t.instance;
    QCOMPARE(planned, placed);
    QCOMPARE(sp.unplaced.size(), result.missed.size());
    for (int k = 0; k < sp.unplaced.size(); ++k)
        QCOMPARE(sp.unplaced.at(k), result.missed.at(k).failure);
    for (int k = 0; k < runsOn.size(); ++k) {
        const std::optional<Explanation> e = planner.explain(service.name, k);
        QVERIFY(e);
        const int instance = state.indexOf(runsOn.at(k));
        QCOMPARE(e->verdicts().at(instance).passed(), placed.contains(runsOn.at(k)));
    }
    QVERIFY(!planner.explain(service.name, int(runsOn.size())));
}

void tst_SchedulerDaemon::matchingInstanceWithoutRoomIsAFailure()
{
    // Port 80 is held on i-1 by another service: the daemon belongs there but cannot run.
    QList<Model::ContainerInstance> list{Fixtures::instance("i-1", 2048, 2048),
                                         Fixtures::instance("i-2", 2048, 2048)};
    const Model::TaskDefinition web = Fixtures::simple("web", 0, 128, {{80, 80}});
    const Model::TaskDefinition agent = Fixtures::simple("agent", 0, 128, {{8080, 80}});
    Model::Service webService = Fixtures::service("web", "web", 1);
    const Model::Service agentService = daemon("agent", {});

    ClusterState state = Fixtures::state(list);
    QVERIFY(state.addTask("web-1", TaskRequirements::forService(webService, web), 0));
    Placer placer(state);
    ServicePlacement placement(placer, "agent", TaskRequirements::forService(agentService, agent));
    int next = 0;
    const ServicePlacement::DaemonResult result =
        placement.placeDaemon(placement.daemonInstances(), counter("agent", &next));
    QCOMPARE(result.placed.size(), 1);
    QCOMPARE(state.instance(result.placed.first().instance).name, QStringLiteral("i-2"));
    QCOMPARE(result.missed.size(), 1);
    const PlacementFailure &f = result.missed.first().failure;
    QCOMPARE(f.kind, PlacementFailure::Kind::Port);
    QCOMPARE(f.closestInstance, QStringLiteral("i-1"));
    QVERIFY2(f.ecsMessage.contains("(container-instance ") && f.ecsMessage.contains("already using a port"),
             qPrintable(f.ecsMessage));
}

void tst_SchedulerDaemon::ownTasksNeverPushADaemonOff()
{
    // A constraint on task:group keeps the daemon away from another service's instance, but
    // never from the instance its own task already runs on.
    QList<Model::ContainerInstance> list{Fixtures::instance("i-1", 2048, 2048),
                                         Fixtures::instance("i-2", 2048, 2048),
                                         Fixtures::instance("i-3", 2048, 2048)};
    const Model::TaskDefinition td = Fixtures::simple("agent", 0, 128);
    const Model::Service service =
        daemon("agent", {"not(task:group == service:agent) and not(task:group == service:db)",
                         "runningTasksCount == 0"});
    const TaskRequirements task = TaskRequirements::forService(service, td);
    const Model::Service db = Fixtures::service("db", "agent", 1);

    ClusterState state = Fixtures::state(list);
    QVERIFY(state.addTask("agent-1", task, 0));
    QVERIFY(state.addTask("db-1", TaskRequirements::forService(db, td), 1));
    Placer placer(state);
    ServicePlacement placement(placer, "agent", task);
    QCOMPARE(names(state, placement.daemonInstances()), (QStringList{"i-1", "i-3"}));
    QCOMPARE(state.taskCount(), 2); // judged on a copy: the state keeps its tasks
}

void tst_SchedulerDaemon::heldBackTaskIsNotRecorded()
{
    ClusterState state = Fixtures::state(
        {Fixtures::instance("i-1", 2048, 2048), Fixtures::instance("i-2", 2048, 2048)});
    Placer placer(state);
    ServicePlacement placement(
        placer, "agent",
        TaskRequirements::forService(daemon("agent", {}), Fixtures::simple("agent", 0, 128)));
    const ServicePlacement::DaemonResult result =
        placement.placeDaemon(placement.daemonInstances(), [](int) { return QString(); });
    QVERIFY(result.placed.isEmpty());
    QVERIFY(result.missed.isEmpty());
    QCOMPARE(state.taskCount(), 0);
}

void tst_SchedulerDaemon::replicasAgreeWithThePlan_data()
{
    QTest::addColumn<QList<Model::PlacementStrategy>>("strategies");
    QTest::addColumn<QList<Model::PlacementConstraint>>("constraints");
    QTest::addColumn<int>("desired");

    using C = QList<Model::PlacementConstraint>;
    // Room for 9 tasks in all (memory), 6 in us-east-1a: every row asks for more.
    QTest::newRow("ECS default") << QList<Model::PlacementStrategy>() << C() << 10;
    QTest::newRow("binpack memory")
        << QList<Model::PlacementStrategy>{{"binpack", "memory"}} << C() << 11;
    QTest::newRow("spread zone, distinct")
        << QList<Model::PlacementStrategy>{{"spread", "attribute:ecs.availability-zone"}}
        << C{Fixtures::distinctInstance()} << 5;
    QTest::newRow("random, memberOf")
        << QList<Model::PlacementStrategy>{{"random", ""}}
        << C{Fixtures::memberOf("attribute:ecs.availability-zone == us-east-1a")} << 8;
}

void tst_SchedulerDaemon::replicasAgreeWithThePlan()
{
    QFETCH(QList<Model::PlacementStrategy>, strategies);
    QFETCH(QList<Model::PlacementConstraint>, constraints);
    QFETCH(int, desired);
    constexpr quint64 seed = 7;

    const QList<Model::ContainerInstance> list{Fixtures::instance("i-1", 2048, 1024),
                                               Fixtures::instance("i-2", 2048, 2048),
                                               Fixtures::instance("i-3", 2048, 1024, "us-east-1b"),
                                               Fixtures::instance("i-4", 2048, 768, "us-east-1b")};
    const Model::TaskDefinition td = Fixtures::simple("web", 256, 512);
    const Model::Service service =
        Fixtures::service("web", "web", desired, strategies, constraints);

    ClusterState state = Fixtures::state(list);
    Placer placer(state, seed); // the planner seeds its first cluster's placer the same way
    ServicePlacement placement(placer, "web", TaskRequirements::forService(service, td));
    int next = 0;
    const ServicePlacement::ReplicaResult result =
        placement.placeReplicas(desired, counter("web", &next));

    const Plan plan = Planner(Fixtures::project(list, {td}, {service}), seed).plan();
    const ServicePlan &sp = plan.services.first();
    QCOMPARE(sp.placed.size(), result.placed.size());
    for (int k = 0; k < sp.placed.size(); ++k) {
        QCOMPARE(sp.placed.at(k).task, result.placed.at(k).task);
        QCOMPARE(sp.placed.at(k).instance, state.instance(result.placed.at(k).instance).name);
    }
    QCOMPARE(sp.unplaced.isEmpty(), !result.failure.has_value());
    QVERIFY(result.failure);
    QCOMPARE(sp.unplaced.size(), desired - result.placed.size());
    QCOMPARE(sp.unplaced.first(), *result.failure);
}

void tst_SchedulerDaemon::fargateFailureIsFargates()
{
    // A Fargate task that finds no capacity fails with Fargate's message, not an instance's.
    const Model::TaskDefinition td = Fixtures::definition(
        "api", {Fixtures::container("app", 0, 512)}, "awsvpc",
        {{"cpu", "256"}, {"memory", "512"}, {"requiresCompatibilities", QJsonArray{"FARGATE"}}});
    Model::Service service = Fixtures::service("api", "api", 3);
    service.launchType = "FARGATE";
    Model::Cluster cluster;
    cluster.name = "main";
    cluster.instances = {Fixtures::instance("i-1", 2048, 2048)};
    cluster.fargate = {true, 2};
    ClusterState state = ClusterState::fromCluster(cluster, 0);
    Placer placer(state);
    ServicePlacement placement(placer, "api", TaskRequirements::forService(service, td));
    int next = 0;
    const ServicePlacement::ReplicaResult result =
        placement.placeReplicas(3, counter("api", &next));
    QCOMPARE(result.placed.size(), 2);
    QCOMPARE(result.placed.first().instance, -1);
    QVERIFY(result.failure);
    QCOMPARE(result.failure->kind, PlacementFailure::Kind::FargateQuota);
    QCOMPARE(state.fargateTaskCount(), 2);
}

QTEST_GUILESS_MAIN(tst_SchedulerDaemon)
#include "tst_schedulerdaemon.moc"
