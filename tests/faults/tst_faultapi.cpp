// Garbage at a run's ECS API: 10,000 seeded random requests (broken HTTP, bodies that are not
// JSON or JSON of the wrong shape, real operation names with changes in them but no
// signature, a wrong one or the right key with a wrong secret) against a run on the real
// daemon. None may crash the run or change the design; afterwards a correctly signed call
// still works and does change it. BERTH_FAULT_SEED sets the seed (default 22).
#include "tests/faults/faultsupport.h"

#include "engine/api/apiclient.h"
#include "engine/runtime/runsession.h"
#include "engine/secrets/memorysecretstore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrl>

using namespace Berth;
using namespace FaultSupport;

namespace {

constexpr int kRequests = 10000;

const char *const kOperations[] = {
    "UpdateService",  "DeleteService",       "CreateService", "RunTask",
    "StopTask",       "RegisterTaskDefinition", "DeregisterTaskDefinition",
    "ListClusters",   "DescribeServices",    "PutClusterCapacityProviders",
    "UpdateContainerInstancesState", "TagResource", "NoSuchOperation", ""};

QByteArray randomBytes(QRandomGenerator &random, int most)
{
    QByteArray b(int(random.bounded(most + 1)), Qt::Uninitialized);
    for (char &c : b)
        c = char(random.bounded(256));
    return b;
}

QByteArray randomJson(QRandomGenerator &random)
{
    static const QByteArray pieces[] = {
        R"({"cluster":"lab","service":"web","desiredCount":9})",
        R"({"cluster":"lab","service":"web","taskDefinition":"web:2","forceNewDeployment":true})",
        R"({"cluster":"lab","service":"web","force":true})",
        R"({"family":"evil","containerDefinitions":[{"name":"x","image":"berth/demo:1"}]})",
        R"({"cluster":"lab","task":"0123","reason":"x"})",
        R"({"cluster":"lab","taskDefinition":"web:1","count":10})",
        R"({"cluster":[1,2,{"a":null}],"service":{"x":1e999},"desiredCount":-1})",
        R"({"desiredCount":"nine","services":["web",null,7]})",
        R"([])",
        R"(null)",
        R"({"cluster":"lab","service":"web","desiredCount":9)",
        "{\"a\":\"\xff\xfe\"}",
        R"({"containerDefinitions":[)",
    };
    QByteArray body = pieces[random.bounded(int(std::size(pieces)))];
    if (random.bounded(3) == 0 && !body.isEmpty()) // cut it anywhere
        body.truncate(int(random.bounded(body.size())));
    return body;
}

/// One random request, raw: what arrives may be anything. *complete: a whole HTTP request,
/// which deserves an answer.
QByteArray randomRequest(QRandomGenerator &random, const QString &host,
                         const QString &accessKeyId, bool *complete)
{
    *complete = false;
    const QByteArray op = kOperations[random.bounded(int(std::size(kOperations)))];
    const QByteArray body = random.bounded(5) == 0 ? randomBytes(random, 300) : randomJson(random);
    QByteArray authorization;
    switch (random.bounded(4)) {
    case 0: break; // unsigned
    case 1: authorization = "AWS4-HMAC-SHA256 garbage"; break;
    case 2: // the right key id, a signature made with another secret
        authorization = "AWS4-HMAC-SHA256 Credential=" + accessKeyId.toLatin1()
                        + "/20261207/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date;"
                          "x-amz-target, Signature="
                        + QByteArray(64, 'a');
        break;
    default: authorization = randomBytes(random, 80).toBase64(); break;
    }
    switch (random.bounded(6)) {
    case 0: return randomBytes(random, 600); // not HTTP at all
    case 1: // a head cut short
        return QByteArray("POST / HTTP/1.1\r\nHost: ") + host.toLatin1() + "\r\nContent-Le";
    case 2: // a length that lies
        return "POST / HTTP/1.1\r\nHost: " + host.toLatin1()
               + "\r\nContent-Length: 999999\r\nX-Amz-Target: AmazonEC2ContainerServiceV20141113."
               + op + "\r\n\r\n" + body;
    default: break;
    }
    *complete = true;
    static const QByteArray methods[] = {"POST", "GET", "PUT", "DELETE", "OPTIONS", "B@D"};
    const QByteArray method = methods[random.bounded(random.bounded(2) ? 1 : 6)];
    QByteArray r = method + " /" + (random.bounded(4) == 0 ? randomBytes(random, 20).toHex() : "")
                   + " HTTP/1.1\r\nHost: " + host.toLatin1() + "\r\n";
    if (random.bounded(8) != 0)
        r += "Content-Type: application/x-amz-json-1.1\r\n";
    if (random.bounded(8) != 0)
        r += "X-Amz-Target: AmazonEC2ContainerServiceV20141113." + op + "\r\n";
    r += "X-Amz-Date: 20261207T210000Z\r\n";
    if (!authorization.isEmpty())
        r += "Authorization: " + authorization + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
         + body;
    return r;
}

} // namespace

