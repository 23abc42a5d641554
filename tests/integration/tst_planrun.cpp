// The plan and the run agree: the sample and four placement scenarios (binpack, spread over
// AZs, distinctInstance, memberOf) are planned, then run for real on Docker, and every task
// the run placed is on an instance the plan allowed for its service, as many as planned.
#include "engine/docker/dockerclient.h"
#include "engine/runtime/engine.h"
#include "engine/runtime/enginehost.h"
#include "engine/scheduler/planner.h"
#include "model/projectfile.h"
#include "tests/skiporfail.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

using Key = QPair<QString, QString>; // cluster, instance

QJsonObject smallTask(const QString &family)
{
    const QJsonObject container{{"name", "app"},         {"image", "berth/demo:1"},
                                {"cpu", 256},            {"memory", 64},
                                {"essential", true}};
    return QJsonObject{{"family", family}, {"containerDefinitions", QJsonArray{container}}};
}

/// One cluster per scenario, so that one run covers them all.
ProjectData scenarios()
{
    ProjectData p;
    p.name = QStringLiteral("planrun");
    const auto cluster = [&](const char *name, const QList<ContainerInstance> &instances) {
        Cluster c;
        c.name = QString::fromLatin1(name);
        c.instances = instances;
        p.clusters << c;
    };
    const auto service = [&](const char *name, const char *clusterName, int count) -> Service & {
        p.registerTaskDefinition(smallTask(QString::fromLatin1(name)));
        Service s;
        s.name = QString::fromLatin1(name);
        s.cluster = QString::fromLatin1(clusterName);
        s.taskDefinition = s.name;
        s.desiredCount = count;
        p.services << s;
        return p.services.last();
    };
    cluster("binpack", {ContainerInstance::ofType("b1", "t3.small", "us-east-1a"),
                        ContainerInstance::ofType("b2", "t3.small", "us-east-1a"),
                        ContainerInstance::ofType("b3", "t3.small", "us-east-1b")});
    service("packed", "binpack", 3).placementStrategy = {{"binpack", "memory"}};
    cluster("spread", {ContainerInstance::ofType("s1", "t3.small", "us-east-1a"),
                       ContainerInstance::ofType("s2", "t3.small", "us-east-1a"),
                       ContainerInstance::ofType("s3", "t3.small", "us-east-1b"),
                       ContainerInstance::ofType("s4", "t3.small", "us-east-1c")});
    service("spreaded", "spread", 4).placementStrategy = {
        {"spread", "attribute:ecs.availability-zone"}};
    cluster("distinct", {ContainerInstance::ofType("d1", "t3.small", "us-east-1a"),
                         ContainerInstance::ofType("d2", "t3.small", "us-east-1a"),
                         ContainerInstance::ofType("d3", "t3.small", "us-east-1b")});
    // Four tasks, three instances: the fourth cannot be placed, in the plan as in the run.
    service("distinct", "distinct", 4).placementConstraints = {{"distinctInstance", {}}};
    cluster("member", {ContainerInstance::ofType("m1", "t3.small", "us-east-1a"),
                       ContainerInstance::ofType("m2", "t3.medium", "us-east-1a"),
                       ContainerInstance::ofType("m3", "t3.small", "us-east-1b"),
                       ContainerInstance::ofType("m4", "t3.medium", "us-east-1b")});
    service("members", "member", 3).placementConstraints = {
        {"memberOf", "attribute:ecs.instance-type == t3.medium"}};
    return p;
}

struct Expectation
{
    QHash<QString, int> placed;           ///< service -> tasks the plan placed
    QHash<QString, QSet<Key>> allowed;    ///< service -> instances that passed every rule
    QHash<QString, QHash<Key, int>> plan; ///< service -> tasks per instance in the plan
};

/// The plan, and for each service the instances that passed every rule at some step of it.
Expectation expect(const ProjectData &project)
{
    Planner planner(project);
    const Plan plan = planner.plan();
    Expectation e;
    for (const ServicePlan &s : plan.services) {
        e.placed[s.name] = int(s.placed.size());
        for (int i = 0; i < s.placed.size(); ++i) {
            const Key key{s.cluster, s.placed.at(i).instance};
            e.allowed[s.name].insert(key);
            ++e.plan[s.name][key];
            const auto why = planner.explain(s.name, i);
            for (const RankedInstance &r : why ? why->ranking() : QList<RankedInstance>())
                e.allowed[s.name].insert({s.cluster, r.name});
        }
    }
    return e;
}

