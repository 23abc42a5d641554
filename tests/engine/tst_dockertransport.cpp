// Transport against a fake daemon on a temporary Unix socket: errors, timeouts, sockets,
// DOCKER_HOST and API version negotiation.

#include "tst_dockerfakedaemon.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Berth::Engine::Docker;
using namespace FakeDocker;

class TestDockerTransport : public QObject
{
    Q_OBJECT

private slots:
    void daemonErrorMessageIsKept();
    void notFound();
    void hangingDaemonTimesOut();
    void hangingStreamTimesOut();
    void missingSocketNamesPath();
    void refusedSocketNamesPath();
    void dockerHostParsing_data();
    void dockerHostParsing();
    void tlsFromEnvironment();
    void badDockerHostFailsEveryCall();
    void versionNegotiation_data();
    void versionNegotiation();
    void pingIsUnversioned();
};

void TestDockerTransport::daemonErrorMessageIsKept()
{
    const QByteArray message = "driver failed programming external connectivity on endpoint x: "
                               "Bind for 127.77.0.5:80 failed: port is already allocated";
    FakeDaemon daemon(withVersion("1.41", [&](const SeenRequest &) {
        return jsonReply(500, "{\"message\":\"" + message + "\"}");
    }));
    DockerClient client = clientFor(daemon);
    const DockerResult<void> started = client.startContainer(QStringLiteral("c1"));
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind(), DockerError::Kind::Http);
    QCOMPARE(started.error().httpStatus(), 500);
    QCOMPARE(started.error().daemonMessage(), QString::fromUtf8(message));
    QVERIFY(started.error().message().contains(QString::fromUtf8(message)));
    QVERIFY(started.error().message().contains(QLatin1String("500")));
    QCOMPARE(daemon.requests().last().target, QByteArray("/v1.41/containers/c1/start"));
}

void TestDockerTransport::notFound()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &request) {
        if (request.target.startsWith("/v1.41/images/"))
            return jsonReply(404, "{\"message\":\"No such image: berth/demo:1\"}");
        return jsonReply(404, "page not found");
    }));
    DockerClient client = clientFor(daemon);
    const DockerResult<bool> exists = client.imageExists(QStringLiteral("berth/demo:1"));
    QVERIFY(exists.ok());
    QCOMPARE(exists.value(), false);
    QCOMPARE(daemon.requests().last().target, QByteArray("/v1.41/images/berth/demo:1/json"));

    const DockerResult<QJsonObject> image = client.inspectImage(QStringLiteral("berth/demo:1"));
    QCOMPARE(image.error().httpStatus(), 404);
    QCOMPARE(image.error().daemonMessage(), QStringLiteral("No such image: berth/demo:1"));

    const DockerResult<QJsonObject> container = client.inspectContainer(QStringLiteral("nope"));
    QCOMPARE(container.error().httpStatus(), 404);
    QCOMPARE(container.error().daemonMessage(), QStringLiteral("page not found"));
}

void TestDockerTransport::hangingDaemonTimesOut()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        FakeReply reply;
        reply.hang = true;
        return reply;
    }));
    DockerClient client = clientFor(daemon);
    client.setTimeout(700);
    QElapsedTimer timer;
    timer.start();
    const DockerResult<QJsonObject> info = client.info();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind(), DockerError::Kind::Timeout);
    QVERIFY2(elapsed >= 600 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY(info.error().message().contains(daemon.socketPath()));
}

void TestDockerTransport::hangingStreamTimesOut()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        FakeReply reply;
        reply.hang = true;
        return reply;
    }));
    DockerClient client = clientFor(daemon);
    client.setTimeout(500);
    std::unique_ptr<DockerStream> events = client.events();
    QElapsedTimer timer;
    timer.start();
    events->start();
    QVERIFY(events->wait(5000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(events->error().kind(), DockerError::Kind::Timeout);
}

void TestDockerTransport::missingSocketNamesPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/docker.sock"));
    DockerClient client(std::make_shared<Transport>(DockerEndpoint::unixSocket(path)));
    const DockerResult<void> ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), DockerError::Kind::Connection);
    QVERIFY2(ping.error().message().contains(path), qPrintable(ping.error().message()));
    QVERIFY(ping.error().message().contains(QLatin1String("does not exist")));
}

