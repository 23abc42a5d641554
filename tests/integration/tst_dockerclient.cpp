// DockerClient against the real daemon: build the demo image, run it on an instance address,
// talk to it, read its logs, stats and events, stop and remove it.

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/docker/transport.h"
#include "engine/metrics/kernelcounters.h"
#include "tests/skiporfail.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <mutex>

using namespace Berth::Engine;
using namespace Berth::Engine::Docker;

namespace {

const QString instanceAddress = QStringLiteral("127.77.0.5");

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

HttpAnswer httpGet(const QString &host, quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\nHost: test\r\n\r\n");
    QByteArray data;
    while (socket.waitForReadyRead(5000))
        data += socket.readAll();
    data += socket.readAll();
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (!data.startsWith("HTTP/") || headEnd < 0)
        return {};
    return {data.mid(9, 3).toInt(), data.mid(headEnd + 4)};
}

// Retries until the app answers: docker-proxy accepts before the app listens.
HttpAnswer httpGetWhenUp(const QString &host, quint16 port, const QByteArray &path)
{
    QElapsedTimer timer;
    timer.start();
    HttpAnswer answer;
    while (timer.elapsed() < 15000) {
        answer = httpGet(host, port, path);
        if (answer.status != 0)
            break;
        QThread::msleep(100);
    }
    return answer;
}

/// The demo image with a memory limit, port 8080 published on the instance address.
QJsonObject demoContainer(int memoryMiB, const QStringList &env = {})
{
    return QJsonObject{
        {QLatin1String("Image"), demoImageReference()},
        {QLatin1String("Env"), QJsonArray::fromStringList(env)},
        {QLatin1String("ExposedPorts"), QJsonObject{{QLatin1String("8080/tcp"), QJsonObject()}}},
        {QLatin1String("HostConfig"),
         QJsonObject{
             {QLatin1String("Memory"), qint64(memoryMiB) * 1024 * 1024},
             {QLatin1String("PortBindings"),
              QJsonObject{{QLatin1String("8080/tcp"),
                           QJsonArray{QJsonObject{{QLatin1String("HostIp"), instanceAddress},
                                                  {QLatin1String("HostPort"), QString()}}}}}}}}};
}

/// Where the daemon published a container's port 8080: {"HostIp", "HostPort"}.
QJsonObject publishedBinding(const QJsonObject &inspected)
{
    return inspected.value(QLatin1String("NetworkSettings"))
        .toObject()
        .value(QLatin1String("Ports"))
        .toObject()
        .value(QLatin1String("8080/tcp"))
        .toArray()
        .first()
        .toObject();
}

QString joined(const QList<LogFrame> &frames, LogStreamKind kind)
{
    QByteArray out;
    for (const LogFrame &frame : frames) {
        if (frame.stream == kind)
            out += frame.data;
    }
    return QString::fromUtf8(out);
}

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionIsNegotiated();
    void buildDemoImage();
    void containerLifecycle();
    void networksAndVolumes();
    void kernelCountersAgreeWithTheDaemon();
    void cleanupTestCase();

private:
    DockerClient m_client;
    QString m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QString testLabel() const { return QStringLiteral("io.berth.test=") + m_runId; }
};

void TestDockerClient::initTestCase()
{
    const DockerResult<void> ping = m_client.ping();
    if (!ping.ok()) {
        const QByteArray reason = "No Docker daemon answers: " + ping.error().message().toUtf8();
        BERTH_SKIP_OR_FAIL(reason.constData());
    }
}

void TestDockerClient::versionIsNegotiated()
{
    const DockerResult<DockerVersion> version = m_client.version();
    QVERIFY2(version.ok(), qPrintable(version.error().message()));
    QVERIFY(!version.value().apiVersion.isEmpty());
    QCOMPARE(version.value().os, QStringLiteral("linux"));
    const DockerResult<QString> used = m_client.transport()->apiVersion();
    QVERIFY(used.ok());
    QCOMPARE(used.value(), Transport::chooseApiVersion(version.value().apiVersion));
    QVERIFY(Transport::compareVersions(used.value(),
                                       QString::fromLatin1(Transport::maxApiVersion)) <= 0);
    const DockerResult<QJsonObject> info = m_client.info();
    QVERIFY(info.ok());
    QVERIFY(info.value().value(QLatin1String("NCPU")).toInt() > 0);
}

