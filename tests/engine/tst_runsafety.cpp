// What a run must be confirmed for beyond the design's own review: a mount of the Docker
// daemon's socket and a daemon reached over plain TCP.
#include "engine/safety/runsafety.h"

#include <QJsonArray>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

TaskDefinition taskMounting(const QStringList &hostPaths)
{
    QJsonArray volumes;
    for (const QString &path : hostPaths)
        volumes.append(QJsonObject{{"name", QStringLiteral("v%1").arg(volumes.size())},
                                   {"host", QJsonObject{{"sourcePath", path}}}});
    const QJsonObject c{{"name", "app"}, {"image", "berth/demo:1"}, {"memory", 64},
                        {"essential", true}};
    return TaskDefinition(QJsonObject{
        {"family", "t"}, {"containerDefinitions", QJsonArray{c}}, {"volumes", volumes}});
}

QProcessEnvironment plainTcp()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.0.0.5:2375"));
    return env;
}

} // namespace

class tst_RunSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostMount_data()
    {
        QTest::addColumn<QString>("hostPath");
        QTest::addColumn<QString>("allows");
        QTest::newRow("default socket") << "/var/run/docker.sock"
                                        << "controlling the Docker daemon";
        QTest::newRow("run socket") << "/run//docker.sock" << "controlling the Docker daemon";
        QTest::newRow("rootless socket") << "/run/user/1000/docker.sock"
                                         << "controlling the Docker daemon";
        QTest::newRow("other mount") << "/srv/data/" << "reading and writing /srv/data";
        QTest::newRow("root") << "/" << "every file of the host";
    }

    void hostMount()
    {
        QFETCH(QString, hostPath);
        QFETCH(QString, allows);
        const TaskDefinition td = taskMounting({hostPath});
        const QList<SafetyFinding> found = RunSafety::ofTaskDefinition(td);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rule, QStringLiteral("safety.host-mount"));
        QCOMPARE(found.first().path, QStringLiteral("$.volumes[0].host.sourcePath"));
        QVERIFY2(found.first().allows.contains(allows), qPrintable(found.first().allows));
        // Everything else is the design's own review.
        const QList<SafetyFinding> design = SafetyReview::ofTaskDefinition(td);
        QCOMPARE(design.size(), 1);
        QCOMPARE(found.first().what, design.first().what);
    }

    void onlyTheSocketMountIsRaised()
    {
        const TaskDefinition td = taskMounting({"/srv/data", "/var/run/docker.sock"});
        const QList<SafetyFinding> found = RunSafety::ofTaskDefinition(td);
        QCOMPARE(found.size(), 2);
        QVERIFY(!found.at(0).allows.contains(QLatin1String("Docker")));
        QCOMPARE(found.at(1).path, QStringLiteral("$.volumes[1].host.sourcePath"));
        QVERIFY(found.at(1).allows.contains(QLatin1String("root on the host")));
    }

    void projectPathsNameTheDefinition()
    {
        ProjectData p;
        p.taskDefinitions << taskMounting({}) << taskMounting({"/var/run/docker.sock"});
        const QList<SafetyFinding> found = RunSafety::ofProject(p);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().path,
                 QStringLiteral("$.taskDefinitions[1].definition.volumes[0].host.sourcePath"));
        QVERIFY(found.first().allows.contains(QLatin1String("controlling the Docker daemon")));
    }

    void dockerHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tlsVerify");
        QTest::addColumn<bool>("unsafe");
        QTest::newRow("default socket") << "" << "" << false;
        QTest::newRow("unix") << "unix:///run/docker.sock" << "" << false;
        QTest::newRow("tcp plain") << "tcp://10.0.0.5:2375" << "" << true;
        QTest::newRow("http plain") << "http://10.0.0.5:2375" << "" << true;
        QTest::newRow("tcp tls") << "tcp://10.0.0.5:2376" << "1" << false;
        QTest::newRow("https") << "https://10.0.0.5:2376" << "" << false;
    }

    void dockerHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, tlsVerify);
        QFETCH(bool, unsafe);
        QProcessEnvironment env;
        if (!host.isEmpty())
            env.insert(QStringLiteral("DOCKER_HOST"), host);
        if (!tlsVerify.isEmpty())
            env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), tlsVerify);
        const QList<SafetyFinding> found = RunSafety::ofDockerHost(env);
        QCOMPARE(found.size(), unsafe ? 1 : 0);
        if (unsafe) {
            QCOMPARE(found.first().rule, QStringLiteral("safety.docker-tcp"));
            QVERIFY(found.first().what.contains(host));
            QVERIFY(RunSafety::review(ProjectData(), env).size() == 1);
        }
    }

    void reviewPutsTheDaemonWhereTheCallersShowIt()
    {
        ProjectData p;
        p.taskDefinitions << taskMounting({"/var/run/docker.sock"});
        const QList<SafetyFinding> run = RunSafety::review(p, plainTcp());
        QCOMPARE(run.size(), 2);
        QCOMPARE(run.first().rule, QStringLiteral("safety.docker-tcp"));
        QCOMPARE(run.last().rule, QStringLiteral("safety.host-mount"));

        const QList<SafetyFinding> task = RunSafety::review(p.taskDefinitions.first(), plainTcp());
        QCOMPARE(task.size(), 2);
        QCOMPARE(task.first().rule, QStringLiteral("safety.host-mount"));
        QCOMPARE(task.first().path, QStringLiteral("$.volumes[0].host.sourcePath"));
        QCOMPARE(task.last().rule, QStringLiteral("safety.docker-tcp"));
    }
};

QTEST_GUILESS_MAIN(tst_RunSafety)
#include "tst_runsafety.moc"