void TestDockerTransport::refusedSocketNamesPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dead.sock"));
    const int fd = bindUnixSocket(path); // bound, never listening: connect is refused
    QVERIFY(fd >= 0);
    DockerClient client(std::make_shared<Transport>(DockerEndpoint::unixSocket(path)));
    const DockerResult<DockerVersion> version = client.version();
    ::close(fd);
    QVERIFY(!version.ok());
    QCOMPARE(version.error().kind(), DockerError::Kind::Connection);
    QVERIFY2(version.error().message().contains(path), qPrintable(version.error().message()));
}

void TestDockerTransport::dockerHostParsing_data()
{
    QTest::addColumn<QString>("dockerHost");
    QTest::addColumn<QString>("tlsVerify");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("baseUrl");

    const QString socketBase = QStringLiteral("http://localhost");
    QTest::newRow("unset") << QString() << QString() << true
                           << QStringLiteral("unix:///var/run/docker.sock") << socketBase;
    QTest::newRow("unix") << QStringLiteral("unix:///tmp/d.sock") << QString() << true
                          << QStringLiteral("unix:///tmp/d.sock") << socketBase;
    QTest::newRow("bare path") << QStringLiteral("/run/user/1000/docker.sock") << QString() << true
                               << QStringLiteral("unix:///run/user/1000/docker.sock") << socketBase;
    QTest::newRow("tcp") << QStringLiteral("tcp://10.0.0.5:2375") << QString() << true
                         << QStringLiteral("tcp://10.0.0.5:2375")
                         << QStringLiteral("http://10.0.0.5:2375");
    QTest::newRow("tcp default port")
        << QStringLiteral("tcp://dockerhost") << QString() << true
        << QStringLiteral("tcp://dockerhost:2375") << QStringLiteral("http://dockerhost:2375");
    QTest::newRow("tcp tls default port")
        << QStringLiteral("tcp://dockerhost") << QStringLiteral("1") << true
        << QStringLiteral("tcp://dockerhost:2376") << QStringLiteral("https://dockerhost:2376");
    QTest::newRow("tcp ipv6") << QStringLiteral("tcp://[::1]:2375") << QString() << true
                              << QStringLiteral("tcp://[::1]:2375")
                              << QStringLiteral("http://[::1]:2375");
    QTest::newRow("ssh") << QStringLiteral("ssh://me@host") << QString() << false << QString()
                         << QString();
    QTest::newRow("relative unix")
        << QStringLiteral("unix://docker.sock") << QString() << false << QString() << QString();
    QTest::newRow("no host") << QStringLiteral("tcp://:2375") << QString() << false << QString()
                             << QString();
    QTest::newRow("path after port")
        << QStringLiteral("tcp://h:2375/x") << QString() << false << QString() << QString();
}

void TestDockerTransport::dockerHostParsing()
{
    QFETCH(QString, dockerHost);
    QFETCH(QString, tlsVerify);
    QFETCH(bool, valid);
    QFETCH(QString, display);
    QFETCH(QString, baseUrl);

    QProcessEnvironment env;
    if (!dockerHost.isEmpty())
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    if (!tlsVerify.isEmpty())
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), tlsVerify);
    DockerEndpoint endpoint;
    QString error;
    QCOMPARE(DockerEndpoint::fromEnvironment(env, &endpoint, &error), valid);
    if (!valid) {
        QVERIFY2(error.contains(dockerHost), qPrintable(error));
        return;
    }
    QVERIFY(error.isEmpty());
    QCOMPARE(endpoint.displayName(), display);
    QCOMPARE(endpoint.baseUrl(), baseUrl);
}

