// The load generator against a small HTTP target on loopback that answers 200, 503 or never
// (a fake server, to inject the faults the generator must count), and its percentiles and
// listener addresses as pure functions.
#include "engine/lb/haproxyconfig.h"
#include "engine/lb/loadgenerator.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <thread>

using namespace Berth::Engine;

namespace {

// HTTP/1.1 with keep-alive on one thread: "/fail" answers 503, "/slow" never answers,
// anything else 200.
class Target
{
public:
    Target()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listener, 512);
        socklen_t size = sizeof a;
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&a), &size);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~Target()
    {
        m_stop = true;
        m_thread.join();
        for (const auto &c : m_buffers)
            ::close(c.first);
        ::close(m_listener);
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path));
    }

private:
    void serve()
    {
        while (!m_stop) {
            std::vector<pollfd> fds{{m_listener, POLLIN, 0}};
            for (const auto &c : m_buffers)
                fds.push_back({c.first, POLLIN, 0});
            if (::poll(fds.data(), fds.size(), 50) <= 0)
                continue;
            if (fds[0].revents & POLLIN)
                m_buffers[::accept(m_listener, nullptr, nullptr)];
            for (size_t i = 1; i < fds.size(); ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP)))
                    continue;
                char chunk[4096];
                const ssize_t n = ::read(fds[i].fd, chunk, sizeof chunk);
                if (n <= 0) {
                    ::close(fds[i].fd);
                    m_buffers.erase(fds[i].fd);
                    continue;
                }
                QByteArray &buffer = m_buffers[fds[i].fd];
                buffer.append(chunk, n);
                qsizetype end;
                while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
                    const QByteArray request = buffer.left(end);
                    buffer.remove(0, end + 4);
                    const QByteArray path = request.split(' ').value(1);
                    if (path == "/slow")
                        continue;
                    const QByteArray answer =
                        path == "/fail"
                            ? "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"
                            : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
                    (void)!::write(fds[i].fd, answer.constData(), size_t(answer.size()));
                }
            }
        }
    }

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop = false;
    std::map<int, QByteArray> m_buffers;
    std::thread m_thread;
};

LoadSummary runLoad(const QString &url, double rate, double seconds, int timeoutMs,
                    QList<LoadSample> *samples = nullptr)
{
    LoadSettings settings;
    settings.url = url;
    settings.rate = rate;
    settings.durationSeconds = seconds;
    settings.timeoutMs = timeoutMs;
    LoadGenerator generator(settings);
    return generator.run([&](const LoadSample &s) {
        if (samples)
            samples->append(s);
    });
}

} // namespace

