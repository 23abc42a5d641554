// Properties over random clusters and tasks, with fixed seeds: no over-commit, constraints
// hold, binpack uses no more instances than first-fit-decreasing, spread keeps a group's
// counts within one across zones, and the same seed gives the same plan.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/placer.h"
#include "engine/scheduler/planner.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Berth;
using namespace Berth::Engine;

class tst_SchedulerProperties : public QObject
{
    Q_OBJECT

private slots:
    void noOvercommitAndConstraintsHold_data() { seeds(); }
    void noOvercommitAndConstraintsHold();
    void binpackNoWorseThanFirstFitDecreasing_data() { seeds(); }
    void binpackNoWorseThanFirstFitDecreasing();
    void spreadKeepsZonesWithinOne_data() { seeds(); }
    void spreadKeepsZonesWithinOne();
    void sameSeedSamePlan_data() { seeds(); }
    void sameSeedSamePlan();
    void seedChangesRandomPlacement();

private:
    static void seeds()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 30; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
};

namespace {

const QStringList kTypes{"t3.medium", "m5.large", "c5.xlarge", "t2.micro", "m5.2xlarge"};
const QStringList kZones{"us-east-1a", "us-east-1b", "us-east-1c"};

Model::ProjectData randomProject(QRandomGenerator &rng, bool withRandomStrategy = false)
{
    QList<Model::ContainerInstance> instances;
    const int count = 3 + int(rng.bounded(40));
    for (int i = 0; i < count; ++i) {
        const QString type = kTypes.at(int(rng.bounded(kTypes.size())));
        Model::ContainerInstance ci = Model::ContainerInstance::ofType(
            QStringLiteral("i-%1").arg(i), type, kZones.at(int(rng.bounded(kZones.size()))));
        ci.registeredAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        if (rng.bounded(8) == 0)
            ci.status = Model::ContainerInstance::Status::Draining;
        if (rng.bounded(3) == 0)
            ci.attributes.insert("tier", rng.bounded(2) ? "front" : "back");
        instances << ci;
    }
    QList<Model::TaskDefinition> definitions;
    QList<Model::Service> services;
    const QList<Model::PlacementStrategy> pool{{"binpack", "memory"},
                                               {"binpack", "cpu"},
                                               {"spread", "instanceId"},
                                               {"spread", "attribute:ecs.availability-zone"},
                                               {"random", ""}};
    const int serviceCount = 1 + int(rng.bounded(6));
    for (int s = 0; s < serviceCount; ++s) {
        const QString name = QStringLiteral("svc%1").arg(s);
        QList<Fixtures::Port> ports;
        if (rng.bounded(3) == 0)
            ports << Fixtures::Port{80, 8000 + int(rng.bounded(3))};
        if (rng.bounded(4) == 0)
            ports << Fixtures::Port{53, 53, "udp"};
        ports << Fixtures::Port{8080, 0};
        const QString mode = rng.bounded(5) == 0 ? QStringLiteral("awsvpc") : QString();
        definitions << Fixtures::simple(name, 128 * int(rng.bounded(9)),
                                        128 * (1 + int(rng.bounded(16))), ports, mode);
        QList<Model::PlacementStrategy> chain;
        const int length = int(rng.bounded(3));
        for (int k = 0; k < length; ++k)
            chain << pool.at(int(rng.bounded(withRandomStrategy ? 5 : 4)));
        if (withRandomStrategy)
            chain << pool.last();
        QList<Model::PlacementConstraint> constraints;
        if (rng.bounded(3) == 0)
            constraints << Fixtures::distinctInstance();
        if (rng.bounded(4) == 0)
            constraints << Fixtures::memberOf("attribute:tier != back");
        if (rng.bounded(5) == 0)
            constraints << Fixtures::memberOf("not(task:group == service:svc0)");
        Model::Service service = Fixtures::service(name, name, int(rng.bounded(25)), chain,
                                                   constraints);
        if (rng.bounded(7) == 0)
            service.schedulingStrategy = "DAEMON";
        services << service;
    }
    return Fixtures::project(instances, definitions, services);
}

} // namespace

void tst_SchedulerProperties::noOvercommitAndConstraintsHold()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const Model::ProjectData project = randomProject(rng);
    Planner planner(project, seed);
    const Plan plan = planner.plan();
    const ClusterState &state = planner.states().front();

    int placedTasks = 0;
    for (const ServicePlan &s : plan.services)
        placedTasks += int(s.placed.size());
    QCOMPARE(state.taskCount(), placedTasks);

    for (int i = 0; i < state.instanceCount(); ++i) {
        const ClusterState::Instance &in = state.instance(i);
        QVERIFY(in.remainingCpu >= 0);
        QVERIFY(in.remainingMemory >= 0);
        QVERIFY(in.enisUsed <= in.eniLimit);
        QVERIFY(in.reservedPorts <= ClusterState::kMaxReservedPorts);
        if (!in.isActive())
            QVERIFY(state.tasksOn(i).isEmpty());
        QSet<quint32> ports;
        for (const ClusterState::PortUse &use : state.ports(i))
            QVERIFY2(!ports.contains(use.port.key()), qPrintable(use.port.toString()));
        int cpu = 0;
        int memory = 0;
        for (const QString &id : state.tasksOn(i)) {
            const ClusterState::Task *task = state.task(id);
            cpu += task->cpu;
            memory += task->memory;
        }
        QCOMPARE(in.registeredCpu - in.remainingCpu, cpu);
        QCOMPARE(in.registeredMemory - in.remainingMemory, memory);
    }
    // Static constraints hold where every task runs; distinctInstance holds per group.
    for (const Model::Service &service : project.services) {
        const TaskRequirements r = TaskRequirements::forService(
            service, *project.taskDefinitionOf(service));
        for (const QString &id : state.tasksOfGroup(r.group)) {
            const int instance = state.task(id)->instance;
            for (const MemberOfConstraint &c : r.memberOf) {
                if (!c.dynamic)
                    QVERIFY2(c.parsed.evaluate(state.instance(instance).facts),
                             qPrintable(id + " " + c.expression));
            }
            if (r.distinctInstance)
                QCOMPARE(state.groupCountOn(instance, r.group), 1);
        }
    }
}

