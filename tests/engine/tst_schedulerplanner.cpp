// The planner: addresses, DAEMON and Fargate services, what cannot be resolved, the JSON
// form, and explanations replayed on demand.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/addressing.h"
#include "engine/scheduler/planner.h"

#include <QJsonArray>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

class tst_SchedulerPlanner : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data();
    void addresses();
    void instanceAddressesPerCluster();
    void fargate_data();
    void fargate();
    void daemonFirstOnEveryEligibleInstance();
    void unresolved_data();
    void unresolved();
    void laterTasksFailLikeTheFirst();
    void jsonShape();
    void explainReplaysTheDecision();
};

void tst_SchedulerPlanner::addresses_data()
{
    QTest::addColumn<int>("cluster");
    QTest::addColumn<int>("instance");
    QTest::addColumn<QString>("address");
    QTest::newRow("first") << 0 << 0 << "127.77.1.1";
    QTest::newRow("third cluster, sixth instance") << 2 << 5 << "127.77.3.6";
    QTest::newRow("last") << 253 << 253 << "127.77.254.254";
    QTest::newRow("instance out of range") << 0 << 254 << "";
    QTest::newRow("cluster out of range") << 254 << 0 << "";
    QTest::newRow("negative") << -1 << 0 << "";
}

void tst_SchedulerPlanner::addresses()
{
    QFETCH(int, cluster);
    QFETCH(int, instance);
    QFETCH(QString, address);
    QCOMPARE(Addressing::instanceAddress(cluster, instance), address);
    QCOMPARE(Addressing::taskAddress(0), QStringLiteral("127.78.0.1"));
    QCOMPARE(Addressing::taskAddress(253), QStringLiteral("127.78.0.254"));
    QCOMPARE(Addressing::taskAddress(254), QStringLiteral("127.78.1.1"));
    QCOMPARE(Addressing::taskAddress(256 * 254), QString());
}

void tst_SchedulerPlanner::instanceAddressesPerCluster()
{
    Model::ProjectData p = Fixtures::project(
        {Fixtures::instance("a", 1024, 1024), Fixtures::instance("b", 1024, 1024)}, {}, {});
    Model::Cluster second;
    second.name = "other";
    second.instances = {Fixtures::instance("c", 1024, 1024)};
    p.clusters << second;
    const Plan plan = Planner(p).plan();
    QStringList addresses;
    for (const InstancePlan &in : plan.instances)
        addresses << in.cluster + u'/' + in.name + u'=' + in.address;
    QCOMPARE(addresses, (QStringList{"main/a=127.77.1.1", "main/b=127.77.1.2",
                                     "other/c=127.77.2.1"}));
    QVERIFY(plan.isClean());
}

void tst_SchedulerPlanner::fargate_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("quota");
    QTest::addColumn<int>("placed");
    QTest::addColumn<QString>("ecsMessage");

    QTest::newRow("unlimited") << true << 0 << 3 << "";
    QTest::newRow("quota 2") << true << 2 << 2
                             << "(service api) was unable to place a task. Reason: You've "
                                "reached the limit on the number of tasks you can run "
                                "concurrently";
    QTest::newRow("not enabled") << false << 0 << 0
                                 << "(service api) was unable to place a task. Reason: Capacity "
                                    "is unavailable at this time.";
}

void tst_SchedulerPlanner::fargate()
{
    QFETCH(bool, enabled);
    QFETCH(int, quota);
    QFETCH(int, placed);
    QFETCH(QString, ecsMessage);

    const Model::TaskDefinition td = Fixtures::definition(
        "api", {Fixtures::container("app", 0, 512, {{80, 80}})}, "awsvpc",
        {{"cpu", "256"}, {"memory", "512"}, {"requiresCompatibilities", QJsonArray{"FARGATE"}}});
    Model::Service s = Fixtures::service("api", "api", 3);
    s.launchType = "FARGATE";
    Model::ProjectData p = Fixtures::project({}, {td}, {s});
    p.clusters[0].fargate = {enabled, quota};
    const Plan plan = Planner(p).plan();
    const ServicePlan &sp = plan.services.first();
    QCOMPARE(sp.placed.size(), placed);
    QCOMPARE(sp.unplaced.size(), 3 - placed);
    for (int k = 0; k < sp.placed.size(); ++k) {
        QVERIFY(sp.placed.at(k).instance.isEmpty());
        QCOMPARE(sp.placed.at(k).address, Addressing::taskAddress(k)); // its own ENI
    }
    if (!ecsMessage.isEmpty())
        QCOMPARE(sp.unplaced.first().ecsMessage, ecsMessage);
    QCOMPARE(plan.toJson()["services"][0]["placed"].toArray().size(), placed);
}

