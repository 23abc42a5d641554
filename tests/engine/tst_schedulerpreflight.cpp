// Rolling-deployment preflight: stalls that placement causes (with fixes that a second
// simulation confirms) and deployment configurations that can never start or stop a task.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/deploymentpreflight.h"
#include "engine/scheduler/planner.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

class tst_SchedulerPreflight : public QObject
{
    Q_OBJECT

private slots:
    void rounding_data();
    void rounding();
    void preflight_data();
    void preflight();
    void oldTasksAreReplaced();
    void underPlacedServiceSaysSo();
};

void tst_SchedulerPreflight::rounding_data()
{
    QTest::addColumn<int>("desired");
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("maximum");        // rounded down
    QTest::addColumn<int>("minimumHealthy"); // rounded up

    QTest::newRow("ECS example: 4 at 50%") << 4 << 50 << 2 << 2;
    QTest::newRow("ECS example: 2 at 75%") << 2 << 75 << 1 << 2;
    QTest::newRow("ECS example: 3 at 125%") << 3 << 125 << 3 << 4;
    QTest::newRow("200%") << 5 << 200 << 10 << 10;
    QTest::newRow("0%") << 5 << 0 << 0 << 0;
}

void tst_SchedulerPreflight::rounding()
{
    QFETCH(int, desired);
    QFETCH(int, percent);
    QFETCH(int, maximum);
    QFETCH(int, minimumHealthy);
    QCOMPARE(DeploymentPreflight::maximumTasks(desired, percent), maximum);
    QCOMPARE(DeploymentPreflight::minimumHealthyTasks(desired, percent), minimumHealthy);
}

void tst_SchedulerPreflight::preflight_data()
{
    QTest::addColumn<int>("instances");   // identical t3.medium: 2048 CPU, 3891 MiB
    QTest::addColumn<int>("taskMemory");
    QTest::addColumn<int>("hostPort");    // 0: dynamic
    QTest::addColumn<QString>("kind");    // REPLICA, DAEMON, FARGATE:quota
    QTest::addColumn<bool>("distinct");
    QTest::addColumn<int>("desired");
    QTest::addColumn<int>("minimum");     // -1: ECS's default
    QTest::addColumn<int>("maximum");     // -1: ECS's default
    QTest::addColumn<bool>("stalls");
    QTest::addColumn<bool>("configuration");
    QTest::addColumn<QStringList>("fixes"); // each fix, in order, starts with one of these

    const QString replica = QStringLiteral("REPLICA");
    const QStringList none;
    const QString dynamicPort = QStringLiteral("Use a dynamic host port (hostPort 0)");
    const QString another = QStringLiteral("Add another container instance like i-0");
    QTest::newRow("hostPort 80, one instance, 100/200: stall")
        << 1 << 256 << 80 << replica << false << 1 << 100 << 200 << true << false
        << QStringList{dynamicPort, another, "Lower minimumHealthyPercent to 0"};
    QTest::newRow("hostPort 80, one instance, 0/100: stop first")
        << 1 << 256 << 80 << replica << false << 1 << 0 << 100 << false << false << none;
    QTest::newRow("hostPort 80, two instances: the new task goes to the other")
        << 2 << 256 << 80 << replica << false << 1 << 100 << 200 << false << false << none;
    QTest::newRow("hostPort 80, two instances, both busy")
        << 2 << 256 << 80 << replica << false << 2 << 100 << 200 << true << false
        << QStringList{dynamicPort, another, "Lower minimumHealthyPercent to 50"};
    QTest::newRow("dynamic port shares the instance")
        << 1 << 256 << 0 << replica << false << 3 << 100 << 200 << false << false << none;
    QTest::newRow("memory for two tasks only")
        << 1 << 1500 << 0 << replica << false << 2 << 100 << 200 << true << false
        << QStringList{another, "Lower minimumHealthyPercent to 50"};
    QTest::newRow("distinctInstance fills every instance")
        << 2 << 256 << 0 << replica << true << 2 << 100 << 200 << true << false
        << QStringList{another, "Lower minimumHealthyPercent to 50"};
    QTest::newRow("distinctInstance with a spare instance")
        << 3 << 256 << 0 << replica << true << 2 << 100 << 200 << false << false << none;
    QTest::newRow("ECS defaults, plenty of room")
        << 2 << 256 << 0 << replica << false << 4 << -1 << -1 << false << false << none;
    QTest::newRow("3 tasks at 100/125 can never start or stop")
        << 2 << 256 << 0 << replica << false << 3 << 100 << 125 << true << true
        << QStringList{"Raise maximumPercent to 134", "Lower minimumHealthyPercent to 66"};
    QTest::newRow("2 tasks at 75/100 can never start or stop")
        << 2 << 256 << 0 << replica << false << 2 << 75 << 100 << true << true
        << QStringList{"Raise maximumPercent to 150", "Lower minimumHealthyPercent to 50"};
    QTest::newRow("no task, nothing to deploy")
        << 1 << 256 << 80 << replica << false << 0 << 100 << 100 << false << false << none;
    QTest::newRow("DAEMON with ECS defaults 0/100")
        << 3 << 256 << 80 << "DAEMON" << false << 0 << -1 << -1 << false << false << none;
    QTest::newRow("DAEMON at 100/100 can never start or stop")
        << 3 << 256 << 80 << "DAEMON" << false << 0 << 100 << 100 << true << true
        << QStringList{"Lower minimumHealthyPercent to 66"};
    QTest::newRow("Fargate quota leaves no headroom")
        << 0 << 512 << 0 << "FARGATE:2" << false << 2 << 100 << 200 << true << false
        << QStringList{"Lower minimumHealthyPercent to 50"};
    QTest::newRow("Fargate without quota")
        << 0 << 512 << 0 << "FARGATE:0" << false << 5 << 100 << 200 << false << false << none;
}

