// Failure texts: ECS's service event for each reason, the closest matching instance, and
// Berth's fuller reason; the explanation table and the strategy ranking.

#include "tst_schedulerfixtures.h"

#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using Model::PlacementConstraint;

class tst_SchedulerExplanation : public QObject
{
    Q_OBJECT

private slots:
    void failureText_data();
    void failureText();
    void rankingFollowsStrategies();
    void tableText();
};

namespace {
const QString kHead = QStringLiteral("(service web) was unable to place a task because no "
                                     "container instance met all of its requirements.");
const QString kMore = QStringLiteral(" For more information, see the Troubleshooting section of "
                                     "the Amazon ECS Developer Guide.");
// ECS names the closest instance by its container instance id, in parentheses.
QString closestText(const char *instance)
{
    return QStringLiteral(" The closest matching (container-instance %1) ")
        .arg(Model::ContainerInstance::containerInstanceId(QStringLiteral("main"),
                                                           QLatin1String(instance)));
}
}

void tst_SchedulerExplanation::failureText_data()
{
    QTest::addColumn<QStringList>("instances"); // "name:cpu:memory[:DRAINING]"
    QTest::addColumn<QList<QJsonObject>>("running");
    QTest::addColumn<QJsonObject>("probe");
    QTest::addColumn<QList<PlacementConstraint>>("constraints");
    QTest::addColumn<QString>("ecsMessage");
    QTest::addColumn<QString>("closest");
    QTest::addColumn<QStringList>("reasonMentions");

    using Fixtures::simple;
    const QList<QJsonObject> none;
    const QList<PlacementConstraint> free;

    QTest::newRow("no instances")
        << QStringList() << none << simple("web", 0, 64).json() << free
        << kHead + " Reason: No Container Instances were found in your cluster." + kMore << ""
        << QStringList{"has no container instances"};
    QTest::newRow("all DRAINING")
        << QStringList{"i-1:1024:1024:DRAINING", "i-2:1024:1024:DRAINING"} << none
        << simple("web", 0, 64).json() << free
        << kHead + " Reason: No Container Instances were found in your cluster." + kMore << ""
        << QStringList{"DRAINING"};
    QTest::newRow("CPU, closest has the most")
        << QStringList{"i-1:256:4096", "i-2:512:4096"} << none << simple("web", 1024, 64).json()
        << free << kHead + closestText("i-2") + "has insufficient CPU units available." + kMore
        << "i-2"
        << QStringList{"not enough CPU units on 2 (the most free is 512)", "1024 CPU units"};
    QTest::newRow("memory")
        << QStringList{"i-1:4096:512"} << none << simple("web", 0, 1024).json() << free
        << kHead + closestText("i-1") + "has insufficient memory available." + kMore << "i-1"
        << QStringList{"not enough memory on 1", "512 of 512 MiB free, needs 1024"};
    QTest::newRow("fewest failures wins")
        << QStringList{"i-1:128:128", "i-2:4096:128"} << none << simple("web", 1024, 1024).json()
        << free << kHead + closestText("i-2") + "has insufficient memory available." + kMore << "i-2"
        << QStringList{"not enough CPU units on 1", "not enough memory on 2"};
    QTest::newRow("port in use")
        << QStringList{"i-1:4096:4096"}
        << QList<QJsonObject>{simple("web", 0, 64, {{80, 80}}).json()}
        << simple("web", 0, 64, {{80, 80}}).json() << free
        << kHead + closestText("i-1") + "is already using a port required by your task." + kMore
        << "i-1" << QStringList{"port 80/tcp is taken on 1", "held by task running-1"};
    QList<Fixtures::Port> many;
    for (int p = 0; p < 95; ++p)
        many.append({10000 + p, 10000 + p});
    QTest::newRow("reserved port limit")
        << QStringList{"i-1:4096:4096"} << none << simple("web", 0, 64, many).json() << free
        << kHead + closestText("i-1") + "encountered error \"RESOURCE:PORTS\"." + kMore << "i-1"
        << QStringList{"more than 100 reserved ports on 1"};
    QTest::newRow("no free ENI")
        << QStringList{"i-1:4096:4096"}
        << QList<QJsonObject>{simple("a", 0, 64, {}, "awsvpc").json(),
                              simple("b", 0, 64, {}, "awsvpc").json()}
        << simple("web", 0, 64, {}, "awsvpc").json() << free
        << kHead + closestText("i-1") + "encountered error \"RESOURCE:ENI\"." + kMore << "i-1"
        << QStringList{"no free ENI on 1", "2 of 2 in use", "an ENI (awsvpc)"};
    QTest::newRow("memberOf")
        << QStringList{"i-1:4096:4096"} << none << simple("web", 0, 64).json()
        << QList<PlacementConstraint>{Fixtures::memberOf("attribute:ecs.instance-type == "
                                                         "m5.large")}
        << kHead + kMore
        << "i-1" << QStringList{"memberOf(attribute:ecs.instance-type == m5.large) is false on 1"};
    QTest::newRow("distinctInstance")
        << QStringList{"i-1:4096:4096"}
        << QList<QJsonObject>{simple("web", 0, 64).json()} << simple("web", 0, 64).json()
        << QList<PlacementConstraint>{Fixtures::distinctInstance()}
        << kHead + kMore
        << "i-1" << QStringList{"a task of service:svc already runs on 1 (distinctInstance)"};
}

