// Strategies: binpack, spread (instanceId, attribute), random, chains, ECS's defaults, and
// the indexed placer agreeing with a full scan on random states.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using Model::PlacementStrategy;

class tst_SchedulerStrategies : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void defaults();
    void sequence_data();
    void sequence();
    void randomIsSeeded();
    void indexedAgreesWithFullScan_data();
    void indexedAgreesWithFullScan();
};

void tst_SchedulerStrategies::parse_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("parsed"); // empty: refused

    QTest::newRow("binpack memory") << "binpack" << "memory" << "binpack(memory)";
    QTest::newRow("binpack CPU any case") << "binpack" << "CPU" << "binpack(cpu)";
    QTest::newRow("binpack disk") << "binpack" << "disk" << "";
    QTest::newRow("spread instanceId") << "spread" << "instanceId" << "spread(instanceId)";
    QTest::newRow("spread host") << "spread" << "host" << "spread(instanceId)";
    QTest::newRow("spread zone") << "spread" << "attribute:ecs.availability-zone"
                                 << "spread(attribute:ecs.availability-zone)";
    QTest::newRow("spread without name") << "spread" << "attribute:" << "";
    QTest::newRow("random") << "random" << "" << "random";
    QTest::newRow("unknown") << "roundRobin" << "" << "";
}

void tst_SchedulerStrategies::parse()
{
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, parsed);

    QString error;
    const std::optional<Strategy> s = Strategy::fromModel({type, field}, &error);
    QCOMPARE(s.has_value(), !parsed.isEmpty());
    if (s)
        QCOMPARE(s->toString(), parsed);
    else
        QVERIFY(!error.isEmpty());
}

void tst_SchedulerStrategies::defaults()
{
    const Model::TaskDefinition td = Fixtures::simple("web", 0, 64);
    QCOMPARE(Strategy::toString(Fixtures::requirements(td).strategies),
             QStringLiteral("spread(attribute:ecs.availability-zone), spread(instanceId)"));
    QCOMPARE(Strategy::toString(TaskRequirements::fromTaskDefinition(td).strategies),
             QStringLiteral("random"));
    Model::Service fargate = Fixtures::service("f", "web", 1, {{"binpack", "cpu"}},
                                               {Fixtures::distinctInstance()});
    fargate.launchType = "FARGATE";
    const TaskRequirements r = TaskRequirements::forService(fargate, td);
    QVERIFY(r.fargate && r.usesEni && r.strategies.isEmpty() && !r.distinctInstance);
}

// Instances "name:cpu:memory:zone"; the expected instance of each placement in turn.
void tst_SchedulerStrategies::sequence_data()
{
    QTest::addColumn<QStringList>("instances");
    QTest::addColumn<QList<PlacementStrategy>>("strategies");
    QTest::addColumn<int>("taskCpu");
    QTest::addColumn<int>("taskMemory");
    QTest::addColumn<QStringList>("expected");

    const QStringList mixed{"a:4096:1000:z1", "b:4096:3000:z1", "c:4096:2000:z2"};
    QTest::newRow("binpack memory fills the fullest first")
        << mixed << QList<PlacementStrategy>{{"binpack", "memory"}} << 0 << 500
        << QStringList{"a", "a", "c", "c", "c", "c", "b", "b"};
    QTest::newRow("binpack cpu")
        << QStringList{"a:1024:8000:z1", "b:512:8000:z1", "c:2048:8000:z2"}
        << QList<PlacementStrategy>{{"binpack", "cpu"}} << 256 << 0
        << QStringList{"b", "b", "a", "a", "a", "a", "c"};
    QTest::newRow("spread instanceId evens out")
        << mixed << QList<PlacementStrategy>{{"spread", "instanceId"}, {"binpack", "memory"}}
        << 0 << 100 << QStringList{"a", "c", "b", "a", "c", "b"};
    QTest::newRow("spread zone, then binpack memory")
        << QStringList{"a:4096:1000:z1", "b:4096:3000:z1", "c:4096:2000:z2", "d:4096:1500:z2"}
        << QList<PlacementStrategy>{{"spread", "attribute:ecs.availability-zone"},
                                    {"binpack", "memory"}}
        << 0 << 500 << QStringList{"a", "d", "a", "d", "d", "b", "c", "b"};
    QTest::newRow("binpack memory, ties by zone")
        << QStringList{"a:4096:1000:z1", "b:4096:1000:z1", "c:4096:1000:z2"}
        << QList<PlacementStrategy>{{"binpack", "memory"},
                                    {"spread", "attribute:ecs.availability-zone"}}
        << 0 << 1000 << QStringList{"a", "c", "b", ""};
    QTest::newRow("spread zone alone alternates")
        << QStringList{"a:4096:8000:z1", "b:4096:8000:z1", "c:4096:8000:z2"}
        << QList<PlacementStrategy>{{"spread", "attribute:ecs.availability-zone"}} << 0 << 100
        << QStringList{"a", "c", "a|b", "c"};
    QTest::newRow("no instance has room")
        << QStringList{"a:256:8000:z1"} << QList<PlacementStrategy>{{"binpack", "cpu"}} << 512
        << 0 << QStringList{""};
}

