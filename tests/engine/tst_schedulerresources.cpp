// Resources: CPU, memory, host ports per protocol, the reserved-port limit, ENIs, DRAINING.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using Fixtures::Port;
using Kind = PlacementFailure::Kind;

class tst_SchedulerResources : public QObject
{
    Q_OBJECT

private slots:
    void requirements_data();
    void requirements();
    void placement_data();
    void placement();
    void removeTaskFreesEverything();
    void portHolderNamesTheTask();
};

void tst_SchedulerResources::requirements_data()
{
    QTest::addColumn<QJsonObject>("definition");
    QTest::addColumn<int>("cpu");
    QTest::addColumn<int>("memory");
    QTest::addColumn<QStringList>("ports");
    QTest::addColumn<bool>("usesEni");

    using Fixtures::container;
    QTest::newRow("sums of containers")
        << Fixtures::definition("f", {container("a", 256, 512), container("b", 128, 256)}).json()
        << 384 << 768 << QStringList() << false;
    QTest::newRow("task-level wins")
        << Fixtures::definition("f", {container("a", 256, 512)}, QString(),
                                {{"cpu", "1 vCPU"}, {"memory", "2 GB"}})
               .json()
        << 1024 << 2048 << QStringList() << false;
    QTest::newRow("memoryReservation is what is reserved")
        << Fixtures::definition("f", {container("a", 0, 1024, {}, 300)}).json() << 0 << 300
        << QStringList() << false;
    QTest::newRow("reservation without hard limit")
        << Fixtures::definition("f", {container("a", 0, 0, {}, 200)}).json() << 0 << 200
        << QStringList() << false;
    QTest::newRow("bridge: static ports only, per protocol")
        << Fixtures::simple("f", 0, 64, {{80, 80}, {53, 53, "udp"}, {8080, 0}, {9000, -1}})
               .json()
        << 0 << 64 << QStringList{"80/tcp", "53/udp"} << false;
    QTest::newRow("host mode reserves containerPort")
        << Fixtures::simple("f", 0, 64, {{8080, -1}}, "host").json() << 0 << 64
        << QStringList{"8080/tcp"} << false;
    QTest::newRow("awsvpc takes an ENI, no instance port")
        << Fixtures::simple("f", 0, 64, {{80, 80}}, "awsvpc").json() << 0 << 64
        << QStringList() << true;
}

void tst_SchedulerResources::requirements()
{
    QFETCH(QJsonObject, definition);
    QFETCH(int, cpu);
    QFETCH(int, memory);
    QFETCH(QStringList, ports);
    QFETCH(bool, usesEni);

    const TaskRequirements r = TaskRequirements::fromTaskDefinition(
        Model::TaskDefinition(definition, 1));
    QCOMPARE(r.cpu, cpu);
    QCOMPARE(r.memory, memory);
    QStringList actual;
    for (const HostPort &p : r.hostPorts)
        actual << p.toString();
    QCOMPARE(actual, ports);
    QCOMPARE(r.usesEni, usesEni);
    QCOMPARE(r.group, QStringLiteral("family:f"));
    QVERIFY(r.canBePlaced());
}