void tst_SchedulerProperties::binpackNoWorseThanFirstFitDecreasing()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int capacity = 4096;
    QList<int> sizes;
    const int tasks = 5 + int(rng.bounded(60));
    for (int k = 0; k < tasks; ++k)
        sizes << 64 * (1 + int(rng.bounded(capacity / 64)));
    std::sort(sizes.begin(), sizes.end(), std::greater<int>());

    // First-fit-decreasing over identical instances, in instance order.
    QList<int> bins;
    for (int size : std::as_const(sizes)) {
        auto it = std::find_if(bins.begin(), bins.end(),
                               [&](int used) { return used + size <= capacity; });
        if (it == bins.end())
            bins << size;
        else
            *it += size;
    }

    QList<Model::ContainerInstance> list;
    for (int i = 0; i < tasks; ++i)
        list << Fixtures::instance(QStringLiteral("i-%1").arg(i), 1 << 20, capacity,
                                   kZones.at(i % 3));
    ClusterState state = Fixtures::state(list);
    Placer placer(state, seed);
    for (int k = 0; k < sizes.size(); ++k) {
        const TaskRequirements r = Fixtures::requirements(Fixtures::simple("t", 0, sizes.at(k)),
                                                          {{"binpack", "memory"}});
        QVERIFY(placer.place(r, QStringLiteral("t-%1").arg(k)) >= 0);
    }
    int used = 0;
    for (int i = 0; i < state.instanceCount(); ++i)
        used += state.tasksOn(i).isEmpty() ? 0 : 1;
    QVERIFY2(used <= bins.size(),
             qPrintable(QStringLiteral("binpack %1, FFD %2").arg(used).arg(bins.size())));
}

void tst_SchedulerProperties::spreadKeepsZonesWithinOne()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int zones = 2 + int(rng.bounded(3));
    QList<Model::ContainerInstance> list;
    const int count = zones + int(rng.bounded(30));
    for (int i = 0; i < count; ++i) {
        // every zone gets at least one ACTIVE instance
        const QString zone = QStringLiteral("zone-%1").arg(i < zones ? i : rng.bounded(zones));
        Model::ContainerInstance ci = Fixtures::instance(QStringLiteral("i-%1").arg(i), 1 << 16,
                                                         1 << 16, zone);
        if (i >= zones && rng.bounded(6) == 0)
            ci.status = Model::ContainerInstance::Status::Draining;
        list << ci;
    }
    QList<Model::PlacementStrategy> chain{{"spread", "attribute:ecs.availability-zone"}};
    const QList<Model::PlacementStrategy> next{
        {"binpack", "memory"}, {"spread", "instanceId"}, {"random", ""}};
    if (rng.bounded(2))
        chain << next.at(int(rng.bounded(next.size())));
    ClusterState state = Fixtures::state(list);
    Placer placer(state, seed);
    const TaskRequirements r = Fixtures::requirements(
        Fixtures::simple("t", 16 * int(rng.bounded(8)), 16 * (1 + int(rng.bounded(8)))), chain);
    const int desired = 1 + int(rng.bounded(60));
    for (int k = 0; k < desired; ++k) {
        QVERIFY(placer.place(r, QStringLiteral("t-%1").arg(k)) >= 0);
        QHash<QString, int> perZone;
        for (int z = 0; z < zones; ++z)
            perZone.insert(QStringLiteral("zone-%1").arg(z), 0);
        for (const QString &id : state.tasksOfGroup(r.group))
            ++perZone[state.instance(state.task(id)->instance).facts.attributes.value(
                "ecs.availability-zone")];
        const auto [low, high] = std::minmax_element(perZone.cbegin(), perZone.cend());
        QVERIFY2(*high - *low <= 1, qPrintable(QStringLiteral("after %1 tasks: %2 vs %3")
                                                   .arg(k + 1)
                                                   .arg(*low)
                                                   .arg(*high)));
    }
}

void tst_SchedulerProperties::sameSeedSamePlan()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const Model::ProjectData project = randomProject(rng, true);
    const QByteArray first = QJsonDocument(Planner(project, seed).plan().toJson()).toJson();
    const QByteArray second = QJsonDocument(Planner(project, seed).plan().toJson()).toJson();
    QCOMPARE(second, first);
}

void tst_SchedulerProperties::seedChangesRandomPlacement()
{
    int differs = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        QRandomGenerator rng(seed);
        const Model::ProjectData project = randomProject(rng, true);
        const QJsonObject a = Planner(project, 1).plan().toJson();
        const QJsonObject b = Planner(project, 2).plan().toJson();
        differs += a != b ? 1 : 0;
    }
    QVERIFY(differs > 0);
}

QTEST_GUILESS_MAIN(tst_SchedulerProperties)
#include "tst_schedulerproperties.moc"