void tst_SchedulerStrategies::sequence()
{
    QFETCH(QStringList, instances);
    QFETCH(QList<PlacementStrategy>, strategies);
    QFETCH(int, taskCpu);
    QFETCH(int, taskMemory);
    QFETCH(QStringList, expected);

    QList<Model::ContainerInstance> list;
    for (const QString &spec : instances) {
        const QStringList f = spec.split(u':');
        list << Fixtures::instance(f[0], f[1].toInt(), f[2].toInt(), f[3]);
    }
    ClusterState state = Fixtures::state(list);
    const TaskRequirements r = Fixtures::requirements(Fixtures::simple("t", taskCpu, taskMemory),
                                                      strategies);
    Placer placer(state, 3);
    QStringList actual;
    for (int k = 0; k < expected.size(); ++k) {
        const int i = placer.place(r, QStringLiteral("t-%1").arg(k));
        const QString name = i < 0 ? QString() : state.instance(i).name;
        QVERIFY2(expected.at(k).split(u'|').contains(name),
                 qPrintable(QStringLiteral("placement %1 went to '%2', expected %3")
                                .arg(k)
                                .arg(name, expected.at(k))));
    }
}

void tst_SchedulerStrategies::randomIsSeeded()
{
    QList<Model::ContainerInstance> list;
    for (int i = 0; i < 40; ++i)
        list << Fixtures::instance(QStringLiteral("i-%1").arg(i), 4096, 8192);
    const TaskRequirements r = Fixtures::requirements(Fixtures::simple("t", 64, 64),
                                                      {{"random", ""}});
    auto run = [&](quint64 seed) {
        ClusterState state = Fixtures::state(list);
        Placer placer(state, seed);
        QList<int> out;
        for (int k = 0; k < 30; ++k)
            out << placer.place(r, QStringLiteral("t-%1").arg(k));
        return out;
    };
    const QList<int> first = run(11);
    QCOMPARE(run(11), first);
    QVERIFY(!first.contains(-1));
    QVERIFY(run(12) != first || run(13) != first);
    QVERIFY(QSet<int>(first.begin(), first.end()).size() > 10); // not stuck on one instance
}

void tst_SchedulerStrategies::indexedAgreesWithFullScan_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

// The placer walks indexes; Explanation scans every instance with the same rules. The
// instance the placer picks must rank first in the explanation (ties allowed).
void tst_SchedulerStrategies::indexedAgreesWithFullScan()
{
    QFETCH(quint64, seed);
    QRandomGenerator rng{quint32(seed)};
    const QStringList zones{"z1", "z2", "z3"};
    QList<Model::ContainerInstance> list;
    const int count = 5 + int(rng.bounded(40));
    for (int i = 0; i < count; ++i) {
        Model::ContainerInstance ci = Fixtures::instance(
            QStringLiteral("i-%1").arg(i), 512 * (1 + int(rng.bounded(4))),
            1024 * (1 + int(rng.bounded(4))), zones.at(int(rng.bounded(3))),
            rng.bounded(2) ? "t3.medium" : "m5.large");
        if (rng.bounded(5) == 0)
            ci.status = Model::ContainerInstance::Status::Draining;
        list << ci;
    }
    const QList<PlacementStrategy> pool{{"binpack", "memory"},
                                        {"binpack", "cpu"},
                                        {"spread", "instanceId"},
                                        {"spread", "attribute:ecs.availability-zone"},
                                        {"spread", "attribute:ecs.instance-type"}};
    QList<PlacementStrategy> chain;
    const int length = int(rng.bounded(4));
    for (int s = 0; s < length; ++s)
        chain << pool.at(int(rng.bounded(pool.size())));
    QList<Model::PlacementConstraint> constraints;
    if (rng.bounded(3) == 0)
        constraints << Fixtures::distinctInstance();
    if (rng.bounded(3) == 0)
        constraints << Fixtures::memberOf("attribute:ecs.instance-type == m5.large");
    if (rng.bounded(4) == 0)
        constraints << Fixtures::memberOf("runningTasksCount < 3");
    QList<Fixtures::Port> ports;
    if (rng.bounded(4) == 0)
        ports << Fixtures::Port{80, 80};
    const TaskRequirements r = Fixtures::requirements(
        Fixtures::simple("t", 64 * int(rng.bounded(8)), 128 * (1 + int(rng.bounded(8))), ports),
        chain, constraints);

    ClusterState state = Fixtures::state(list);
    Placer placer(state, seed);
    for (int k = 0; k < 3 * count; ++k) {
        const Explanation e = Explanation::compute(state, r);
        const int chosen = placer.choose(r);
        if (e.ranking().isEmpty()) {
            QCOMPARE(chosen, -1);
            break;
        }
        QVERIFY(chosen >= 0);
        QList<qint64> chosenKeys;
        for (const RankedInstance &ri : e.ranking()) {
            if (ri.instance == chosen)
                chosenKeys = ri.keys;
        }
        QVERIFY2(!chosenKeys.isEmpty() || e.ranking().first().keys.isEmpty(),
                 "the placer chose an instance the explanation rejects");
        QCOMPARE(chosenKeys, e.ranking().first().keys);
        QVERIFY(state.addTask(QStringLiteral("t-%1").arg(k), r, chosen));
    }
}

QTEST_GUILESS_MAIN(tst_SchedulerStrategies)
#include "tst_schedulerstrategies.moc"
