// DockerClient calls and streams against a fake daemon: what goes over the wire and how the
// answers are decoded.

#include "tst_dockerfakedaemon.h"

#include "engine/docker/dockerstream.h"
#include "engine/docker/pullprogress.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Berth::Engine::Docker;
using namespace FakeDocker;

class TestDockerClientCalls : public QObject
{
    Q_OBJECT

private slots:
    void streamDeliversAndCancels();
    void streamDestroyedWhileRunning();
    void createSendsConfigLabelsAndName();
    void buildStreamsProgressAndKeepsError();
    void logsAreDemultiplexed();
    void pullSendsRegistryAuth();
    void pullProgressSumsTheLayers();
    void pullCutMidChunkFails_data();
    void pullCutMidChunkFails();
};

void TestDockerClientCalls::streamDeliversAndCancels()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        return streamReply({"{\"Type\":\"container\",\"Action\":\"start\",\"id\":\"c1\"}\n{\"Ty",
                            "pe\":\"container\",\"Action\":\"die\",\"id\":\"c1\"}\n"},
                           50, true);
    }));
    DockerClient client = clientFor(daemon);
    std::unique_ptr<DockerStream> events =
        client.events({{QStringLiteral("type"), {QStringLiteral("container")}}});
    QList<QJsonObject> received;
    std::mutex mutex;
    events->setObjectHandler([&](const QJsonObject &object) {
        std::lock_guard lock(mutex);
        received.append(object);
    });
    int signalled = 0;
    connect(events.get(), &DockerStream::objectReceived, this, [&] { ++signalled; });
    DockerError finishedWith;
    bool finished = false;
    connect(events.get(), &DockerStream::finished, this, [&](const DockerError &error) {
        finished = true;
        finishedWith = error;
    });
    events->start();
    QTRY_COMPARE_WITH_TIMEOUT(signalled, 2, 5000);
    {
        std::lock_guard lock(mutex);
        QCOMPARE(received.at(0).value(QLatin1String("Action")).toString(), QStringLiteral("start"));
        QCOMPARE(received.at(1).value(QLatin1String("Action")).toString(), QStringLiteral("die"));
    }
    QVERIFY(events->isRunning());
    const QByteArray target = daemon.requests().last().target;
    QVERIFY2(target.startsWith("/v1.41/events?filters="), target.constData());
    QVERIFY(QUrl::fromPercentEncoding(target).contains(R"({"type":["container"]})"));

    QElapsedTimer timer;
    timer.start();
    events->cancel();
    QVERIFY(events->wait(3000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY(finished);
    QCOMPARE(finishedWith.kind(), DockerError::Kind::Cancelled);
}

void TestDockerClientCalls::streamDestroyedWhileRunning()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        return streamReply({"{\"read\":\"now\"}\n"}, 0, true);
    }));
    DockerClient client = clientFor(daemon);
    std::unique_ptr<DockerStream> stats = client.statsStream(QStringLiteral("c1"));
    std::atomic_int objects{0};
    stats->setObjectHandler([&](const QJsonObject &) { ++objects; });
    stats->start();
    QTRY_COMPARE_WITH_TIMEOUT(objects.load(), 1, 5000);
    QElapsedTimer timer;
    timer.start();
    stats.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(daemon.requests().last().target.contains("stream=true"));
}