void TestDockerClient::buildDemoImage()
{
    const QString context = demoImageContextDir();
    QVERIFY2(!context.isEmpty(), qPrintable(demoImageContextCandidates().join(QLatin1Char(' '))));

    BuildOptions options;
    options.contextDir = context;
    options.tags = {demoImageReference()};
    QStringList output;
    const DockerResult<QString> built = m_client.buildImage(
        options, [&](const ProgressMessage &message) { output.append(message.text); });
    QVERIFY2(built.ok(), qPrintable(built.error().message()));
    QVERIFY(built.value().startsWith(QLatin1String("sha256:")));
    QVERIFY2(output.join(QString()).contains(QLatin1String("Step 1/")),
             qPrintable(output.join(QString())));

    const DockerResult<QString> ensured = ensureDemoImage(m_client);
    QVERIFY2(ensured.ok(), qPrintable(ensured.error().message()));
    const DockerResult<bool> exists = m_client.imageExists(demoImageReference());
    QVERIFY(exists.ok() && exists.value());
    const DockerResult<QJsonObject> image = m_client.inspectImage(demoImageReference());
    QCOMPARE(image.value().value(QLatin1String("Id")).toString(), ensured.value());

    // A broken Dockerfile: the daemon's build error comes back.
    BuildOptions broken;
    broken.dockerfile = QStringLiteral("Dockerfile.missing");
    broken.contextDir = context;
    const DockerResult<QString> failed = m_client.buildImage(broken);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().daemonMessage().isEmpty());
}

