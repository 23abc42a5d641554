// Capacity providers: CapacityProviderReservation and the group's desired size as ECS's cluster
// auto scaling computes them, the new instances PROVISIONING tasks need, base/weight over a
// strategy's providers, the cluster's default strategy for services that name neither a launch
// type nor a strategy, the project file round trip and validation with JSON paths.
#include "engine/scheduler/capacityreservation.h"
#include "engine/scheduler/planner.h"
#include "model/projectdata.h"
#include "model/validation/validator.h"

#include <QJsonArray>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using namespace Berth::Engine::CapacityReservation;
using Model::CapacityProvider;
using Model::CapacityProviderStrategyItem;

namespace {

QJsonObject task(const QString &family, int cpu)
{
    return QJsonObject{{"family", family},
                       {"containerDefinitions", QJsonArray{QJsonObject{{"name", "app"},
                                                                       {"image", "nginx"},
                                                                       {"cpu", cpu},
                                                                       {"memory", 64},
                                                                       {"essential", true}}}}};
}

Model::Service service(const QString &name, const QString &cluster, int count)
{
    Model::Service s;
    s.name = name;
    s.cluster = cluster;
    s.taskDefinition = name;
    s.desiredCount = count;
    return s;
}

CapacityProvider provider(const QString &name, int desired, int max)
{
    CapacityProvider p;
    p.name = name;
    p.instanceType = QStringLiteral("t3.small"); // 2048 CPU units
    p.desiredCapacity = desired;
    p.maxSize = max;
    return p;
}

/// Cluster lab with one provider, asg (desired 1, max 2), and web: 3 tasks of CPU units each.
Model::ProjectData oneProvider(int cpu)
{
    Model::ProjectData project;
    Model::Cluster c;
    c.name = QStringLiteral("lab");
    c.capacityProviders << provider(QStringLiteral("asg"), 1, 2);
    project.clusters << c;
    project.registerTaskDefinition(task(QStringLiteral("web"), cpu));
    Model::Service s = service(QStringLiteral("web"), c.name, 3);
    s.capacityProviderStrategy = {{QStringLiteral("asg"), 0, 1}};
    project.services << s;
    return project;
}

/// Cluster lab: an instance of its own (plain, m5.xlarge) and providers a and b (one instance
/// each, max 3); web runs 5 tasks with base 1 on a and weights a 1, b 3; worker has none.
Model::ProjectData twoProviders(int cpu)
{
    Model::ProjectData project;
    Model::Cluster c;
    c.name = QStringLiteral("lab");
    c.instances << Model::ContainerInstance::ofType(
        QStringLiteral("plain"), QStringLiteral("m5.xlarge"), QStringLiteral("us-east-1a"));
    c.capacityProviders << provider(QStringLiteral("a"), 1, 3)
                        << provider(QStringLiteral("b"), 1, 3);
    project.clusters << c;
    project.registerTaskDefinition(task(QStringLiteral("web"), cpu));
    project.registerTaskDefinition(task(QStringLiteral("worker"), 3000));
    Model::Service web = service(QStringLiteral("web"), c.name, 5);
    web.capacityProviderStrategy = {{QStringLiteral("a"), 1, 1}, {QStringLiteral("b"), 0, 3}};
    project.services << web << service(QStringLiteral("worker"), c.name, 1);
    return project;
}

const InstancePlan *instance(const Plan &plan, const QString &name)
{
    for (const InstancePlan &i : plan.instances) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

QMap<QString, int> perInstance(const Plan &plan, const char *service)
{
    QMap<QString, int> n;
    for (const ServicePlan &s : plan.services) {
        if (s.name == QLatin1String(service)) {
            for (const PlannedTask &t : s.placed)
                ++n[t.instance];
        }
    }
    return n;
}

} // namespace

class tst_CapacityProvider : public QObject
{
    Q_OBJECT

private slots:
    void reservation_data()
    {
        QTest::addColumn<int>("needed");
        QTest::addColumn<int>("instances");
        QTest::addColumn<double>("expected");
        QTest::newRow("full") << 4 << 4 << 100.0;
        QTest::newRow("one empty of four") << 3 << 4 << 75.0;
        QTest::newRow("two more needed") << 6 << 4 << 150.0;
        QTest::newRow("no instance, tasks wait") << 1 << 0 << 200.0;
        QTest::newRow("no instance, nothing waits") << 0 << 0 << 100.0;
        QTest::newRow("instances, no task") << 0 << 3 << 0.0;
    }
    void reservation()
    {
        QFETCH(int, needed);
        QFETCH(int, instances);
        QFETCH(double, expected);
        QCOMPARE(CapacityReservation::reservation(needed, instances), expected);
    }