void tst_SchedulerPlanner::daemonFirstOnEveryEligibleInstance()
{
    QList<Model::ContainerInstance> list{Fixtures::instance("i-1", 2048, 2048),
                                         Fixtures::instance("i-2", 2048, 2048),
                                         Fixtures::instance("i-3", 2048, 2048),
                                         Fixtures::instance("i-4", 2048, 200)};
    list[0].attributes.insert("tier", "web");
    list[1].attributes.insert("tier", "web");
    list[1].status = Model::ContainerInstance::Status::Draining;
    list[2].attributes.insert("tier", "batch");
    list[3].attributes.insert("tier", "web");
    // Listed first, this REPLICA service would fill i-1 if it were planned first.
    const Model::Service filler = Fixtures::service("filler", "filler", 4,
                                                    {{"binpack", "memory"}});
    Model::Service agent = Fixtures::service("agent", "agent", 0, {},
                                             {Fixtures::memberOf("attribute:tier == web")});
    agent.schedulingStrategy = "DAEMON";
    const Plan plan = Planner(Fixtures::project(
                                  list,
                                  {Fixtures::simple("filler", 0, 512),
                                   Fixtures::simple("agent", 128, 256)},
                                  {filler, agent}))
                          .plan();
    QCOMPARE(plan.services.at(1).name, QStringLiteral("agent")); // project order in the plan
    const ServicePlan &daemon = plan.services.at(1);
    QCOMPARE(daemon.desiredCount, 2); // i-1 and i-4: ACTIVE with tier web
    QCOMPARE(daemon.placed.size(), 1);
    QCOMPARE(daemon.placed.first().instance, QStringLiteral("i-1"));
    QCOMPARE(daemon.unplaced.size(), 1);
    QCOMPARE(daemon.unplaced.first().closestInstance, QStringLiteral("i-4"));
    QCOMPARE(daemon.unplaced.first().kind, PlacementFailure::Kind::Memory);
    QCOMPARE(plan.instances.first().memoryReserved, 256 + 3 * 512); // daemon got in first
    QCOMPARE(plan.services.first().placed.size(), 4);
}

void tst_SchedulerPlanner::unresolved_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("taskDefinition");
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("ecsMessage");

    QTest::newRow("no such cluster") << "nowhere" << "web" << ""
                                     << "ClusterNotFoundException: Cluster not found.";
    QTest::newRow("no such task definition") << "main" << "web:9" << ""
                                             << "ClientException: TaskDefinition not found.";
    QTest::newRow("expression does not parse") << "main" << "web" << "attribute:x =="
                                               << "InvalidParameterException: the memberOf";
}

void tst_SchedulerPlanner::unresolved()
{
    QFETCH(QString, cluster);
    QFETCH(QString, taskDefinition);
    QFETCH(QString, constraint);
    QFETCH(QString, ecsMessage);

    QList<Model::PlacementConstraint> constraints;
    if (!constraint.isEmpty())
        constraints << Fixtures::memberOf(constraint);
    const Model::Service s = Fixtures::service("web", taskDefinition, 2, {}, constraints,
                                               cluster);
    const Plan plan = Planner(Fixtures::project({Fixtures::instance("i-1", 1024, 1024)},
                                                {Fixtures::simple("web", 0, 64)}, {s}))
                          .plan();
    QCOMPARE(plan.unplacedCount(), 2);
    QVERIFY2(plan.services.first().unplaced.first().ecsMessage.startsWith(ecsMessage),
             qPrintable(plan.services.first().unplaced.first().ecsMessage));
    QVERIFY(!plan.services.first().unplaced.first().reason.isEmpty());
    QVERIFY(plan.preflight.isEmpty()); // nothing to deploy
    QVERIFY(!plan.isClean());
}