void TestDockerClient::containerLifecycle()
{
    const DockerResult<QString> image = ensureDemoImage(m_client);
    QVERIFY2(image.ok(), qPrintable(image.error().message()));

    std::mutex mutex;
    QList<QJsonObject> seen;
    std::unique_ptr<DockerStream> events =
        m_client.events({{QStringLiteral("type"), {QStringLiteral("container")}},
                         {QStringLiteral("label"), {testLabel()}}},
                        QDateTime::currentSecsSinceEpoch() - 1);
    events->setObjectHandler([&](const QJsonObject &event) {
        std::lock_guard lock(mutex);
        seen.append(event);
    });
    events->start();

    const QString task = QStringLiteral("task-") + m_runId;
    const QJsonObject config = demoContainer(
        64, {QStringLiteral("BERTH_TASK=") + task, QStringLiteral("BERTH_SERVICE=web"),
             QStringLiteral("VERSION=7")});
    const DockerResult<CreatedContainer> created =
        m_client.createContainer(config, QStringLiteral("berth-test-") + m_runId,
                                 {{QStringLiteral("io.berth.test"), m_runId}});
    QVERIFY2(created.ok(), qPrintable(created.error().message()));
    const QString id = created.value().id;

    QVERIFY2(m_client.startContainer(id).ok(), "start");
    const DockerResult<QJsonObject> inspected = m_client.inspectContainer(id);
    QVERIFY(inspected.ok());
    const QJsonObject binding = publishedBinding(inspected.value());
    QCOMPARE(binding.value(QLatin1String("HostIp")).toString(), instanceAddress);
    const quint16 port = quint16(binding.value(QLatin1String("HostPort")).toString().toUInt());
    QVERIFY(port > 0);

    const HttpAnswer root = httpGetWhenUp(instanceAddress, port, "/");
    QCOMPARE(root.status, 200);
    const QJsonObject identity = QJsonDocument::fromJson(root.body).object();
    QCOMPARE(identity.value(QLatin1String("task")).toString(), task);
    QCOMPARE(identity.value(QLatin1String("service")).toString(), QStringLiteral("web"));
    QCOMPARE(identity.value(QLatin1String("version")).toString(), QStringLiteral("7"));
    QVERIFY(identity.value(QLatin1String("requests")).toInt() >= 1);
    QCOMPARE(httpGet(instanceAddress, port, "/health").status, 200);
    QCOMPARE(httpGet(instanceAddress, port, "/fail-health").status, 200);
    QCOMPARE(httpGet(instanceAddress, port, "/health").status, 503);

    const DockerResult<QList<ContainerSummary>> listed = m_client.listContainers({testLabel()});
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().id, id);
    QCOMPARE(listed.value().first().state, QStringLiteral("running"));

    const DockerResult<QList<LogFrame>> logs = m_client.containerLogs(id);
    QVERIFY(logs.ok());
    QVERIFY2(joined(logs.value(), LogStreamKind::Stdout)
                 .contains(QLatin1String("listening on port 8080")),
             qPrintable(joined(logs.value(), LogStreamKind::Stdout)));
    QVERIFY(joined(logs.value(), LogStreamKind::Stderr)
                .contains(QLatin1String("health check now fails")));
    QVERIFY(!joined(logs.value(), LogStreamKind::Stdout)
                 .contains(QLatin1String("health check now fails")));

    const DockerResult<QJsonObject> stats = m_client.containerStats(id);
    QVERIFY2(stats.ok(), qPrintable(stats.error().message()));
    const QJsonObject memory = stats.value().value(QLatin1String("memory_stats")).toObject();
    QCOMPARE(memory.value(QLatin1String("limit")).toInteger(), 64 * 1024 * 1024);
    QVERIFY(stats.value()
                .value(QLatin1String("cpu_stats"))
                .toObject()
                .contains(QLatin1String("cpu_usage")));

    std::unique_ptr<DockerStream> sampler = m_client.statsStream(id);
    std::atomic_int samples{0};
    sampler->setObjectHandler([&](const QJsonObject &) { ++samples; });
    sampler->start();
    QTRY_VERIFY_WITH_TIMEOUT(samples.load() >= 1, 10000);
    sampler.reset();

    QElapsedTimer stopping;
    stopping.start();
    QVERIFY(m_client.stopContainer(id, 10).ok());
    QVERIFY2(stopping.elapsed() < 5000, "the demo app must exit promptly on SIGTERM");
    const DockerResult<int> exitCode = m_client.waitContainer(id, 10000);
    QVERIFY(exitCode.ok());
    QCOMPARE(exitCode.value(), 0);
    QVERIFY(m_client.stopContainer(id, 1).ok()); // already stopped: fine

    const auto hasEvent = [&](const QString &action) {
        std::lock_guard lock(mutex);
        for (const QJsonObject &event : std::as_const(seen)) {
            if (event.value(QLatin1String("Action")).toString() == action &&
                event.value(QLatin1String("Actor")).toObject().value(QLatin1String("ID")) == id)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("start")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("die")), 5000);
    events->cancel();
    QVERIFY(events->wait(3000));

    QVERIFY(m_client.removeContainer(id, false, true).ok());
    QCOMPARE(m_client.inspectContainer(id).error().httpStatus(), 404);
    QCOMPARE(m_client.listContainers({testLabel()}).value().size(), 0);
}

void TestDockerClient::networksAndVolumes()
{
    const QString name = QStringLiteral("berth-test-net-") + m_runId;
    const DockerResult<QString> network =
        m_client.createNetwork(name, {}, {{QStringLiteral("io.berth.test"), m_runId}});
    QVERIFY2(network.ok(), qPrintable(network.error().message()));
    const DockerResult<QList<QJsonObject>> networks = m_client.listNetworks({testLabel()});
    QVERIFY(networks.ok());
    QCOMPARE(networks.value().size(), 1);
    QCOMPARE(
        m_client.inspectNetwork(network.value()).value().value(QLatin1String("Name")).toString(),
        name);
    const DockerResult<QString> duplicate = m_client.createNetwork(name);
    QVERIFY(!duplicate.ok());
    QVERIFY(!duplicate.error().daemonMessage().isEmpty());
    QVERIFY(m_client.removeNetwork(network.value()).ok());
    QCOMPARE(m_client.inspectNetwork(network.value()).error().httpStatus(), 404);

    const QString volume = QStringLiteral("berth-test-vol-") + m_runId;
    QVERIFY(m_client.createVolume(volume, {{QStringLiteral("io.berth.test"), m_runId}}).ok());
    QCOMPARE(m_client.listVolumes({testLabel()}).value().size(), 1);
    QVERIFY(m_client.removeVolume(volume).ok());
    QCOMPARE(m_client.listVolumes({testLabel()}).value().size(), 0);
}