class tst_FaultApi : public QObject
{
    Q_OBJECT

private:
    Engine::Docker::DockerClient m_docker;
    const QString m_project = QStringLiteral("fault-api");

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_FAULT_NEEDS_DOCKER(m_docker, m_project);
    }

    void cleanupTestCase() { Engine::Engine::removeProjectResources(m_docker, m_project, nullptr); }

    void tenThousandBadRequestsChangeNothing()
    {
        const quint32 seed = faultSeed();
        QRandomGenerator random(seed);

        Engine::RunSession session;
        session.setSecretStore(std::make_shared<Engine::MemorySecretStore>());
        QSignalSpy serving(&session, &Engine::RunSession::apiServing);
        Engine::RunOptions options;
        options.apiPort = 0;
        QVERIFY(session.start(serviceProject(m_project, 1, 1), options).ok());
        QVERIFY(serving.wait(30000));
        const QUrl endpoint(serving.first().first().toString());
        const Model::ProjectData before = session.design();
        const Engine::ApiCredentials credentials = session.apiCredentials();
        QVERIFY(credentials.isValid());

        QElapsedTimer clock;
        clock.start();
        int answered = 0, accepted = 0, whole = 0;
        for (int i = 0; i < kRequests; ++i) {
            QTcpSocket socket;
            socket.connectToHost(endpoint.host(), quint16(endpoint.port()));
            // The kernel completes the connection; the API (on this thread) reads it below,
            // while the event loop runs.
            QVERIFY(socket.waitForConnected(5000));
            bool complete = false;
            socket.write(
                randomRequest(random, endpoint.authority(), credentials.accessKeyId, &complete));
            QByteArray reply;
            QElapsedTimer waited;
            waited.start();
            // A request that never ends (a cut head, a lying length) is not waited out: the
            // client goes away, as a broken one does.
            const int patience = complete ? 2000 : 2;
            while (waited.elapsed() < patience
                   && socket.state() == QAbstractSocket::ConnectedState
                   && !reply.contains("\r\n\r\n")) {
                QCoreApplication::processEvents();
                socket.waitForReadyRead(1);
                reply += socket.readAll();
            }
            whole += complete;
            if (!reply.isEmpty()) {
                ++answered;
                accepted += reply.startsWith("HTTP/1.1 200");
            }
        }
        qInfo("%d random requests (%d whole) in %lld ms: %d answered, %d with 200 (seed %u)",
              kRequests, whole, clock.elapsed(), answered, accepted, seed);
        QVERIFY(answered >= whole); // every whole request had an answer
        QVERIFY(session.isActive());
        QCOMPARE(accepted, 0); // nothing unsigned or wrongly signed gets through
        QCOMPARE(session.design(), before);

        // The API still serves, and a signed change does change the design.
        const Engine::ApiCallResult update = Engine::callEcsApi(
            endpoint.toString(), QStringLiteral("UpdateService"),
            QJsonObject{{"cluster", "lab"}, {"service", "web"}, {"desiredCount", 2}},
            credentials.accessKeyId, credentials.secretAccessKey, QStringLiteral("us-east-1"),
            10000);
        QVERIFY2(update.ok, qPrintable(update.errorType + u' ' + update.errorMessage));
        QTRY_COMPARE_WITH_TIMEOUT(session.design().service("web")->desiredCount, 2, 5000);

        QSignalSpy stopped(&session, &Engine::RunSession::stopped);
        session.stop();
        QVERIFY(stopped.wait(60000));
    }
};

QTEST_GUILESS_MAIN(tst_FaultApi)
#include "tst_faultapi.moc"