void tst_SchedulerPreflight::preflight()
{
    QFETCH(int, instances);
    QFETCH(int, taskMemory);
    QFETCH(int, hostPort);
    QFETCH(QString, kind);
    QFETCH(bool, distinct);
    QFETCH(int, desired);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(bool, stalls);
    QFETCH(bool, configuration);
    QFETCH(QStringList, fixes);

    QList<Model::ContainerInstance> list;
    for (int i = 0; i < instances; ++i)
        list << Model::ContainerInstance::ofType(QStringLiteral("i-%1").arg(i), "t3.medium",
                                                 "us-east-1a");
    QList<Fixtures::Port> ports{{8080, hostPort}};
    Model::TaskDefinition td = Fixtures::simple("web", 256, taskMemory, ports);
    if (kind.startsWith("FARGATE")) {
        td = Fixtures::definition("web", {Fixtures::container("app", 0, 0, {{8080, -1}}, 64)},
                                  "awsvpc",
                                  {{"cpu", "256"}, {"memory", QString::number(taskMemory)}});
    }
    Model::Service service = Fixtures::service(
        "web", "web", desired, {}, distinct ? QList{Fixtures::distinctInstance()}
                                            : QList<Model::PlacementConstraint>());
    if (kind == "DAEMON")
        service.schedulingStrategy = kind;
    if (kind.startsWith("FARGATE"))
        service.launchType = "FARGATE";
    if (minimum >= 0)
        service.deploymentConfiguration.minimumHealthyPercent = minimum;
    if (maximum >= 0)
        service.deploymentConfiguration.maximumPercent = maximum;
    Model::ProjectData project = Fixtures::project(list, {td}, {service});
    if (kind.startsWith("FARGATE"))
        project.clusters[0].fargate = {true, kind.section(u':', 1).toInt()};

    const Plan plan = Planner(project, 5).plan();
    QCOMPARE(plan.unplacedCount(), 0); // the current deployment itself is placed
    QCOMPARE(plan.preflight.size(), 1);
    const PreflightFinding &f = plan.preflight.first();
    QCOMPARE(f.service, QStringLiteral("web"));
    QVERIFY2(f.stalls == stalls, qPrintable(f.reason));
    QCOMPARE(f.configurationBlocks, configuration);
    QCOMPARE(plan.isClean(), !stalls);
    if (configuration) {
        QVERIFY2(f.reason.startsWith("(service web) was unable to stop or start tasks during a "
                                     "deployment because of the service deployment "
                                     "configuration. Update the minimumHealthyPercent or "
                                     "maximumPercent value and try again."),
                 qPrintable(f.reason));
    }
    QCOMPARE(f.fixes.size(), fixes.size());
    for (int k = 0; k < fixes.size(); ++k)
        QVERIFY2(f.fixes.at(k).startsWith(fixes.at(k)), qPrintable(f.fixes.at(k)));
    if (stalls && !configuration && !kind.startsWith("FARGATE"))
        QVERIFY2(f.ecsMessage.startsWith("(service web) was unable to place a task"),
                 qPrintable(f.ecsMessage));
}

void tst_SchedulerPreflight::oldTasksAreReplaced()
{
    ClusterState state = Fixtures::state({Fixtures::instance("i-1", 2048, 4096),
                                          Fixtures::instance("i-2", 2048, 4096)});
    const Model::Service service = Fixtures::service("web", "web", 2);
    const Model::TaskDefinition td = Fixtures::simple("web", 256, 256, {{80, 80}});
    const TaskRequirements r = TaskRequirements::forService(service, td);
    QVERIFY(state.addTask("web-1", r, 0));
    QVERIFY(state.addTask("web-2", r, 1));
    const DeploymentPreflight::Simulation sim
        = DeploymentPreflight::simulate(state, service, r, 50, 100);
    QVERIFY(sim.completes);
    QCOMPARE(sim.newRunning, 2);
    QCOMPARE(sim.oldRemaining, 0);
    QCOMPARE(sim.steps, 3); // stop one; start one, stop the other; start the last
    QCOMPARE(state.tasksOfGroup("service:web"), (QStringList{"web-1", "web-2"})); // a copy
}

void tst_SchedulerPreflight::underPlacedServiceSaysSo()
{
    const Plan plan = Planner(Fixtures::project({Fixtures::instance("i-1", 2048, 4096)},
                                                {Fixtures::simple("web", 256, 256, {{80, 80}})},
                                                {Fixtures::service("web", "web", 3)}))
                          .plan();
    QCOMPARE(plan.unplacedCount(), 2);
    QCOMPARE(plan.preflight.size(), 1);
    QVERIFY(plan.preflight.first().stalls);
    QVERIFY2(plan.preflight.first().reason.startsWith("Only 1 of 3 task(s) can run now"),
             qPrintable(plan.preflight.first().reason));
}

QTEST_GUILESS_MAIN(tst_SchedulerPreflight)
#include "tst_schedulerpreflight.moc"