void tst_SchedulerPlanner::laterTasksFailLikeTheFirst()
{
    const Plan plan = Planner(Fixtures::project({Fixtures::instance("i-1", 4096, 1024)},
                                                {Fixtures::simple("web", 0, 400)},
                                                {Fixtures::service("web", "web", 5)}))
                          .plan();
    const ServicePlan &s = plan.services.first();
    QCOMPARE(s.placed.size(), 2);
    QCOMPARE(s.unplaced.size(), 3);
    QCOMPARE(s.unplaced.at(2), s.unplaced.at(0));
    QCOMPARE(s.unplaced.first().kind, PlacementFailure::Kind::Memory);
    QCOMPARE(plan.unplacedCount(), 3);
}

void tst_SchedulerPlanner::jsonShape()
{
    const Plan plan = Planner(Fixtures::project({Fixtures::instance("i-1", 1024, 1024)},
                                                {Fixtures::simple("web", 256, 300, {{80, 80}})},
                                                {Fixtures::service("web", "web", 2)}))
                          .plan();
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.keys(), (QStringList{"instances", "preflight", "services"}));
    const QJsonObject in = json["instances"][0].toObject();
    QCOMPARE(in.keys(), (QStringList{"address", "cluster", "cpu", "memory", "name", "ports"}));
    QCOMPARE(in["cpu"].toObject(), (QJsonObject{{"registered", 1024}, {"reserved", 256}}));
    QCOMPARE(in["memory"].toObject(), (QJsonObject{{"registered", 1024}, {"reserved", 300}}));
    QCOMPARE(in["address"].toString(), QStringLiteral("127.77.1.1"));
    const QJsonArray ports = in["ports"].toArray();
    QCOMPARE(ports.size(), 7);
    QCOMPARE(ports[0].toObject(),
             (QJsonObject{{"port", 22}, {"protocol", "tcp"}, {"task", QJsonValue::Null}}));
    QCOMPARE(ports[1].toObject(), (QJsonObject{{"port", 80}, {"protocol", "tcp"},
                                               {"task", "web-1"}}));
    const QJsonObject service = json["services"][0].toObject();
    QCOMPARE(service.keys(),
             (QStringList{"cluster", "desiredCount", "name", "placed", "unplaced"}));
    QCOMPARE(service["desiredCount"].toInt(), 2);
    QCOMPARE(service["placed"][0].toObject(),
             (QJsonObject{{"task", "web-1"}, {"instance", "i-1"}}));
    const QJsonObject unplaced = service["unplaced"][0].toObject();
    QCOMPARE(unplaced.keys(), (QStringList{"closestInstance", "ecsMessage", "reason"}));
    QCOMPARE(unplaced["closestInstance"].toString(), QStringLiteral("i-1"));
    const QJsonObject preflight = json["preflight"][0].toObject();
    QCOMPARE(preflight.keys(), (QStringList{"fixes", "reason", "service", "stalls"}));
    QCOMPARE(preflight["stalls"].toBool(), true);
    QVERIFY(preflight["fixes"].toArray().size() >= 1);
}

void tst_SchedulerPlanner::explainReplaysTheDecision()
{
    const Model::ProjectData p = Fixtures::project(
        {Fixtures::instance("i-1", 1024, 1024), Fixtures::instance("i-2", 1024, 1024)},
        {Fixtures::simple("web", 256, 256)},
        {Fixtures::service("web", "web", 3, {}, {Fixtures::distinctInstance()})});
    Planner planner(p, 4);
    const Plan plan = planner.plan();
    QCOMPARE(plan.services.first().placed.size(), 2);

    const std::optional<Explanation> first = planner.explain("web", 0);
    QVERIFY(first);
    QCOMPARE(first->ranking().size(), 2); // nothing placed yet
    const std::optional<Explanation> second = planner.explain("web", 1);
    QVERIFY(second);
    QCOMPARE(second->ranking().size(), 1);
    QCOMPARE(second->ranking().first().name, plan.services.first().placed.at(1).instance);
    const std::optional<Explanation> third = planner.explain("web", 2);
    QVERIFY(third);
    QVERIFY(third->ranking().isEmpty());
    QCOMPARE(third->failure("web"), plan.services.first().unplaced.first());
    QVERIFY(!planner.explain("web", 3));
    QVERIFY(!planner.explain("web", -1));
    QVERIFY(!planner.explain("nope", 0));
}

QTEST_GUILESS_MAIN(tst_SchedulerPlanner)
#include "tst_schedulerplanner.moc"