QHash<QString, QHash<Key, int>> running(const EngineHost &host)
{
    QHash<QString, QHash<Key, int>> out;
    for (const Task &t : host.lastSnapshot().tasks) {
        if (t.lastStatus == TaskStatus::Running && !t.service.isEmpty())
            ++out[t.service][{t.cluster, t.instance}];
    }
    return out;
}

int total(const QHash<Key, int> &counts)
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

} // namespace

class tst_PlanRun : public QObject
{
    Q_OBJECT

private:
    Docker::DockerClient m_docker;
    QStringList m_projects;

    /// Runs the project until every planned task runs; out: what each service runs.
    void runUntilPlaced(const ProjectData &project, const Expectation &e,
                        QHash<QString, QHash<Key, int>> *out)
    {
        m_projects << project.name;
        EngineHost host;
        host.start(project);
        const auto done = [&] {
            const auto now = running(host);
            for (auto it = e.placed.cbegin(); it != e.placed.cend(); ++it) {
                if (total(now.value(it.key())) != it.value())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(done(), 90000);
        // A little longer: a task the plan could not place must not appear in the run either.
        QTest::qWait(2000);
        *out = running(host);
        QSignalSpy stopped(&host, &EngineHost::allStopped);
        host.stopAll();
        stopped.wait(60000);
    }

    static void compare(const Expectation &e, const QHash<QString, QHash<Key, int>> &run)
    {
        for (auto it = e.placed.cbegin(); it != e.placed.cend(); ++it) {
            const QHash<Key, int> tasks = run.value(it.key());
            QCOMPARE(total(tasks), it.value());
            for (auto t = tasks.cbegin(); t != tasks.cend(); ++t)
                QVERIFY2(e.allowed.value(it.key()).contains(t.key()),
                         qPrintable(QStringLiteral("service %1 runs a task on %2/%3, which the "
                                                   "plan did not allow")
                                        .arg(it.key(), t.key().first, t.key().second)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto ping = m_docker.ping();
        if (!ping.ok()) {
            BERTH_SKIP_OR_FAIL(qPrintable("no Docker daemon: " + ping.error().message()));
        }
    }

    void cleanupTestCase()
    {
        for (const QString &p : m_projects)
            Engine::removeProjectResources(m_docker, p, nullptr);
    }

    void sample()
    {
        const QString source = qEnvironmentVariable("BERTH_SOURCE_DIR", BERTH_SOURCE_DIR);
        const ProjectFile::LoadResult loaded =
            ProjectFile::load(source + QStringLiteral("/resources/samples/web-api.berth"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        ProjectData p = *loaded.data;
        p.name = QStringLiteral("planrun-sample"); // its own containers, whoever else runs it
        const Expectation e = expect(p);
        QCOMPARE(e.placed.value(QStringLiteral("front")), 3);
        QCOMPARE(e.placed.value(QStringLiteral("api")), 4);
        QHash<QString, QHash<Key, int>> run;
        runUntilPlaced(p, e, &run);
        if (QTest::currentTestFailed())
            return;
        compare(e, run);
    }

    void scenarios()
    {
        const ProjectData p = ::scenarios();
        const Expectation e = expect(p);
        // The plan itself, as ECS would place these.
        QCOMPARE(e.plan.value("packed").size(), 1); // binpack fills one instance
        QCOMPARE(e.placed.value("distinct"), 3);    // one per instance, the fourth unplaced
        QCOMPARE(e.allowed.value("members"),
                 (QSet<Key>{{"member", "m2"}, {"member", "m4"}}));
        QHash<QString, QHash<Key, int>> run;
        runUntilPlaced(p, e, &run);
        if (QTest::currentTestFailed())
            return;
        compare(e, run);
        // What each strategy promises beyond the allowed set holds in the run too.
        QCOMPARE(run.value("packed").size(), 1);
        QCOMPARE(run.value("distinct").size(), 3);
        QHash<QString, int> perZone;
        for (auto it = run.value("spreaded").cbegin(); it != run.value("spreaded").cend(); ++it)
            perZone[it.key().second == QLatin1String("s3")   ? "b"
                    : it.key().second == QLatin1String("s4") ? "c"
                                                             : "a"] += it.value();
        // 4 tasks over 3 zones: 2, 1 and 1, whichever zone the tie gives the second.
        QVERIFY2(perZone.value("a") >= 1 && perZone.value("b") >= 1 && perZone.value("c") >= 1,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(perZone.value("a"))
                                .arg(perZone.value("b")).arg(perZone.value("c"))));
    }
};

QTEST_GUILESS_MAIN(tst_PlanRun)
#include "tst_planrun.moc"