void TestDockerClientCalls::createSendsConfigLabelsAndName()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        return jsonReply(201, R"({"Id":"abc123","Warnings":["swap limit not supported"]})");
    }));
    DockerClient client = clientFor(daemon);
    const QJsonObject config{
        {QLatin1String("Image"), QStringLiteral("berth/demo:1")},
        {QLatin1String("Labels"), QJsonObject{{QLatin1String("user"), QStringLiteral("kept")}}}};
    const DockerResult<CreatedContainer> created =
        client.createContainer(config, QStringLiteral("web-1"),
                               {{QStringLiteral("io.berth.project"), QStringLiteral("p")}});
    QVERIFY(created.ok());
    QCOMPARE(created.value().id, QStringLiteral("abc123"));
    QCOMPARE(created.value().warnings, QStringList{QStringLiteral("swap limit not supported")});

    const SeenRequest request = daemon.requests().last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/v1.41/containers/create?name=web-1"));
    QVERIFY(request.head.toLower().contains("content-type: application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("Image")).toString(), QStringLiteral("berth/demo:1"));
    const QJsonObject labels = body.value(QLatin1String("Labels")).toObject();
    QCOMPARE(labels.value(QLatin1String("user")).toString(), QStringLiteral("kept"));
    QCOMPARE(labels.value(QLatin1String("io.berth.project")).toString(), QStringLiteral("p"));
}

void TestDockerClientCalls::buildStreamsProgressAndKeepsError()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        return streamReply({"{\"stream\":\"Step 1/2 : FROM scratch\\n\"}\r\n{\"str",
                            "eam\":\"Step 2/2 : COPY missing /x\\n\"}\r\n",
                            "{\"errorDetail\":{\"message\":\"COPY failed: no source files\"},"
                            "\"error\":\"COPY failed: no source files\"}\r\n"},
                           10, false);
    }));
    DockerClient client = clientFor(daemon);
    BuildOptions options;
    options.tags = {QStringLiteral("berth/demo:1"), QStringLiteral("berth/demo:latest")};
    QStringList lines;
    const DockerResult<QString> built = client.buildImageFromArchive(
        QByteArray(1024, '\0'), options,
        [&](const ProgressMessage &message) { lines.append(message.text.trimmed()); });
    QVERIFY(!built.ok());
    QCOMPARE(built.error().kind(), DockerError::Kind::Daemon);
    QCOMPARE(built.error().daemonMessage(), QStringLiteral("COPY failed: no source files"));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), QStringLiteral("Step 1/2 : FROM scratch"));

    const SeenRequest request = daemon.requests().last();
    QVERIFY(request.target.startsWith("/v1.41/build?t=berth%2Fdemo%3A1&t=berth%2Fdemo%3Alatest"));
    QVERIFY(request.head.toLower().contains("content-type: application/x-tar"));
    QCOMPARE(request.body.size(), 1024);
}

void TestDockerClientCalls::logsAreDemultiplexed()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        const QByteArray bytes = multiplexed(1, "listening\n") + multiplexed(2, "warning\n");
        return streamReply({bytes.left(5), bytes.mid(5, 9), bytes.mid(14)}, 10, false);
    }));
    DockerClient client = clientFor(daemon);
    const DockerResult<QList<LogFrame>> logs = client.containerLogs(QStringLiteral("c1"));
    QVERIFY2(logs.ok(), qPrintable(logs.error().message()));
    QCOMPARE(logs.value().size(), 2);
    QCOMPARE(logs.value().at(0).stream, LogStreamKind::Stdout);
    QCOMPARE(logs.value().at(0).data, QByteArray("listening\n"));
    QCOMPARE(logs.value().at(1).stream, LogStreamKind::Stderr);
    QVERIFY(daemon.requests().last().target.startsWith("/v1.41/containers/c1/logs?follow=0"));
}

void TestDockerClientCalls::pullSendsRegistryAuth()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        return streamReply({"{\"status\":\"Pulling from library/nginx\",\"id\":\"alpine\"}\n"}, 0,
                           false);
    }));
    DockerClient client = clientFor(daemon);
    const RegistryAuth auth(QStringLiteral("me"), QStringLiteral("s3cr?t>"),
                            QStringLiteral("registry.example:5000"));
    QVERIFY(client.pullImage(QStringLiteral("registry.example:5000/team/app:2"), auth).ok());
    const SeenRequest request = daemon.requests().last();
    QCOMPARE(request.target, QByteArray("/v1.41/images/create?fromImage=registry.example%3A5000"
                                        "%2Fteam%2Fapp&tag=2"));
    QByteArray header;
    for (const QByteArray &line : request.head.split('\n')) {
        if (line.toLower().startsWith("x-registry-auth:"))
            header = line.mid(16).trimmed();
    }
    QVERIFY(!header.contains('+') && !header.contains('/'));
    const QJsonObject decoded =
        QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(decoded.value(QLatin1String("username")).toString(), QStringLiteral("me"));
    QCOMPARE(decoded.value(QLatin1String("password")).toString(), QStringLiteral("s3cr?t>"));
    QCOMPARE(decoded.value(QLatin1String("serveraddress")).toString(),
             QStringLiteral("registry.example:5000"));
}

