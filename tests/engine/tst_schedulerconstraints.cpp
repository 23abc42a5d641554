// Constraints: distinctInstance and memberOf (service and task definition), including the
// expressions that read the placement state (task:group, runningTasksCount).

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using Kind = PlacementFailure::Kind;

class tst_SchedulerConstraints : public QObject
{
    Q_OBJECT

private slots:
    void constraints_data();
    void constraints();
    void invalidConstraints_data();
    void invalidConstraints();
    void explanationShowsSubExpressions();
};

namespace {

// i-1 t3.medium 1a stack=blue (runs a task of service:db), i-2 m5.large 1b,
// i-3 m5.large 1a stack=green, i-4 t3.medium 1c.
ClusterState cluster()
{
    QList<Model::ContainerInstance> list{
        Fixtures::instance("i-1", 2048, 8192, "us-east-1a", "t3.medium"),
        Fixtures::instance("i-2", 2048, 8192, "us-east-1b", "m5.large"),
        Fixtures::instance("i-3", 2048, 8192, "us-east-1a", "m5.large"),
        Fixtures::instance("i-4", 2048, 8192, "us-east-1c", "t3.medium")};
    list[0].attributes.insert("stack", "blue");
    list[2].attributes.insert("stack", "green");
    list[1].agentVersion = QStringLiteral("1.51.0");
    ClusterState state = Fixtures::state(list);
    const Model::TaskDefinition db = Fixtures::simple("db", 128, 256);
    const TaskRequirements r = TaskRequirements::forService(Fixtures::service("db", "db", 1), db);
    state.addTask("db-1", r, 0);
    return state;
}

} // namespace

void tst_SchedulerConstraints::constraints_data()
{
    QTest::addColumn<QStringList>("serviceConstraints"); // "distinctInstance" or expressions
    QTest::addColumn<QStringList>("definitionConstraints");
    QTest::addColumn<int>("desired");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<int>("placed");

    const QStringList all{"i-1", "i-2", "i-3", "i-4"};
    const QStringList none;
    QTest::newRow("no constraints") << none << none << 4 << all << 4;
    QTest::newRow("distinctInstance") << QStringList{"distinctInstance"} << none << 5 << all
                                      << 4;
    QTest::newRow("memberOf instance type") << QStringList{"attribute:ecs.instance-type =~ m5.*"}
                                            << none << 4 << QStringList{"i-2", "i-3"} << 4;
    QTest::newRow("memberOf from the task definition")
        << none << QStringList{"attribute:ecs.availability-zone in [us-east-1b, us-east-1c]"}
        << 4 << QStringList{"i-2", "i-4"} << 4;
    QTest::newRow("service and task definition both bind")
        << QStringList{"attribute:ecs.instance-type =~ m5.*"}
        << QStringList{"attribute:ecs.availability-zone in [us-east-1b, us-east-1c]"} << 3
        << QStringList{"i-2"} << 3;
    QTest::newRow("agentVersion") << QStringList{"agentVersion >= 1.60.0"} << none << 3
                                  << QStringList{"i-1", "i-3", "i-4"} << 3;
    QTest::newRow("custom attribute") << QStringList{"attribute:stack == blue"} << none << 2
                                      << QStringList{"i-1"} << 2;
    QTest::newRow("a missing attribute is not equal")
        << QStringList{"attribute:stack != blue"} << none << 3
        << QStringList{"i-2", "i-3", "i-4"} << 3;
    QTest::newRow("task:group sees running tasks")
        << QStringList{"not(task:group == service:db)"} << none << 3
        << QStringList{"i-2", "i-3", "i-4"} << 3;
    QTest::newRow("runningTasksCount sees tasks placed so far")
        << QStringList{"runningTasksCount == 0"} << none << 4
        << QStringList{"i-2", "i-3", "i-4"} << 3;
    QTest::newRow("nothing matches") << QStringList{"attribute:ecs.instance-type == c5.large"}
                                     << none << 2 << QStringList() << 0;
    QTest::newRow("distinctInstance and memberOf")
        << QStringList{"distinctInstance", "attribute:ecs.instance-type =~ m5.*"} << none << 3
        << QStringList{"i-2", "i-3"} << 2;
}

