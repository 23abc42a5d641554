// `berth run --headless` killed with SIGKILL in the middle of rolling deployments, ten times in a
// row at seeded random moments, and started again each time: the run adopts what the earlier
// one left, the deployment completes, the daemon never holds more running tasks than
// maximumPercent allows, the events go on, and at the end nothing of the project is left.
// The seed is BERTH_FAULT_SEED (default 22); the test prints it.
#include "tests/faults/faultsupport.h"

#include "engine/runtime/deployment.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

using namespace Berth;
using namespace FaultSupport;

class tst_FaultKill : public QObject
{
    Q_OBJECT

private:
    Engine::Docker::DockerClient m_docker;
    const QString m_project = QStringLiteral("fault-kill");

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_FAULT_NEEDS_DOCKER(m_docker, m_project);
    }

    void cleanupTestCase() { Engine::Engine::removeProjectResources(m_docker, m_project, nullptr); }

    void killedTenTimesDuringDeployments()
    {
        const quint32 seed = faultSeed();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        const QString file = dir.filePath(m_project + QStringLiteral(".berth"));
        Model::ProjectData p = serviceProject(m_project, 2, 2);
        p.services[0].deploymentConfiguration.minimumHealthyPercent = 100;
        p.services[0].deploymentConfiguration.maximumPercent = 200;
        const int limit = Engine::Deployment::maximumTasks(2, 200);
        QVERIFY(Model::ProjectFile::save(p, file));

        // The daemon seen from outside, every 100 ms, alive or killed.
        int mostRunning = 0, mostNetworks = 0, looks = 0;
        QTimer watch;
        watch.setInterval(100);
        connect(&watch, &QTimer::timeout, this, [&] {
            const DaemonView v = lookAt(m_docker, m_project);
            if (!v.ok)
                return;
            ++looks;
            mostRunning = qMax(mostRunning, v.runningTasks.size());
            mostNetworks = qMax(mostNetworks, v.networks);
        });
        watch.start();

        BerthRun run({}, labEnvironment());
        QVERIFY(run.start(file));
        QTRY_VERIFY_WITH_TIMEOUT(run.current().contains("deployment completed."), 60000);

        QString revision = QStringLiteral("web:1");
        for (int round = 0; round < 10; ++round) {
            if (round % 2 == 0) {
                // A new deployment, picked up by the run through the file.
                revision = revision == QLatin1String("web:1") ? QStringLiteral("web:2")
                                                              : QStringLiteral("web:1");
                p.services[0].taskDefinition = revision;
                QVERIFY(Model::ProjectFile::save(p, file));
            }
            const int delay = 300 + int(random.bounded(3700));
            QTest::qWait(delay);
            qInfo("round %d: SIGKILL %d ms into %s", round + 1, delay, qPrintable(revision));
            QVERIFY(run.isRunning());
            run.kill9();
            QVERIFY(run.start(file));
        }
        // The last start finishes the deployment: the daemon holds the two tasks of the last
        // revision and nothing else, and the run says so.
        auto settled = [&] {
            const DaemonView v = lookAt(m_docker, m_project);
            return v.running == 2 && v.runningByTd.value(revision) == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 90000);
        QTRY_VERIFY_WITH_TIMEOUT(run.current().contains("(service web) has reached a steady "
                                                        "state.")
                                     || run.current().contains("deployment completed."),
                                 60000);
        QTest::qWait(2000);
        QVERIFY(settled());
        // Every start took back what the one before left: nothing was disowned.
        QVERIFY2(!run.output().contains("do not belong to this design"), run.output().constData());
        watch.stop();
        qInfo("%d looks at the daemon; at most %d running tasks (limit %d), %d networks", looks,
              mostRunning, limit, mostNetworks);
        QVERIFY(looks > 50);
        QVERIFY2(mostRunning <= limit,
                 qPrintable(QStringLiteral("%1 running tasks at once").arg(mostRunning)));

        // SIGTERM: the run stops its tasks and removes every container and network it made.
        QVERIFY(run.terminate(60000));
        QCOMPARE(run.exitCode(), 0);
        const DaemonView after = lookAt(m_docker, m_project);
        QVERIFY(after.ok);
        QCOMPARE(after.containers, 0);
        QCOMPARE(after.networks, 0);
    }
};

QTEST_GUILESS_MAIN(tst_FaultKill)
#include "tst_faultkill.moc"