class tst_LoadGenerator : public QObject
{
    Q_OBJECT

private slots:
    void percentiles_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("p50");
        QTest::addColumn<qint64>("p90");
        QTest::addColumn<qint64>("p99");
        QTest::newRow("none") << QList<qint64>{} << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("one") << QList<qint64>{7} << qint64(7) << qint64(7) << qint64(7);
        QList<qint64> hundred;
        for (qint64 i = 100; i >= 1; --i)
            hundred << i;
        QTest::newRow("1..100 reversed") << hundred << qint64(50) << qint64(90) << qint64(99);
        // Nearest rank: of 10 values the 99th percentile is the largest.
        QTest::newRow("ten") << QList<qint64>{5, 1, 9, 3, 7, 2, 8, 4, 6, 1000} << qint64(5)
                             << qint64(9) << qint64(1000);
    }
    void percentiles()
    {
        QFETCH(QList<qint64>, values);
        std::vector<qint64> v(values.begin(), values.end());
        QFETCH(qint64, p50);
        QFETCH(qint64, p90);
        QFETCH(qint64, p99);
        const LatencyPercentiles p = LoadGenerator::percentiles(v);
        QCOMPARE(p.p50, p50);
        QCOMPARE(p.p90, p90);
        QCOMPARE(p.p99, p99);
    }

    // The listener's address as design decision 2 gives it, the path appended; an unknown name
    // or a load balancer without a listener is an error that names what exists.
    void listenerUrl()
    {
        Berth::Model::ProjectData p;
        Berth::Model::LoadBalancer a;
        a.name = QStringLiteral("a");
        Berth::Model::LoadBalancer b;
        b.name = QStringLiteral("b");
        Berth::Model::Listener tls;
        tls.protocol = QStringLiteral("HTTPS");
        tls.port = 18443;
        Berth::Model::Listener http;
        http.port = 18080;
        b.listeners << tls << http;
        p.loadBalancers << a << b;
        QString error;
        QCOMPARE(
            LoadGenerator::listenerUrl(p, QStringLiteral("b"), QStringLiteral("cpu?ms=5"), &error),
            QStringLiteral("http://127.79.0.2:18080/cpu?ms=5"));
        QVERIFY(LoadGenerator::listenerUrl(p, QStringLiteral("a"), {}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("no HTTP")), qPrintable(error));
        QVERIFY(LoadGenerator::listenerUrl(p, QStringLiteral("c"), {}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("a, b")), qPrintable(error));
    }

    // At a set rate for a set time: as many requests as rate x duration, about rate of them in
    // every whole second, all answered, no errors.
    void holdsTheRate()
    {
        Target target;
        QList<LoadSample> samples;
        const LoadSummary s = runLoad(target.url("/"), 400, 2, 2000, &samples);
        QCOMPARE(s.totals.sent, 800);
        QCOMPARE(s.totals.answered, 800);
        QCOMPARE(s.totals.errors(), 0);
        QVERIFY(samples.size() >= 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(qAbs(samples.at(i).sent - 400) <= 4,
                     qPrintable(QString::number(samples.at(i).sent)));
        QVERIFY(s.totals.latency.p50 > 0);
        QVERIFY(s.totals.latency.p50 <= s.totals.latency.p90);
        QVERIFY(s.totals.latency.p90 <= s.totals.latency.p99);
        QVERIFY2(qAbs(s.achievedRate - 400) < 400 * 0.05,
                 qPrintable(QString::number(s.achievedRate)));
    }

    // Open loop: a target that never answers does not slow the sending down; each request
    // times out and is counted as such.
    void sendsOnTimeWhenNothingAnswers()
    {
        Target target;
        const LoadSummary s = runLoad(target.url("/slow"), 50, 1, 300);
        QCOMPARE(s.totals.sent, 50);
        QCOMPARE(s.totals.answered, 0);
        QCOMPARE(s.totals.timeouts, 50);
        QCOMPARE(s.totals.errors(), 50);
    }

    void countsServerErrors()
    {
        Target target;
        const LoadSummary s = runLoad(target.url("/fail"), 100, 1, 2000);
        QCOMPARE(s.totals.answered, 100);
        QCOMPARE(s.totals.status5xx, 100);
        QCOMPARE(s.totals.errors(), 100);
    }

    void countsRefusedConnections()
    {
        quint16 closedPort = 0;
        {
            Target gone; // a port that was just free, and is again
            closedPort = quint16(QUrl(gone.url("/")).port());
        }
        const LoadSummary s =
            runLoad(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort), 50, 1, 2000);
        QCOMPARE(s.totals.sent, 50);
        QCOMPARE(s.totals.connectionFailures, 50);
        QCOMPARE(s.totals.answered, 0);
    }

    // A stop ends the run at once, without waiting for the duration or a timeout.
    void stops()
    {
        Target target;
        LoadSettings settings;
        settings.url = target.url("/slow");
        settings.rate = 100;
        settings.durationSeconds = 30;
        settings.timeoutMs = 30000;
        std::atomic_bool stop = false;
        LoadGenerator generator(settings);
        QElapsedTimer t;
        t.start();
        const LoadSummary s = generator.run(
            [&](const LoadSample &sample) {
                if (sample.second == 1)
                    stop = true;
            },
            &stop);
        QVERIFY(s.stopped);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(s.totals.sent < 300);
    }
};

QTEST_GUILESS_MAIN(tst_LoadGenerator)
#include "tst_loadgenerator.moc"