void tst_SchedulerExplanation::failureText()
{
    QFETCH(QStringList, instances);
    QFETCH(QList<QJsonObject>, running);
    QFETCH(QJsonObject, probe);
    QFETCH(QList<PlacementConstraint>, constraints);
    QFETCH(QString, ecsMessage);
    QFETCH(QString, closest);
    QFETCH(QStringList, reasonMentions);

    QList<Model::ContainerInstance> list;
    for (const QString &spec : instances) {
        const QStringList f = spec.split(u':');
        list << Fixtures::instance(f[0], f[1].toInt(), f[2].toInt());
        if (f.size() > 3)
            list.last().status = Model::ContainerInstance::Status::Draining;
    }
    ClusterState state = Fixtures::state(list);
    for (int k = 0; k < running.size(); ++k) {
        QVERIFY(state.addTask(QStringLiteral("running-%1").arg(k + 1),
                              Fixtures::requirements(Model::TaskDefinition(running.at(k)), {},
                                                     constraints),
                              0));
    }
    const TaskRequirements r = Fixtures::requirements(Model::TaskDefinition(probe), {},
                                                      constraints);
    Placer placer(state);
    QCOMPARE(placer.choose(r), -1);
    const PlacementFailure f = Explanation::compute(state, r).failure("web");
    QCOMPARE(f.ecsMessage, ecsMessage);
    QCOMPARE(f.closestInstance, closest);
    for (const QString &mention : reasonMentions)
        QVERIFY2(f.reason.contains(mention), qPrintable(f.reason));
}

void tst_SchedulerExplanation::rankingFollowsStrategies()
{
    ClusterState state = Fixtures::state({Fixtures::instance("a", 4096, 3000, "z1"),
                                          Fixtures::instance("b", 4096, 1000, "z1"),
                                          Fixtures::instance("c", 4096, 2000, "z2"),
                                          Fixtures::instance("d", 256, 8000, "z2")});
    const TaskRequirements r = Fixtures::requirements(
        Fixtures::simple("t", 512, 500),
        {{"spread", "attribute:ecs.availability-zone"}, {"binpack", "memory"}});
    QVERIFY(state.addTask("t-0", r, 1)); // b now holds one task in z1, 500 MiB left
    const Explanation e = Explanation::compute(state, r);
    QStringList order;
    for (const RankedInstance &ri : e.ranking())
        order << ri.name;
    QCOMPARE(order, (QStringList{"c", "b", "a"})); // d lacks CPU
    QCOMPARE(e.ranking().first().keyTexts,
             (QStringList{"0 task(s) of the group in z2", "2000 MiB left"}));
    Placer placer(state);
    QCOMPARE(placer.choose(r), 2);
}

void tst_SchedulerExplanation::tableText()
{
    ClusterState state = Fixtures::state({Fixtures::instance("i-1", 1024, 1024)});
    QVERIFY(state.addTask("web-1", Fixtures::requirements(Fixtures::simple("w", 0, 64,
                                                                           {{80, 80}})),
                          0));
    const TaskRequirements r = Fixtures::requirements(
        Fixtures::simple("w", 2048, 64, {{80, 80}, {443, 443}}), {},
        {Fixtures::memberOf("runningTasksCount == 0 or attribute:x exists")});
    const QString text = Explanation::compute(state, r).toText();
    QVERIFY2(text.startsWith("i-1: fails\n"), qPrintable(text));
    for (const char *line : {"  ok  status: ACTIVE\n", "  NO  CPU: 1024 of 1024 units free, "
                             "needs 2048\n",
                             "  NO  port 80/tcp: held by task web-1\n",
                             "  ok  port 443/tcp: free\n",
                             "  NO  memberOf(runningTasksCount == 0 or attribute:x exists): "
                             "false (service)\n",
                             "    NO  runningTasksCount == 0: false\n"}) {
        QVERIFY2(text.contains(QLatin1String(line)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_SchedulerExplanation)
#include "tst_schedulerexplanation.moc"