void TestDockerTransport::tlsFromEnvironment()
{
    QTemporaryDir certs;
    for (const char *name : {"ca.pem", "cert.pem", "key.pem"}) {
        QFile file(certs.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://docker.example:2376"));
    env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
    env.insert(QStringLiteral("DOCKER_CERT_PATH"), certs.path());
    DockerEndpoint endpoint;
    QString error;
    QVERIFY(DockerEndpoint::fromEnvironment(env, &endpoint, &error));
    QCOMPARE(endpoint.kind(), DockerEndpoint::Kind::Tcp);
    QVERIFY(endpoint.useTls());
    QVERIFY(endpoint.verifyPeer());
    QCOMPARE(endpoint.caFile(), certs.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(endpoint.certFile(), certs.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(endpoint.keyFile(), certs.filePath(QStringLiteral("key.pem")));

    env.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    env.insert(QStringLiteral("DOCKER_TLS"), QStringLiteral("1"));
    QVERIFY(DockerEndpoint::fromEnvironment(env, &endpoint, &error));
    QVERIFY(endpoint.useTls());
    QVERIFY(!endpoint.verifyPeer());
}

void TestDockerTransport::badDockerHostFailsEveryCall()
{
    qputenv("DOCKER_HOST", "ssh://me@host");
    const std::shared_ptr<Transport> transport = Transport::fromEnvironment();
    qunsetenv("DOCKER_HOST");
    DockerClient client(transport);
    const DockerResult<void> ping = client.ping();
    QCOMPARE(ping.error().kind(), DockerError::Kind::Usage);
    QVERIFY(ping.error().message().contains(QLatin1String("ssh://me@host")));
}

void TestDockerTransport::versionNegotiation_data()
{
    QTest::addColumn<QByteArray>("serverVersion");
    QTest::addColumn<QByteArray>("expectedTarget");

    QTest::newRow("newer server: capped")
        << QByteArray("1.45") << QByteArray("/v1.41/containers/json?all=1");
    QTest::newRow("same") << QByteArray("1.41") << QByteArray("/v1.41/containers/json?all=1");
    QTest::newRow("older server: its own")
        << QByteArray("1.40") << QByteArray("/v1.40/containers/json?all=1");
    QTest::newRow("numeric, not text order") << QByteArray("1.9") << QByteArray();
    QTest::newRow("too old") << QByteArray("1.24") << QByteArray();
}

void TestDockerTransport::versionNegotiation()
{
    QFETCH(QByteArray, serverVersion);
    QFETCH(QByteArray, expectedTarget);

    FakeDaemon daemon(withVersion(serverVersion, [](const SeenRequest &) {
        return jsonReply(200, "[{\"Id\":\"c1\",\"Names\":[\"/web\"],\"State\":\"running\","
                              "\"Labels\":{\"io.berth.task\":\"t1\"}}]");
    }));
    DockerClient client = clientFor(daemon);
    const DockerResult<QList<ContainerSummary>> containers = client.listContainers();
    QCOMPARE(daemon.requests().first().target, QByteArray("/version"));
    if (expectedTarget.isEmpty()) {
        QVERIFY(!containers.ok());
        QVERIFY(containers.error().message().contains(QString::fromLatin1(serverVersion)));
        QCOMPARE(daemon.requests().size(), 1);
        return;
    }
    QVERIFY2(containers.ok(), qPrintable(containers.error().message()));
    QCOMPARE(daemon.requests().last().target, expectedTarget);
    QCOMPARE(containers.value().size(), 1);
    QCOMPARE(containers.value().first().name, QStringLiteral("web"));
    QCOMPARE(containers.value().first().labels.value(QStringLiteral("io.berth.task")),
             QStringLiteral("t1"));
    // Negotiated once.
    QVERIFY(client.listContainers().ok());
    QCOMPARE(daemon.requests().size(), 3);
}

void TestDockerTransport::pingIsUnversioned()
{
    FakeDaemon daemon([](const SeenRequest &) { return jsonReply(200, "OK"); });
    DockerClient client = clientFor(daemon);
    QVERIFY(client.ping().ok());
    QCOMPARE(daemon.requests().size(), 1);
    QCOMPARE(daemon.requests().first().target, QByteArray("/_ping"));
}

QTEST_GUILESS_MAIN(TestDockerTransport)
#include "tst_dockertransport.moc"