// A pull as the daemon streams it, split mid-line: one figure for the progress bar.
void TestDockerClientCalls::pullProgressSumsTheLayers()
{
    FakeDaemon daemon(withVersion("1.41", [](const SeenRequest &) {
        return streamReply(
            {"{\"status\":\"Pulling from library/nginx\",\"id\":\"1.25\"}\n"
             "{\"status\":\"Already exists\",\"progressDetail\":{},\"id\":\"aaa\"}\n"
             "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"bbb\"}\n"
             "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"ccc\"}\n",
             "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1000,\"total\":4000},"
             "\"progress\":\"[=>  ]\",\"id\":\"bbb\"}\n{\"status\":\"Downloa",
             "ding\",\"progressDetail\":{\"current\":500,\"total\":6000},\"id\":\"ccc\"}\n"
             "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":3000,\"total\":4000},"
             "\"id\":\"bbb\"}\n",
             "{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"bbb\"}\n"
             "{\"status\":\"Extracting\",\"progressDetail\":{\"current\":4000,\"total\":4000},"
             "\"id\":\"bbb\"}\n"
             "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"bbb\"}\n"},
            20, false);
    }));
    DockerClient client = clientFor(daemon);
    PullProgress progress;
    QList<qint64> done;
    QVERIFY(client.pullImage(QStringLiteral("nginx:1.25"), {}, [&](const ProgressMessage &m) {
                      progress.add(m);
                      done << progress.doneBytes();
                  }).ok());
    QVERIFY(std::is_sorted(done.begin(), done.end())); // the bar never goes back
    QCOMPARE(progress.layers(), 3);                     // the tag's own line is not a layer
    QCOMPARE(progress.layersDone(), 2);                 // aaa was there, bbb is complete
    QCOMPARE(progress.totalBytes(), 10000);
    QCOMPARE(progress.doneBytes(), 4500); // bbb whole, 500 of ccc
    QVERIFY2(progress.summary().startsWith(QLatin1String("2 of 3 layers, 4")),
             qPrintable(progress.summary()));

    // An error in the stream is the pull's error, and adds nothing.
    PullProgress failed;
    ProgressMessage error;
    error.id = QStringLiteral("ddd");
    error.error = QStringLiteral("unauthorized");
    failed.add(error);
    QCOMPARE(failed.layers(), 0);
}

// A pull whose stream stops in the middle of a chunk (the daemon restarted, a proxy cut it) or
// goes on with garbage is a failed pull that says the answer broke off, not a pull that
// succeeded or a daemon away.
void TestDockerClientCalls::pullCutMidChunkFails_data()
{
    QTest::addColumn<QByteArray>("rest");
    QTest::newRow("cut mid-chunk") << QByteArray("40\r\n{\"status\":\"Downloading\",\"cur");
    QTest::newRow("garbled chunk size") << QByteArray("zz\r\n{\"status\":\"Downloading\"}\n");
}

void TestDockerClientCalls::pullCutMidChunkFails()
{
    QFETCH(QByteArray, rest);
    FakeDaemon daemon(withVersion("1.41", [rest](const SeenRequest &) {
        FakeReply reply = streamReply(
            {"3d\r\n{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"bbb\"}\n\r\n",
             rest},
            20, false);
        reply.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        return reply;
    }));
    DockerClient client = clientFor(daemon);
    QStringList seen;
    const auto pulled = client.pullImage(QStringLiteral("nginx:1.25"), {},
                                         [&](const ProgressMessage &m) { seen << m.text; });
    QVERIFY(!pulled.ok());
    const QString message = pulled.error().message();
    QCOMPARE(pulled.error().kind(), DockerError::Kind::Protocol);
    QVERIFY2(message.contains(QLatin1String("POST /images/create before the end")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Cannot reach")), qPrintable(message));
    QCOMPARE(seen.size(), 1); // the whole line before the break, nothing made of the rest
}

QTEST_GUILESS_MAIN(TestDockerClientCalls)
#include "tst_dockerclientcalls.moc"