    // M: the instances with tasks while nothing waits; N plus the step while tasks wait, the
    // step clamped to the managed scaling's step sizes.
    void instancesNeeded_data()
    {
        QTest::addColumn<int>("instances");
        QTest::addColumn<int>("withTasks");
        QTest::addColumn<int>("forProvisioning");
        QTest::addColumn<int>("minStep");
        QTest::addColumn<int>("maxStep");
        QTest::addColumn<int>("expected");
        QTest::newRow("steady") << 3 << 3 << 0 << 1 << 10000 << 3;
        QTest::newRow("one empty") << 3 << 2 << 0 << 1 << 10000 << 2;
        QTest::newRow("two to add") << 3 << 3 << 2 << 1 << 10000 << 5;
        QTest::newRow("min step 3") << 3 << 3 << 1 << 3 << 10000 << 6;
        QTest::newRow("max step 2") << 3 << 3 << 7 << 1 << 2 << 5;
        QTest::newRow("from zero") << 0 << 0 << 1 << 1 << 10000 << 1;
    }
    void instancesNeeded()
    {
        QFETCH(int, instances);
        QFETCH(int, withTasks);
        QFETCH(int, forProvisioning);
        QFETCH(int, minStep);
        QFETCH(int, maxStep);
        QFETCH(int, expected);
        Model::ManagedScaling scaling;
        scaling.minimumScalingStepSize = minStep;
        scaling.maximumScalingStepSize = maxStep;
        QCOMPARE(
            CapacityReservation::instancesNeeded({instances, withTasks, forProvisioning}, scaling),
            expected);
    }

    // Target tracking on the reservation: ceil(M x 100 / target), within min and max size.
    void desiredSize_data()
    {
        QTest::addColumn<int>("needed");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("minSize");
        QTest::addColumn<int>("maxSize");
        QTest::addColumn<int>("expected");
        QTest::newRow("target 100") << 3 << 100 << 0 << 10 << 3;
        QTest::newRow("target 90 keeps one spare") << 3 << 90 << 0 << 10 << 4;
        QTest::newRow("target 50 doubles") << 3 << 50 << 0 << 10 << 6;
        QTest::newRow("max size") << 12 << 100 << 0 << 10 << 10;
        QTest::newRow("min size") << 0 << 100 << 1 << 10 << 1;
    }
    void desiredSize()
    {
        QFETCH(int, needed);
        QFETCH(int, target);
        QFETCH(int, minSize);
        QFETCH(int, maxSize);
        QFETCH(int, expected);
        CapacityProvider p;
        p.managedScaling.targetCapacity = target;
        p.minSize = minSize;
        p.maxSize = maxSize;
        QCOMPARE(CapacityReservation::desiredSize(needed, p), expected);
    }

    void instancesFor()
    {
        // t3.medium: 2048 units, 3904 MiB.
        QCOMPARE(CapacityReservation::instancesFor({}, 2048, 3904), 0);
        QCOMPARE(CapacityReservation::instancesFor({{512, 512}, {512, 512}}, 2048, 3904), 1);
        // CPU bound: five tasks of 512 units need two instances.
        QCOMPARE(CapacityReservation::instancesFor(QList<TaskNeed>(5, {512, 256}), 2048, 3904), 2);
        // Memory bound: three tasks of 2000 MiB need three.
        QCOMPARE(CapacityReservation::instancesFor(QList<TaskNeed>(3, {256, 2000}), 2048, 3904), 3);
        // A task larger than the instance type is not counted: no instance would hold it.
        QCOMPARE(CapacityReservation::instancesFor({{4096, 512}}, 2048, 3904), 0);
    }

