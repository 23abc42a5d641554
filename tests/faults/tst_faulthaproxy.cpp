// HAProxy killed with SIGKILL (master and workers) in the middle of a run, while a client sends
// a request every 20 ms through the load balancer: Berth starts it again within 2 s on the
// same listener with the same targets, and the requests fail only during the gap. Prints how
// long the gap was and how many requests failed in it.
#include "tests/faults/faultsupport.h"

#include "engine/lb/haproxyprocess.h"
#include "engine/runtime/enginehost.h"

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Berth;
using namespace FaultSupport;

namespace {

constexpr int kPort = 18482;

/// The HAProxy processes under this process: the master (our child) and its workers.
QList<qint64> haproxyProcesses()
{
    QList<qint64> found;
    QList<qint64> parents{QCoreApplication::applicationPid()};
    while (!parents.isEmpty()) {
        const qint64 parent = parents.takeFirst();
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(parent));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks.filePath(tid + QStringLiteral("/children")));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &pid : children.readAll().split(' ')) {
                if (pid.trimmed().isEmpty())
                    continue;
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid.trimmed().toLongLong()));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "haproxy") {
                    found << pid.trimmed().toLongLong();
                    parents << pid.trimmed().toLongLong();
                }
            }
        }
    }
    return found;
}

struct Reply
{
    qint64 at = 0; ///< ms since the client started
    bool ok = false;
    QString task;
};

/// Sends GET / every 20 ms until stopped; keeps every reply.
class Client
{
public:
    Client()
    {
        m_clock.start();
        m_thread = std::thread([this] {
            while (!m_stop) {
                Reply r;
                r.at = m_clock.elapsed();
                QTcpSocket socket;
                socket.connectToHost(QStringLiteral("127.79.0.1"), kPort);
                if (socket.waitForConnected(500)) {
                    socket.write("GET / HTTP/1.0\r\nHost: lb\r\n\r\n");
                    QByteArray reply;
                    while (socket.waitForReadyRead(1000))
                        reply += socket.readAll();
                    r.ok = reply.startsWith("HTTP/1.0 200") || reply.startsWith("HTTP/1.1 200");
                    r.task = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4))
                                 .object()
                                 .value("task")
                                 .toString();
                }
                {
                    std::lock_guard lock(m_mutex);
                    m_replies << r;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    ~Client()
    {
        m_stop = true;
        m_thread.join();
    }
    qint64 now() const { return m_clock.elapsed(); }
    QList<Reply> replies() const
    {
        std::lock_guard lock(m_mutex);
        return m_replies;
    }
    /// The last \a n replies all succeeded.
    bool lastOk(int n) const
    {
        const QList<Reply> all = replies();
        if (all.size() < n)
            return false;
        return std::all_of(all.end() - n, all.end(), [](const Reply &r) { return r.ok; });
    }

private:
    QElapsedTimer m_clock;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QList<Reply> m_replies;
    std::thread m_thread;
};

Model::ProjectData balancedProject(const QString &name)
{
    Model::ProjectData p = serviceProject(name, 2, 2);
    Model::TargetGroup tg;
    tg.name = QStringLiteral("web-tg");
    tg.port = 8080;
    tg.healthCheck.path = QStringLiteral("/health");
    tg.healthCheck.intervalSeconds = 1;
    tg.healthCheck.timeoutSeconds = 1;
    tg.healthCheck.healthyThreshold = 2;
    tg.healthCheck.unhealthyThreshold = 2;
    p.targetGroups << tg;
    Model::LoadBalancer lb;
    lb.name = QStringLiteral("front");
    Model::Listener l;
    l.port = kPort;
    l.defaultTargetGroup = tg.name;
    lb.listeners << l;
    p.loadBalancers << lb;
    p.services[0].healthCheckGracePeriodSeconds = 0;
    p.services[0].loadBalancers << Model::ServiceLoadBalancer{tg.name, "web", 8080};
    return p;
}

} // namespace

class tst_FaultHaproxy : public QObject
{
    Q_OBJECT

private:
    Engine::Docker::DockerClient m_docker;
    const QString m_project = QStringLiteral("fault-haproxy");

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_FAULT_NEEDS_DOCKER(m_docker, m_project);
        if (Engine::HaproxyProcess::findExecutable().isEmpty())
            BERTH_SKIP_OR_FAIL("HAProxy is not installed (Debian package haproxy)");
    }

    void cleanupTestCase() { Engine::Engine::removeProjectResources(m_docker, m_project, nullptr); }

    void killedHaproxyComesBackWithTheSameTargets()
    {
        Engine::EngineHost host;
        QStringList notices;
        connect(&host, &Engine::EngineHost::notice, this,
                [&](const QString &n) { notices << n; });
        host.start(balancedProject(m_project));
        Client client;
        QTRY_VERIFY_WITH_TIMEOUT(client.lastOk(25), 90000);
        QSet<QString> before;
        for (const Reply &r : client.replies())
            before.insert(r.task);
        before.remove(QString());
        QCOMPARE(before.size(), 2);

        const QList<qint64> killed = haproxyProcesses();
        QVERIFY2(killed.size() >= 2, "HAProxy's master and worker");
        const qint64 killedAt = client.now();
        for (qint64 pid : killed)
            ::kill(pid_t(pid), SIGKILL);

        // Restarted: a new HAProxy master under this process.
        qint64 restartedAt = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qint64 pid : haproxyProcesses()) {
                    if (!killed.contains(pid)) {
                        restartedAt = client.now();
                        return true;
                    }
                }
                return false;
            }(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(client.lastOk(25), 20000);
        int failed = 0;
        qint64 firstOk = -1;
        QSet<QString> after;
        for (const Reply &r : client.replies()) {
            if (r.at < killedAt - 40)
                continue;
            failed += !r.ok;
            if (r.ok && firstOk < 0 && r.at > killedAt)
                firstOk = r.at;
            if (r.ok && r.at > killedAt)
                after.insert(r.task);
        }
        qInfo("HAProxy restarted %lld ms after the kill, requests served again after %lld ms; "
              "%d requests failed",
              restartedAt - killedAt, firstOk - killedAt, failed);
        QVERIFY2(restartedAt - killedAt <= 2000, qPrintable(QString::number(restartedAt - killedAt)));
        QVERIFY(firstOk - killedAt <= 3000);
        // The same listener and the same two targets, and no task was replaced for it.
        QCOMPARE(after, before);
        QVERIFY2(notices.join(u'\n').contains("HAProxy exited"), qPrintable(notices.join(u'\n')));
        QVERIFY2(notices.join(u'\n').contains("restarted"), qPrintable(notices.join(u'\n')));

        QVERIFY(stopAll(host, 60000));
        QTRY_VERIFY_WITH_TIMEOUT(haproxyProcesses().isEmpty(), 10000);
        QCOMPARE(lookAt(m_docker, m_project).networks, 0);
    }
};

QTEST_GUILESS_MAIN(tst_FaultHaproxy)
#include "tst_faulthaproxy.moc"
