// A run against a Docker daemon that answers garbage: a fake daemon on a Unix socket (one
// thread per connection, so a stream may stay open) that cuts the event stream in the middle
// of an event, answers lists with JSON cut short, creates nothing (500s), and then hangs on
// every request. The run does not crash, keeps publishing what it knows, says what is wrong,
// and stops when told to within a bounded time.
#include "tests/faults/faultsupport.h"

#include "engine/runtime/enginehost.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <atomic>
#include <mutex>
#include <thread>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Berth;
using namespace FaultSupport;

namespace {

enum class Mode { Garbage, Hang };

class GarbageDaemon
{
public:
    GarbageDaemon()
    {
        m_path = m_dir.filePath(QStringLiteral("docker.sock"));
        m_listen = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(m_path).constData(),
                 sizeof address.sun_path);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_listen, 64);
        m_acceptor = std::thread([this] { accept(); });
    }
    ~GarbageDaemon()
    {
        m_stop = true;
        m_acceptor.join();
        std::lock_guard lock(m_mutex);
        for (std::thread &t : m_connections)
            t.join();
        ::close(m_listen);
    }
    QString socketPath() const { return m_path; }
    void setMode(Mode mode) { m_mode = mode; }
    int requests() const { return m_requests; }

private:
    static bool readable(int fd, int ms)
    {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }
    void accept()
    {
        while (!m_stop) {
            if (!readable(m_listen, 50))
                continue;
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0)
                continue;
            std::lock_guard lock(m_mutex);
            m_connections.emplace_back([this, fd] {
                serve(fd);
                ::close(fd);
            });
        }
    }
    static void send(int fd, const QByteArray &data)
    {
        ::send(fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL);
    }
    static QByteArray reply(int status, const QByteArray &body, qsizetype length = -1)
    {
        return "HTTP/1.1 " + QByteArray::number(status)
               + " X\r\nContent-Type: application/json\r\nApi-Version: 1.41\r\nContent-Length: "
               + QByteArray::number(length < 0 ? body.size() : length)
               + "\r\nConnection: close\r\n\r\n" + body;
    }
    void serve(int fd)
    {
        QByteArray data;
        char buffer[8192];
        while (!m_stop && !data.contains("\r\n\r\n")) {
            if (!readable(fd, 50))
                continue;
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                return;
            data.append(buffer, got);
        }
        ++m_requests;
        const QByteArray target = data.left(data.indexOf('\r')).split(' ').value(1);
        if (m_mode == Mode::Hang) {
            while (!m_stop && !(readable(fd, 50) && ::recv(fd, buffer, 1, 0) <= 0)) {
            }
            return;
        }
        if (target.endsWith("/_ping")) {
            send(fd, reply(200, "OK"));
        } else if (target.endsWith("/version")) {
            send(fd, reply(200, R"({"Version":"20.10.24","ApiVersion":"1.41"})"));
        } else if (target.contains("/events")) {
            // A stream cut in the middle of an event.
            send(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                     "close\r\n\r\n{\"Type\":\"container\",\"Action\":\"die\",\"Actor\":{\"ID\":\"ab");
        } else if (target.contains("/containers/json") || target.contains("/networks")) {
            // A list cut short: the length promises more than comes.
            send(fd, reply(200, R"([{"Id":"0123","Labels":{"io.berth.project":)", 400));
        } else if (target.contains("/stats") || target.contains("/logs")) {
            send(fd, reply(200, "{\"read\":\"2026-", 300));
        } else {
            send(fd, reply(500, R"({"message":"injected failure: no space left on device"})"));
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_listen = -1;
    std::atomic<Mode> m_mode{Mode::Garbage};
    std::atomic<int> m_requests{0};
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_connections;
};

} // namespace

class tst_FaultGarbage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void garbageFromTheDaemon()
    {
        GarbageDaemon daemon;
        qputenv("DOCKER_HOST", "unix://" + daemon.socketPath().toUtf8());
        Engine::EngineHost host;
        QStringList notices;
        int snapshots = 0;
        connect(&host, &Engine::EngineHost::notice, this,
                [&](const QString &n) { notices << n; });
        connect(&host, &Engine::EngineHost::snapshotReady, this, [&] { ++snapshots; });
        host.start(serviceProject(QStringLiteral("fault-garbage"), 1, 2));

        // Garbage: the run goes on publishing and keeps asking.
        QTest::qWait(4000);
        const int asked = daemon.requests();
        QVERIFY2(snapshots >= 3, qPrintable(QString::number(snapshots)));
        QVERIFY2(asked >= 5, qPrintable(QString::number(asked)));
        // With back-off, not in a loop (before: 338 requests in these 4 s).
        QVERIFY2(asked <= 80, qPrintable(QString::number(asked)));
        qInfo("garbage: %d requests, %d snapshots, notices: %s", asked, snapshots,
              qPrintable(notices.join(u'\n')));

        // A daemon that hangs on everything: said within the transport's timeouts, and the
        // run still stops when told to.
        notices.clear();
        daemon.setMode(Mode::Hang);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 30000);
        qInfo("hanging daemon said after %lld ms: %s", clock.elapsed(),
              qPrintable(notices.join(u'\n')));
        clock.restart();
        QVERIFY(stopAll(host, 40000));
        qInfo("stopped %lld ms after stopAll against a hanging daemon", clock.elapsed());
        QVERIFY2(notices.join(u'\n').contains("berth down"), qPrintable(notices.join(u'\n')));
        qunsetenv("DOCKER_HOST");
    }
};

QTEST_GUILESS_MAIN(tst_FaultGarbage)
#include "tst_faultgarbage.moc"