// What Berth reads from the container's control group and network namespace agrees with
// what the daemon reports for the same container.
void TestDockerClient::kernelCountersAgreeWithTheDaemon()
{
    QVERIFY(ensureDemoImage(m_client).ok());
    const QJsonObject config = demoContainer(96);
    const auto created = m_client.createContainer(
        config, QStringLiteral("berth-test-counters-") + m_runId,
        {{QStringLiteral("io.berth.test"), m_runId}});
    QVERIFY2(created.ok(), qPrintable(created.error().message()));
    const QString id = created.value().id;
    QVERIFY(m_client.startContainer(id).ok());
    const QJsonObject inspected = m_client.inspectContainer(id).value();
    const qint64 pid = qint64(
        inspected.value(QLatin1String("State")).toObject().value(QLatin1String("Pid")).toDouble());
    const quint16 port = quint16(
        publishedBinding(inspected).value(QLatin1String("HostPort")).toString().toUInt());

    QString why;
    const auto counters = KernelCounters::open(id, pid, &why);
    if (!counters) {
        m_client.removeContainer(id, true);
        if (m_client.transport()->endpoint().kind() == DockerEndpoint::Kind::UnixSocket)
            QFAIL(qPrintable(QStringLiteral("a local daemon's container: ") + why));
        BERTH_SKIP_OR_FAIL("the daemon is not on this machine");
    }
    // Not this container's process: refused, so another machine's pid is never misread.
    QVERIFY(!KernelCounters::open(id, qint64(QCoreApplication::applicationPid())));

    QCOMPARE(httpGetWhenUp(instanceAddress, port, "/mem?mb=40").status, 200);
    const auto first = counters->read();
    QVERIFY(first.has_value());
    QCOMPARE(first->cpuPercent, 0.0); // nothing to compare with yet
    QCOMPARE(first->memoryLimitMiB, 96.0);
    QVERIFY2(first->memoryMiB >= 40 && first->memoryMiB < 60,
             qPrintable(QString::number(first->memoryMiB)));
    QVERIFY(first->networkRxBytes > 0 && first->networkTxBytes > 0);

    const auto daemon = m_client.containerStats(id);
    QVERIFY(daemon.ok());
    const auto reported = ContainerStats::fromJson(daemon.value());
    QVERIFY(reported.has_value());
    QCOMPARE(reported->memoryLimitMiB, first->memoryLimitMiB);
    QVERIFY2(qAbs(reported->memoryMiB - first->memoryMiB) < 4,
             qPrintable(QStringLiteral("daemon %1 MiB, Berth %2 MiB")
                            .arg(reported->memoryMiB)
                            .arg(first->memoryMiB)));
    QCOMPARE(reported->networkRxBytes >= first->networkRxBytes, true);

    // Busy CPU shows as most of one core; the reply went out over the network.
    QVERIFY(counters->read().has_value()); // from here
    QCOMPARE(httpGet(instanceAddress, port, "/cpu?ms=800").status, 200);
    const auto busy = counters->read();
    QVERIFY(busy.has_value());
    QVERIFY2(busy->cpuPercent > 30, qPrintable(QString::number(busy->cpuPercent)));
    QVERIFY(busy->networkTxBytes > first->networkTxBytes);

    QVERIFY(m_client.removeContainer(id, true).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!counters->read().has_value(), 5000);
}

void TestDockerClient::cleanupTestCase()
{
    const DockerResult<QList<ContainerSummary>> left = m_client.listContainers({testLabel()});
    for (const ContainerSummary &container : left.value())
        m_client.removeContainer(container.id, true, true);
    for (const QJsonObject &network : m_client.listNetworks({testLabel()}).value())
        m_client.removeNetwork(network.value(QLatin1String("Id")).toString());
    for (const QJsonObject &volume : m_client.listVolumes({testLabel()}).value())
        m_client.removeVolume(volume.value(QLatin1String("Name")).toString(), true);
}

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_dockerclient.moc"