void tst_SchedulerConstraints::constraints()
{
    QFETCH(QStringList, serviceConstraints);
    QFETCH(QStringList, definitionConstraints);
    QFETCH(int, desired);
    QFETCH(QStringList, allowed);
    QFETCH(int, placed);

    QList<Model::PlacementConstraint> service;
    for (const QString &c : serviceConstraints)
        service << (c == "distinctInstance" ? Fixtures::distinctInstance()
                                            : Fixtures::memberOf(c));
    QJsonArray definition;
    for (const QString &c : definitionConstraints)
        definition.append(Fixtures::memberOf(c).toJson());
    const Model::TaskDefinition td = Fixtures::definition(
        "web", {Fixtures::container("app", 128, 256)}, QString(),
        {{"placementConstraints", definition}});
    const TaskRequirements r = Fixtures::requirements(
        td, {Fixtures::strategy("spread", "instanceId")}, service);
    QVERIFY(r.canBePlaced());
    QCOMPARE(r.memberOf.size(), serviceConstraints.size() + definitionConstraints.size()
                                    - (r.distinctInstance ? 1 : 0));

    ClusterState state = cluster();
    Placer placer(state, 7);
    int count = 0;
    for (int k = 0; k < desired; ++k) {
        const int instance = placer.place(r, QStringLiteral("web-%1").arg(k + 1));
        if (instance < 0) {
            const PlacementFailure f = Explanation::compute(state, r).failure("web");
            QCOMPARE(f.kind, Kind::Attribute);
            QVERIFY2(f.ecsMessage.endsWith("no container instance met all of its requirements. "
                                           "For more information, see the Troubleshooting "
                                           "section of the Amazon ECS Developer Guide."),
                     qPrintable(f.ecsMessage));
            continue;
        }
        ++count;
        QVERIFY2(allowed.contains(state.instance(instance).name),
                 qPrintable(state.instance(instance).name));
    }
    QCOMPARE(count, placed);
    if (r.distinctInstance) {
        for (int i = 0; i < state.instanceCount(); ++i)
            QVERIFY(state.groupCountOn(i, r.group) <= 1);
    }
}

void tst_SchedulerConstraints::invalidConstraints_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("does not parse") << "memberOf" << "attribute:ecs.instance-type ==" << "column";
    QTest::newRow("unbalanced") << "memberOf" << "(runningTasksCount == 1" << "does not parse";
    QTest::newRow("unknown type") << "sameZone" << "" << "sameZone";
}

void tst_SchedulerConstraints::invalidConstraints()
{
    QFETCH(QString, type);
    QFETCH(QString, expression);
    QFETCH(QString, mentions);

    const TaskRequirements r = Fixtures::requirements(Fixtures::simple("web", 0, 64), {},
                                                      {{type, expression}});
    QVERIFY(!r.canBePlaced());
    QVERIFY2(r.errors.first().contains(mentions), qPrintable(r.errors.first()));
    ClusterState state = cluster();
    Placer placer(state);
    QCOMPARE(placer.choose(r), -1);
}

void tst_SchedulerConstraints::explanationShowsSubExpressions()
{
    const TaskRequirements r = Fixtures::requirements(
        Fixtures::simple("web", 0, 64), {},
        {Fixtures::memberOf("attribute:ecs.instance-type =~ m5.* and not(task:group == "
                            "service:db)"),
         Fixtures::distinctInstance()});
    ClusterState state = cluster();
    const Explanation e = Explanation::compute(state, r);
    QCOMPARE(e.verdicts().size(), 4);
    const InstanceVerdict &first = e.verdicts().at(0); // t3.medium running db
    QStringList rows;
    for (const RuleCheck &c : first.checks) {
        if (c.rule == RuleCheck::Rule::MemberOf)
            rows << QStringLiteral("%1%2=%3").arg(QString(c.depth, u'>'), c.name,
                                                  c.passed ? "1" : "0");
    }
    QCOMPARE(rows, (QStringList{
                       "memberOf(attribute:ecs.instance-type =~ m5.* and not(task:group == "
                       "service:db))=0",
                       ">attribute:ecs.instance-type =~ m5.*=0",
                       ">not(task:group == service:db)=0",
                       ">>task:group == service:db=1"}));
    QCOMPARE(first.failures(), 1); // the sub-expressions inform, only the whole decides
    QVERIFY(e.verdicts().at(1).passed());  // i-2: m5, no db
    QVERIFY(e.verdicts().at(2).passed());  // i-3
    QVERIFY(!e.verdicts().at(3).passed()); // i-4: t3
    QCOMPARE(e.ranking().size(), 2);
}

QTEST_GUILESS_MAIN(tst_SchedulerConstraints)
#include "tst_schedulerconstraints.moc"
