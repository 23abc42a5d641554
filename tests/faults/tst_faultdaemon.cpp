// The Docker daemon restarted under a run. The case starts a Docker daemon of its own (its own
// socket, data and exec roots, in a network namespace of its own), so the machine's daemon and
// whatever else runs on it never see the restart, and points Berth at it with DOCKER_HOST.
// The namespace is needed: a second daemon in the host's namespace shares its bridges and
// address pools, and dockerd, restarted with --default-address-pool, deletes the bridge named
// docker0, which is the machine daemon's. It stops that daemon in the middle of the run and starts it again: Berth says
// so within 2 s, reconnects, replaces the tasks that died with the daemon, and never runs more
// tasks than desired. Needs root and dockerd (under CI scripts/test.sh runs as root).
#include "tests/faults/faultsupport.h"

#include "engine/docker/demoimage.h"
#include "engine/runtime/enginehost.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>

#include <unistd.h>

using namespace Berth;
using namespace FaultSupport;

namespace {

const QString kRoot = QStringLiteral("/tmp/berth-faults-docker");
const QString kSocket = kRoot + QStringLiteral("/docker.sock");
const QString kNamespace = QStringLiteral("berth-faults");

int run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, arguments);
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class tst_FaultDaemon : public QObject
{
    Q_OBJECT

private:
    const QString m_project = QStringLiteral("fault-daemon");
    QProcess m_dockerd;
    std::unique_ptr<Engine::Docker::DockerClient> m_docker;

    bool startDaemon()
    {
        m_dockerd.setProcessChannelMode(QProcess::MergedChannels);
        m_dockerd.setStandardOutputFile(kRoot + QStringLiteral("/dockerd.log"), QIODevice::Append);
        // nsenter execs dockerd, so the process is the daemon itself; unlike `ip netns exec`
        // it leaves /sys (and the cgroup mounts under it) as they are.
        m_dockerd.start(QStringLiteral("nsenter"),
                        {"--net=/run/netns/" + kNamespace, "dockerd", "-H", "unix://" + kSocket,
                         "--data-root", kRoot + "/data", "--exec-root", kRoot + "/exec",
                         "--pidfile", kRoot + "/dockerd.pid"});
        if (!m_dockerd.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (m_docker->ping().ok())
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    void stopDaemon()
    {
        if (m_dockerd.state() == QProcess::NotRunning)
            return;
        m_dockerd.terminate();
        if (!m_dockerd.waitForFinished(30000)) {
            m_dockerd.kill();
            m_dockerd.waitForFinished(10000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            BERTH_SKIP_OR_FAIL("restarting a Docker daemon of its own needs root");
        if (QStandardPaths::findExecutable(QStringLiteral("dockerd")).isEmpty())
            BERTH_SKIP_OR_FAIL("dockerd is not installed (Debian package docker.io)");
        QDir().mkpath(kRoot);
        run("ip", {"netns", "del", kNamespace});
        QCOMPARE(run("ip", {"netns", "add", kNamespace}), 0);
        QCOMPARE(run("ip", {"netns", "exec", kNamespace, "ip", "link", "set", "lo", "up"}), 0);
        qputenv("DOCKER_HOST", "unix://" + kSocket.toUtf8());
        m_docker = std::make_unique<Engine::Docker::DockerClient>();
        QVERIFY2(startDaemon(), "a Docker daemon of the test's own did not answer; see "
                                "/tmp/berth-faults-docker/dockerd.log");
        const auto image = Engine::ensureDemoImage(*m_docker);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message()));
    }

    void cleanupTestCase()
    {
        if (m_docker && m_docker->ping().ok())
            Engine::Engine::removeProjectResources(*m_docker, m_project, nullptr);
        stopDaemon();
        run("ip", {"netns", "del", kNamespace});
    }

    void daemonRestartedUnderARun()
    {
        Engine::EngineHost host;
        QStringList notices;
        QElapsedTimer clock;
        clock.start();
        qint64 noticedAt = -1;
        connect(&host, &Engine::EngineHost::notice, this, [&](const QString &n) {
            notices << n;
            if (noticedAt < 0)
                noticedAt = clock.elapsed();
        });
        host.start(serviceProject(m_project, 1, 2));
        auto runningTasks = [&] { return lookAt(*m_docker, m_project).runningTasks; };
        QTRY_COMPARE_WITH_TIMEOUT(runningTasks().size(), 2, 60000);
        const QSet<QString> first = runningTasks();
        QTest::qWait(1500);
        QCOMPARE(notices, QStringList());

        // Stopping takes the daemon a while (it stops the containers first): the time counts
        // from the moment it is told to stop.
        const qint64 downAt = clock.elapsed();
        stopDaemon();
        QTRY_VERIFY_WITH_TIMEOUT(noticedAt >= 0, 10000);
        qInfo("Berth said the daemon was gone %lld ms after it stopped: %s", noticedAt - downAt,
              qPrintable(notices.join(u'\n')));
        QVERIFY2(noticedAt - downAt <= 2000, qPrintable(QString::number(noticedAt - downAt)));
        QTest::qWait(3000); // down for a while: Berth keeps trying without a crash

        QVERIFY(startDaemon());
        const qint64 upAt = clock.elapsed();
        int most = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this,
                [&] { most = qMax(most, int(runningTasks().size())); });
        watch.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(runningTasks().size() == 2 && !runningTasks().intersects(first),
                                 60000);
        const qint64 recoveredAt = clock.elapsed();
        QVERIFY2(notices.join(u'\n').contains("The Docker daemon answers again"),
                 qPrintable(notices.join(u'\n')));
        QTest::qWait(3000);
        watch.stop();
        qInfo("replacements running %lld ms after the daemon answered again; at most %d "
              "running tasks",
              recoveredAt - upAt, most);
        QCOMPARE(runningTasks().size(), 2);
        QVERIFY2(most <= 2, qPrintable(QString::number(most)));
        int replaced = 0;
        for (const Engine::Task &t : host.lastSnapshot().tasks)
            replaced += first.contains(t.id) && t.isStopped();
        QCOMPARE(replaced, 2);

        QVERIFY(stopAll(host, 60000));
        const DaemonView after = lookAt(*m_docker, m_project);
        QCOMPARE(after.containers, 0);
        QCOMPARE(after.networks, 0);
    }
};

QTEST_GUILESS_MAIN(tst_FaultDaemon)
#include "tst_faultdaemon.moc"