    // ECS's example: base 2 on A, weights A 1 and B 1 (the base met, the rest split evenly);
    // and weights 1:3 without a base.
    void baseAndWeight()
    {
        const auto place = [](const QList<CapacityProviderStrategyItem> &strategy, int tasks) {
            QList<int> running(strategy.size(), 0);
            for (int i = 0; i < tasks; ++i) {
                const QString p = providerForNextTask(strategy, running);
                for (qsizetype k = 0; k < strategy.size(); ++k) {
                    if (strategy.at(k).capacityProvider == p)
                        ++running[k];
                }
            }
            return running;
        };
        QCOMPARE(place({{"A", 2, 1}, {"B", 0, 1}}, 6), (QList<int>{4, 2}));
        QCOMPARE(place({{"A", 2, 1}, {"B", 0, 1}}, 2), (QList<int>{2, 0}));
        QCOMPARE(place({{"A", 0, 1}, {"B", 0, 3}}, 8), (QList<int>{2, 6}));
        QCOMPARE(place({{"A", 0, 0}, {"B", 0, 1}}, 3), (QList<int>{0, 3}));
        QVERIFY(providerForNextTask({{"A", 1, 0}}, {1}).isEmpty());
    }

    void projectFileRoundTrip()
    {
        Model::Cluster c;
        c.name = QStringLiteral("prod");
        CapacityProvider p;
        p.name = QStringLiteral("asg-web");
        p.instanceType = QStringLiteral("t3.large");
        p.minSize = 1;
        p.maxSize = 6;
        p.desiredCapacity = 2;
        p.availabilityZones = {QStringLiteral("us-east-1a"), QStringLiteral("us-east-1c")};
        p.managedScaling.targetCapacity = 90;
        p.managedScaling.maximumScalingStepSize = 3;
        p.managedTerminationProtection = false;
        c.capacityProviders << p;
        QList<Model::JsonIssue> issues;
        const Model::Cluster back = Model::Cluster::fromJson(
            Model::JsonReader(c.toJson(), QStringLiteral("$.clusters[0]"), &issues));
        QVERIFY(issues.isEmpty());
        QCOMPARE(back.capacityProviders, c.capacityProviders);
        QCOMPARE(back.capacityProvider(QStringLiteral("asg-web"))->zoneOf(3),
                 QStringLiteral("us-east-1c"));
        // A cluster without providers writes no member for them.
        QVERIFY(!Model::Cluster().toJson().contains(QLatin1String("capacityProviders")));

        Model::Service s;
        s.name = QStringLiteral("web");
        s.capacityProviderStrategy = {{QStringLiteral("asg-web"), 1, 2}};
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("capacityProviderStrategy")).toArray().size(), 1);
        const Model::Service sBack = Model::Service::fromJson(
            Model::JsonReader(json, QStringLiteral("$.services[0]"), &issues));
        QCOMPARE(sBack.capacityProviderStrategy, s.capacityProviderStrategy);
        QVERIFY(!sBack.extra.contains(QLatin1String("capacityProviderStrategy")));