void tst_SchedulerResources::placement_data()
{
    QTest::addColumn<int>("instanceCpu");
    QTest::addColumn<int>("instanceMemory");
    QTest::addColumn<QString>("instanceType");
    QTest::addColumn<bool>("draining");
    QTest::addColumn<QList<QJsonObject>>("running"); // placed first, each must fit
    QTest::addColumn<QJsonObject>("probe");
    QTest::addColumn<bool>("placed");
    QTest::addColumn<int>("failure"); // PlacementFailure::Kind when not placed

    using Fixtures::simple;
    const QString t3 = QStringLiteral("t3.medium");
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    const QList<QJsonObject> none;

    row("cpu fits exactly") << 1024 << 2048 << t3 << false << none
                            << simple("p", 1024, 512).json() << true << 0;
    row("cpu short") << 1000 << 2048 << t3 << false << none << simple("p", 1024, 512).json()
                     << false << int(Kind::Cpu);
    row("memory fits exactly") << 1024 << 2048 << t3 << false << none
                               << simple("p", 0, 2048).json() << true << 0;
    row("memory short") << 1024 << 2047 << t3 << false << none << simple("p", 0, 2048).json()
                        << false << int(Kind::Memory);
    row("memory used by a running task")
        << 2048 << 2048 << t3 << false << QList<QJsonObject>{simple("a", 0, 1500).json()}
        << simple("p", 0, 600).json() << false << int(Kind::Memory);
    row("static port collides") << 2048 << 4096 << t3 << false
                                << QList<QJsonObject>{simple("a", 0, 64, {{80, 80}}).json()}
                                << simple("p", 0, 64, {{8080, 80}}).json() << false
                                << int(Kind::Port);
    row("same number, other protocol")
        << 2048 << 4096 << t3 << false
        << QList<QJsonObject>{simple("a", 0, 64, {{53, 53}}).json()}
        << simple("p", 0, 64, {{53, 53, "udp"}}).json() << true << 0;
    row("dynamic ports never collide")
        << 2048 << 4096 << t3 << false
        << QList<QJsonObject>{simple("a", 0, 64, {{80, 0}}).json(),
                              simple("b", 0, 64, {{80, -1}}).json()}
        << simple("p", 0, 64, {{80, 0}}).json() << true << 0;
    row("host mode holds containerPort")
        << 2048 << 4096 << t3 << false
        << QList<QJsonObject>{simple("a", 0, 64, {{8080, -1}}, "host").json()}
        << simple("p", 0, 64, {{8080, 8080}}).json() << false << int(Kind::Port);
    row("port reserved by ECS") << 2048 << 4096 << t3 << false << none
                                << simple("p", 0, 64, {{22, 22}}).json() << false
                                << int(Kind::Port);
    QList<Port> many;
    for (int p = 0; p < 94; ++p)
        many.append({10000 + p, 10000 + p});
    row("94 ports + 6 reserved = 100") << 2048 << 4096 << t3 << false << none
                                       << simple("p", 0, 64, many).json() << true << 0;
    QList<Port> tooMany = many;
    tooMany.append({20000, 20000});
    row("95 ports + 6 reserved > 100") << 2048 << 4096 << t3 << false << none
                                       << simple("p", 0, 64, tooMany).json() << false
                                       << int(Kind::PortLimit);
    row("awsvpc tasks share port numbers")
        << 2048 << 4096 << t3 << false
        << QList<QJsonObject>{simple("a", 0, 64, {{80, 80}}, "awsvpc").json()}
        << simple("p", 0, 64, {{80, 80}}, "awsvpc").json() << true << 0;
    row("ENI limit of t3.medium is 2")
        << 2048 << 4096 << t3 << false
        << QList<QJsonObject>{simple("a", 0, 64, {}, "awsvpc").json(),
                              simple("b", 0, 64, {}, "awsvpc").json()}
        << simple("p", 0, 64, {}, "awsvpc").json() << false << int(Kind::Eni);
    row("ENI limit of t2.micro is 1")
        << 1024 << 1024 << QStringLiteral("t2.micro") << false
        << QList<QJsonObject>{simple("a", 0, 64, {}, "awsvpc").json()}
        << simple("p", 0, 64, {}, "awsvpc").json() << false << int(Kind::Eni);
    row("ENI limit assumed for unknown types")
        << 1024 << 1024 << QStringLiteral("x9.huge") << false
        << QList<QJsonObject>{simple("a", 0, 64, {}, "awsvpc").json()}
        << simple("p", 0, 64, {}, "awsvpc").json() << true << 0;
    row("bridge tasks take no ENI")
        << 2048 << 4096 << QStringLiteral("t2.micro") << false
        << QList<QJsonObject>{simple("a", 0, 64, {}, "awsvpc").json()}
        << simple("p", 0, 64).json() << true << 0;
    row("DRAINING takes nothing") << 2048 << 4096 << t3 << true << none
                                  << simple("p", 0, 64).json() << false
                                  << int(Kind::NoInstances);
}

