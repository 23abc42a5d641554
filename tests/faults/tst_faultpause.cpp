// A container's process frozen (`docker pause`) while its container health check runs: the
// check fails (the probe cannot run in a frozen container), and the service replaces the task
// with ECS's reason and event, as ECS does with a hung process. The frozen container is gone
// afterwards, not left paused.
#include "tests/faults/faultsupport.h"

#include "engine/runtime/enginehost.h"

#include <QSignalSpy>

using namespace Berth;
using namespace FaultSupport;

class tst_FaultPause : public QObject
{
    Q_OBJECT

private:
    Engine::Docker::DockerClient m_docker;
    const QString m_project = QStringLiteral("fault-pause");

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_FAULT_NEEDS_DOCKER(m_docker, m_project);
    }

    void cleanupTestCase() { Engine::Engine::removeProjectResources(m_docker, m_project, nullptr); }

    void frozenContainerIsReplaced()
    {
        Model::ProjectData p = serviceProject(m_project, 1, 1);
        // ECS's shortest health check: every 5 s, 2 s to answer, one retry.
        const QJsonObject check{
            {"command", QJsonArray{"CMD", "/demo", "--check", "http://127.0.0.1:8080/health"}},
            {"interval", 5},
            {"timeout", 2},
            {"retries", 1}};
        p.taskDefinitions.clear();
        p.registerTaskDefinition(webDefinition("1", {{"healthCheck", check}}));
        Engine::EngineHost host;
        host.start(p);
        auto healthy = [&]() -> QString {
            for (const Engine::Task &t : host.lastSnapshot().tasks) {
                if (t.isActive() && t.lastStatus == Engine::TaskStatus::Running
                    && t.health == QLatin1String("HEALTHY"))
                    return t.id;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!healthy().isEmpty(), 60000);
        if (healthy().isEmpty()) {
            for (const Engine::Task &t : host.lastSnapshot().tasks)
                qWarning() << t.id << t.stoppedReason << t.health;
        }
        const QString frozen = healthy();
        QString container;
        for (const Engine::Task &t : host.lastSnapshot().tasks) {
            if (t.id == frozen)
                container = t.containers.value(0).dockerId;
        }
        QVERIFY(!container.isEmpty());
        QProcess pause;
        pause.start(QStringLiteral("docker"), {"pause", container});
        QVERIFY(pause.waitForFinished(30000));
        QCOMPARE(pause.exitCode(), 0);
        QElapsedTimer clock;
        clock.start();

        auto stoppedTask = [&]() -> const Engine::Task * {
            for (const Engine::Task &t : host.lastSnapshot().tasks) {
                if (t.id == frozen && t.isStopped())
                    return &t;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stoppedTask(), 60000);
        const qint64 stoppedAfter = clock.elapsed();
        QCOMPARE(stoppedTask()->stoppedReason, QStringLiteral("Task failed container health "
                                                              "checks"));
        bool event = false;
        for (const Engine::ServiceEvent &e : host.lastSnapshot().events)
            event = event || e.message == QStringLiteral("(service web) (task %1) failed "
                                                         "container health checks.")
                                              .arg(frozen);
        QVERIFY(event);
        QTRY_VERIFY_WITH_TIMEOUT(!healthy().isEmpty() && healthy() != frozen, 60000);
        const qint64 replacedAfter = clock.elapsed();
        qInfo("frozen task stopped %lld ms after the pause, a healthy replacement after %lld ms",
              stoppedAfter, replacedAfter);
        // The frozen container does not linger paused.
        const auto inspected = m_docker.inspectContainer(container);
        QVERIFY(!inspected.ok()
                || inspected.value().value("State").toObject().value("Status").toString()
                       != QLatin1String("paused"));
        QCOMPARE(lookAt(m_docker, m_project).running, 1);

        QVERIFY(stopAll(host, 60000));
        QCOMPARE(lookAt(m_docker, m_project).containers, 0);
    }
};

QTEST_GUILESS_MAIN(tst_FaultPause)
#include "tst_faultpause.moc"