        // The cluster's default strategy under ECS's member name; a service naming no launch
        // type keeps naming none. Files from before either load as they always did.
        c.defaultCapacityProviderStrategy = {{QStringLiteral("asg-web"), 1, 1},
                                             {QStringLiteral("FARGATE"), 0, 2}};
        const QJsonObject cJson = c.toJson();
        QCOMPARE(cJson["defaultCapacityProviderStrategy"][1]["weight"].toInt(), 2);
        QCOMPARE(Model::Cluster::fromJson(
                     Model::JsonReader(cJson, QStringLiteral("$.clusters[0]"), &issues)),
                 c);
        s.capacityProviderStrategy.clear();
        s.launchType.clear();
        QVERIFY(!s.toJson().contains(QLatin1String("launchType")));
        QCOMPARE(Model::Service::fromJson(
                     Model::JsonReader(s.toJson(), QStringLiteral("$.services[0]"), &issues))
                     .launchType,
                 QString());
        QVERIFY(issues.isEmpty());
        const QJsonObject older{{"name", "old"}, {"instances", QJsonArray()}};
        QVERIFY(Model::Cluster::fromJson(Model::JsonReader(older, "$", &issues))
                    .defaultCapacityProviderStrategy.isEmpty());
        Model::ProjectData project;
        Model::Cluster plain;
        plain.name = QStringLiteral("prod");
        project.clusters << plain;
        s.cluster = plain.name;
        QCOMPARE(project.launchTypeOf(s), QStringLiteral("EC2")); // no default: EC2
        QVERIFY(project.capacityProviderStrategyOf(s).isEmpty());
    }

    // A service that names neither a launch type nor a strategy is placed by its cluster's
    // default strategy, on that provider's instances only, and the plan says so; with EC2
    // named it goes anywhere as before. One whose tasks fit no instance of the provider is
    // not placed, and the reason names the default.
    void planUsesTheDefaultStrategy()
    {
        Model::ProjectData project = twoProviders(512);
        project.clusters.first().defaultCapacityProviderStrategy = {{QStringLiteral("a"), 0, 1}};
        Model::Service api = service(QStringLiteral("api"), QStringLiteral("lab"), 2);
        api.taskDefinition = QStringLiteral("web");
        api.launchType.clear();
        project.services << api;
        Planner planner(project);
        Plan plan = planner.plan();
        QCOMPARE(perInstance(plan, "api"), (QMap<QString, int>{{"a-1", 2}}));
        const ServicePlan &byDefault = plan.services.at(2);
        QVERIFY(byDefault.defaultCapacityProviderStrategy);
        QCOMPARE(byDefault.capacityProviderStrategy.first().capacityProvider, QStringLiteral("a"));
        QVERIFY2(byDefault.defaultStrategyText().contains(
                     QStringLiteral("default capacity provider strategy of cluster lab")),
                 qPrintable(byDefault.defaultStrategyText()));
        const QJsonObject json = plan.toJson();
        QCOMPARE(json["services"][2]["defaultCapacityProviderStrategy"].toBool(), true);
        QCOMPARE(json["services"][2]["capacityProviderStrategy"][0]["capacityProvider"].toString(),
                 QStringLiteral("a"));
        QVERIFY(!json["services"][1].toObject().contains("defaultCapacityProviderStrategy"));
        QVERIFY(!plan.services.at(0).defaultCapacityProviderStrategy);          // web: its own
        QVERIFY(perInstance(plan, "worker").contains(QStringLiteral("plain"))); // EC2 named
        // The explanation of api's first task ranks a's instances only.
        const std::optional<Explanation> why = planner.explain(QStringLiteral("api"), 0);
        QVERIFY(why);
        QCOMPARE(why->ranking().size(), 1);
        QCOMPARE(why->ranking().first().name, QStringLiteral("a-1"));

        // worker needs 3000 CPU units: no t3.small of a's holds it, the group launches none.
        project.services[1].launchType.clear();
        plan = Planner(project).plan();
        QVERIFY(perInstance(plan, "worker").isEmpty());
        QCOMPARE(plan.services.at(1).unplaced.size(), 1);
        QVERIFY2(plan.services.at(1).unplaced.first().reason.contains(
                     QStringLiteral("default strategy of cluster lab")),
                 qPrintable(plan.services.at(1).unplaced.first().reason));

        // A DAEMON service taking the default is refused, as CreateService refuses it.
        project.services[1].schedulingStrategy = QStringLiteral("DAEMON");
        plan = Planner(project).plan();
        QVERIFY(plan.services.at(1).placed.isEmpty());
        QVERIFY(plan.services.at(1).unplaced.first().ecsMessage.contains(
            QStringLiteral("DAEMON scheduling strategy")));
    }

    // The plan places on the group's initial instances; what finds no room goes on the
    // instance the group would launch and waits there in PROVISIONING while the group can
    // grow (no failure), and fails once it is at its max size.
    void planWaitsForCapacity()
    {
        Model::ProjectData project = oneProvider(1024);
        Plan plan = Planner(project).plan();
        const ServicePlan &web = plan.services.first();
        QCOMPARE(web.placed.size(), 3);
        QCOMPARE(web.placed.at(0).instance, QStringLiteral("asg-1"));
        QCOMPARE(web.placed.at(2).instance, QStringLiteral("asg-2"));
        QVERIFY(!web.placed.at(1).provisioning);
        QVERIFY(web.placed.at(2).provisioning);
        QCOMPARE(web.waitingForCapacity, 1);
        QCOMPARE(web.capacityProvider, QStringLiteral("asg"));
        QCOMPARE(plan.unplacedCount(), 0);
        const InstancePlan *launched = instance(plan, QStringLiteral("asg-2"));
        QVERIFY(launched);
        QVERIFY(launched->launchedByScaling);
        QCOMPARE(launched->capacityProvider, QStringLiteral("asg"));
        QCOMPARE(launched->cpuReserved, 1024);
        QVERIFY(!instance(plan, QStringLiteral("asg-1"))->launchedByScaling);
        const QJsonObject json = plan.toJson();
        QCOMPARE(json["instances"][1]["launchedByManagedScaling"].toBool(), true);
        QCOMPARE(json["services"][0]["placed"][2]["provisioning"].toBool(), true);
        QCOMPARE(json["services"][0]["waitingForCapacity"]["tasks"].toInt(), 1);

        project.clusters.first().capacityProviders.first().maxSize = 1; // cannot grow
        plan = Planner(project).plan();
        QCOMPARE(plan.services.first().waitingForCapacity, 0);
        QCOMPARE(plan.unplacedCount(), 1);
        QVERIFY2(
            plan.services.first().unplaced.first().reason.contains(QStringLiteral("max size 1")),
            qPrintable(plan.services.first().unplaced.first().reason));
        QVERIFY(!instance(plan, QStringLiteral("asg-2")));

        // A task no empty instance of the type holds launches nothing and fails.
        project = oneProvider(4096); // t3.small registers 2048 CPU units
        plan = Planner(project).plan();
        QCOMPARE(plan.unplacedCount(), 3);
        QCOMPARE(plan.instances.size(), 1);
    }

    // Base and weight decide the provider of each task, in the plan as in a run, and the
    // tasks go on that provider's instances only: never on the cluster's own instance, nor
    // on the other provider's, even where those have room. A service without a strategy
    // may go anywhere.
    void planFollowsStrategy()
    {
        Model::ProjectData project = twoProviders(512);
        Planner planner(project);
        Plan plan = planner.plan();
        QCOMPARE(perInstance(plan, "web"),
                 (QMap<QString, int>{{"a-1", 2}, {"b-1", 3}})); // base 1 on a, then 1:3
        QCOMPARE(plan.unplacedCount(), 0);
        QCOMPARE(plan.services.at(0).waitingForCapacity, 0);
        // The first task's explanation ranks only a's instances: the others are out of reach.
        const std::optional<Explanation> why = planner.explain(QStringLiteral("web"), 0);
        QVERIFY(why);
        QStringList ranked;
        for (const RankedInstance &r : why->ranking())
            ranked << r.name;
        QCOMPARE(ranked, QStringList{QStringLiteral("a-1")});
        // The worker service has no strategy: the cluster's own big instance takes it.
        QVERIFY(perInstance(plan, "worker").contains(QStringLiteral("plain")));

        // Bigger tasks: b-1 holds two of b's three, the group launches b-2 for the third.
        project = twoProviders(1024);
        plan = Planner(project).plan();
        QCOMPARE(perInstance(plan, "web"),
                 (QMap<QString, int>{{"a-1", 2}, {"b-1", 2}, {"b-2", 1}}));
        QCOMPARE(plan.services.at(0).waitingForCapacity, 1);
        QCOMPARE(plan.services.at(0).capacityProvider, QStringLiteral("b"));
        QVERIFY(instance(plan, QStringLiteral("b-2"))->launchedByScaling);
        QVERIFY(!instance(plan, QStringLiteral("a-2")));

        // Target capacity 50 %: one instance with tasks makes the group two (a spare).
        project.clusters.first().capacityProviders.first().managedScaling.targetCapacity = 50;
        plan = Planner(project).plan();
        const InstancePlan *spare = instance(plan, QStringLiteral("a-2"));
        QVERIFY(spare);
        QVERIFY(spare->launchedByScaling);
        QCOMPARE(spare->cpuReserved, 0);
        QCOMPARE(perInstance(plan, "web").value(QStringLiteral("a-1")), 2);

        // Managed scaling off: b cannot grow, its third task is not placed.
        project.clusters.first().capacityProviders[1].managedScaling.enabled = false;
        project.clusters.first().capacityProviders[1].managedTerminationProtection = false;
        plan = Planner(project).plan();
        QCOMPARE(plan.services.at(0).unplaced.size(), 1);
        QVERIFY(plan.services.at(0).unplaced.first().reason.contains(
            QStringLiteral("managed scaling off")));

        // A task that waits for its provider holds back no later task of another provider:
        // b, a, b (waits: b-1 is full and b cannot grow), a (on a-2, which a launches).
        project = twoProviders(2048);
        project.services.first().desiredCount = 4;
        project.services.first().capacityProviderStrategy = {{QStringLiteral("b"), 0, 1},
                                                             {QStringLiteral("a"), 0, 1}};
        project.clusters.first().capacityProviders[1].managedScaling.enabled = false;
        project.clusters.first().capacityProviders[1].managedTerminationProtection = false;
        Planner waiting(project);
        plan = waiting.plan();
        QCOMPARE(perInstance(plan, "web"),
                 (QMap<QString, int>{{"a-1", 1}, {"a-2", 1}, {"b-1", 1}}));
        QCOMPARE(plan.services.at(0).unplaced.size(), 1);
        QCOMPARE(plan.services.at(0).waitingForCapacity, 1);
        // The task that waits is explained on b's instances: none has room.
        const std::optional<Explanation> full = waiting.explain(QStringLiteral("web"), 3);
        QVERIFY(full);
        QVERIFY(full->ranking().isEmpty());
    }

    void validation()
    {
        Model::ProjectData project;
        Model::Cluster c;
        c.name = QStringLiteral("prod");
        CapacityProvider bad;
        bad.name = QStringLiteral("asg");
        bad.instanceType = QStringLiteral("t9.nothing");
        bad.minSize = 2;
        bad.maxSize = 4;
        bad.desiredCapacity = 7;
        bad.managedScaling.targetCapacity = 0;
        c.capacityProviders << bad;
        project.clusters << c;
        Model::Service s;
        s.name = QStringLiteral("web");
        s.cluster = c.name;
        s.capacityProviderStrategy = {{QStringLiteral("asg"), 1, 0},
                                      {QStringLiteral("missing"), 1, 0}};
        project.services << s;
        QHash<QString, QString> found; // rule -> path
        for (const Model::Diagnostic &d : Model::Validator::validate(project))
            found.insert(d.rule, d.path);
        const QString provider = QStringLiteral("$.clusters[0].capacityProviders[0]");
        QCOMPARE(found.value(QStringLiteral("capacityProvider.instanceType")),
                 provider + QStringLiteral(".autoScalingGroup.instanceType"));
        QCOMPARE(found.value(QStringLiteral("capacityProvider.desiredCapacity")),
                 provider + QStringLiteral(".autoScalingGroup.desiredCapacity"));
        QCOMPARE(found.value(QStringLiteral("capacityProvider.targetCapacity")),
                 provider + QStringLiteral(".managedScaling.targetCapacity"));
        QCOMPARE(found.value(QStringLiteral("service.capacityProviderStrategy.provider")),
                 QStringLiteral("$.services[0].capacityProviderStrategy[1].capacityProvider"));
        QCOMPARE(found.value(QStringLiteral("service.capacityProviderStrategy.base.once")),
                 QStringLiteral("$.services[0].capacityProviderStrategy"));
        QVERIFY(found.contains(QStringLiteral("service.capacityProviderStrategy.weight.none")));
        QVERIFY(!found.contains(QStringLiteral("capacityProvider.size")));
    }
};

QTEST_GUILESS_MAIN(tst_CapacityProvider)
#include "tst_capacityprovider.moc"