void tst_SchedulerResources::placement()
{
    QFETCH(int, instanceCpu);
    QFETCH(int, instanceMemory);
    QFETCH(QString, instanceType);
    QFETCH(bool, draining);
    QFETCH(QList<QJsonObject>, running);
    QFETCH(QJsonObject, probe);
    QFETCH(bool, placed);
    QFETCH(int, failure);

    Model::ContainerInstance ci = Fixtures::instance("i-1", instanceCpu, instanceMemory,
                                                     "us-east-1a", instanceType);
    ClusterState state = Fixtures::state({ci});
    Placer placer(state, 1);
    for (int k = 0; k < running.size(); ++k) {
        const TaskRequirements r = Fixtures::requirements(Model::TaskDefinition(running.at(k)));
        QCOMPARE(placer.place(r, QStringLiteral("running-%1").arg(k)), 0);
    }
    if (draining)
        state.setStatus(0, Model::ContainerInstance::Status::Draining);

    const TaskRequirements r = Fixtures::requirements(Model::TaskDefinition(probe));
    const int cpuBefore = state.instance(0).remainingCpu;
    const int instance = placer.place(r, QStringLiteral("probe"));
    QCOMPARE(instance >= 0, placed);
    if (placed) {
        QCOMPARE(state.instance(0).remainingCpu, cpuBefore - r.cpu);
        QVERIFY(state.task(QStringLiteral("probe")));
    } else {
        QCOMPARE(state.instance(0).remainingCpu, cpuBefore);
        QCOMPARE(int(Explanation::compute(state, r).failure("svc").kind), failure);
    }
}

void tst_SchedulerResources::removeTaskFreesEverything()
{
    ClusterState state = Fixtures::state({Fixtures::instance("i-1", 1024, 1024)});
    const TaskRequirements web = Fixtures::requirements(
        Fixtures::simple("web", 512, 512, {{80, 80}, {53, 53, "udp"}}));
    const TaskRequirements vpc = Fixtures::requirements(
        Fixtures::simple("vpc", 256, 256, {}, "awsvpc"));
    QVERIFY(state.addTask("w", web, 0));
    QVERIFY(state.addTask("v", vpc, 0));
    QCOMPARE(state.instance(0).reservedPorts, 8);
    QCOMPARE(state.instance(0).enisUsed, 1);
    QCOMPARE(state.instance(0).facts.runningTasksCount, 2);
    QVERIFY(!state.addTask("w", web, 0)); // ids are unique
    QVERIFY(state.removeTask("w"));
    QVERIFY(state.removeTask("v"));
    QVERIFY(!state.removeTask("v"));
    const ClusterState::Instance &in = state.instance(0);
    QCOMPARE(in.remainingCpu, 1024);
    QCOMPARE(in.remainingMemory, 1024);
    QCOMPARE(in.reservedPorts, 6);
    QCOMPARE(in.enisUsed, 0);
    QCOMPARE(in.facts.runningTasksCount, 0);
    QVERIFY(in.facts.taskGroups.isEmpty());
    QCOMPARE(state.ports(0).size(), 6);
    QVERIFY(!state.portHolder(0, {80, HostPort::Protocol::Tcp}));
}

void tst_SchedulerResources::portHolderNamesTheTask()
{
    ClusterState state = Fixtures::state({Fixtures::instance("i-1", 1024, 1024)});
    QVERIFY(state.addTask("web-1", Fixtures::requirements(Fixtures::simple("w", 0, 64,
                                                                           {{80, 80}})),
                          0));
    QCOMPARE(state.portHolder(0, {80, HostPort::Protocol::Tcp}), std::optional<QString>("web-1"));
    QCOMPARE(state.portHolder(0, {22, HostPort::Protocol::Tcp}), std::optional<QString>(""));
    QVERIFY(!state.portHolder(0, {80, HostPort::Protocol::Udp}));

    const Explanation e = Explanation::compute(
        state, Fixtures::requirements(Fixtures::simple("p", 0, 64, {{80, 80}})));
    const RuleCheck *port = e.verdicts().first().firstFailure();
    QVERIFY(port);
    QCOMPARE(port->rule, RuleCheck::Rule::Port);
    QCOMPARE(port->name, QStringLiteral("port 80/tcp"));
    QVERIFY2(port->detail.contains("web-1"), qPrintable(port->detail));
}

QTEST_GUILESS_MAIN(tst_SchedulerResources)
#include "tst_schedulerresources.moc"
