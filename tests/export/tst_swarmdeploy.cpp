// `berth deploy --swarm` on a real single-node swarm that the test makes on the local daemon
// and leaves again (the daemon is never left in swarm mode): the node takes the instance's
// attributes as labels (--label-nodes), every replica runs, the stack is
// what `docker stack deploy` would have made (names, labels, `docker stack ps`), a rolling
// update of one service completes (through a TLS listener with client certificates, the way
// a remote manager is reached; the certificates from files, then from the keychain), and
// --remove leaves nothing.
#include "engine/docker/dockerclient.h"
#include "engine/swarm/stackspec.h"
#include "tests/skiporfail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Engine::Docker;

namespace {

QJsonObject definition(const QString &family, int revision, const QString &version)
{
    const QJsonObject container{
        {"name", family},
        {"image", "berth/demo:1"},
        {"cpu", 32},
        {"memory", 32},
        {"essential", true},
        {"stopTimeout", 2}, // the demo stops on SIGTERM; this bounds --remove if it did not
        {"environment", QJsonArray{QJsonObject{{"name", "VERSION"}, {"value", version}}}}};
    return QJsonObject{
        {"revision", revision},
        {"definition",
         QJsonObject{{"family", family}, {"containerDefinitions", QJsonArray{container}}}}};
}

/// web (3 replicas, start-first rolling updates) and agent (DAEMON) on one instance.
QByteArray design(const QString &webVersion)
{
    const QJsonObject project{
        {"format", "berth-project"},
        {"version", 1},
        {"name", "swarm-test"},
        {"clusters", QJsonArray{QJsonObject{
                         {"name", "lab"},
                         {"instances", QJsonArray{QJsonObject{{"name", "i1"},
                                                              {"instanceType", "t3.medium"},
                                                              {"availabilityZone", "us-east-1a"},
                                                              {"cpu", 2048},
                                                              {"memory", 3891}}}}}}},
        {"taskDefinitions",
         QJsonArray{definition("web", 1, webVersion), definition("agent", 1, "a")}},
        {"services", QJsonArray{QJsonObject{{"serviceName", "web"},
                                            {"cluster", "lab"},
                                            {"taskDefinition", "web"},
                                            {"desiredCount", 3},
                                            {"deploymentConfiguration",
                                             QJsonObject{{"maximumPercent", 200},
                                                         {"minimumHealthyPercent", 100}}}},
                                QJsonObject{{"serviceName", "agent"},
                                            {"cluster", "lab"},
                                            {"taskDefinition", "agent"},
                                            {"schedulingStrategy", "DAEMON"}}}}};
    return QJsonDocument(project).toJson();
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run berth(const QStringList &arguments,
          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BERTH_BINARY), arguments);
    if (!p.waitForFinished(180000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool openssl(const QString &dir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), arguments);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

} // namespace

class TestSwarmDeploy : public QObject
{
    Q_OBJECT

    DockerClient m_client;
    bool m_madeSwarm = false;
    QTemporaryDir m_dir;
    QString m_project;
    const QString m_stack = QStringLiteral("berthtst%1").arg(QCoreApplication::applicationPid());
    std::unique_ptr<QProcess> m_proxy; ///< the TLS listener in front of the socket
    QString m_hostAndPort;
    QString m_certs;
    QString filter() const { return QStringLiteral("com.docker.stack.namespace=") + m_stack; }

    void writeDesign(const QString &webVersion)
    {
        QFile f(m_project);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(design(webVersion));
    }

    /// The VERSION of every web task meant to run, and how many of them run.
    QPair<QStringList, int> webTasks()
    {
        const auto tasks =
            m_client.listTasks({{"service", {m_stack + "_web"}}, {"desired-state", {"running"}}});
        if (!tasks.ok())
            return {};
        QStringList versions;
        int running = 0;
        for (const QJsonObject &t : tasks.value()) {
            for (const QJsonValue &e : t["Spec"]["ContainerSpec"]["Env"].toArray())
                if (e.toString().startsWith("VERSION="))
                    versions << e.toString().mid(8);
            running += t["Status"]["State"].toString() == QLatin1String("running");
        }
        return {versions, running};
    }

private slots:
    void initTestCase()
    {
        if (!m_client.ping().ok())
            BERTH_SKIP_OR_FAIL("no Docker daemon at /var/run/docker.sock");
        const auto info = m_client.info();
        QVERIFY(info.ok());
        if (info.value()["Swarm"]["LocalNodeState"].toString() != QLatin1String("inactive"))
            BERTH_SKIP_OR_FAIL("the daemon is already part of a swarm; this test makes its own "
                               "and will not take over one it did not make");
        m_project = m_dir.filePath("swarm-test.berth");
        writeDesign("1");
        // Not a swarm yet: the deploy says what to do and touches nothing.
        const Run outside = berth({"deploy", m_project, "--swarm", "--stack", m_stack});
        QCOMPARE(outside.code, 2);
        QVERIFY2(outside.err.contains("not part of a swarm") &&
                     outside.err.contains("docker swarm init"),
                 qPrintable(outside.err));
        const auto node = m_client.initSwarm(QStringLiteral("127.0.0.1"));
        QVERIFY2(node.ok(), qPrintable(node.error().message()));
        m_madeSwarm = true;
    }

    void cleanupTestCase()
    {
        if (m_proxy) {
            m_proxy->kill();
            m_proxy->waitForFinished();
        }
        if (!m_madeSwarm)
            return;
        // Leaving removes the services; the daemon is back to what it was.
        const auto left = m_client.leaveSwarm(true);
        QVERIFY2(left.ok(), qPrintable(left.error().message()));
        for (const QJsonObject &n : m_client.listNetworks({filter()}).value())
            m_client.removeNetwork(n["Id"].toString());
        const QJsonObject info = m_client.info().value();
        QCOMPARE(info["Swarm"]["LocalNodeState"].toString(), QStringLiteral("inactive"));
    }

    void refusesAStackNameDockerRefuses()
    {
        const Run r = berth({"deploy", m_project, "--swarm", "--stack", "Bad Name!"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad-name"), qPrintable(r.err));
        QVERIFY(m_client.listServices().value().isEmpty());
    }

    void deployRunsEveryReplica()
    {
        const Run r = berth({"deploy", m_project, "--swarm", "--stack", m_stack, "--timeout", "120",
                             "--label-nodes"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // The one node took the one instance's attributes.
        QVERIFY2(r.out.contains("ecs.availability-zone=us-east-1a, ecs.instance-type=t3.medium"),
                 qPrintable(r.out));
        const auto nodes = m_client.listNodes();
        QCOMPARE(nodes.value().size(), 1);
        const QJsonObject labels = nodes.value().first()["Spec"]["Labels"].toObject();
        QCOMPARE(labels["ecs.availability-zone"].toString(), QStringLiteral("us-east-1a"));
        QCOMPARE(labels["ecs.instance-type"].toString(), QStringLiteral("t3.medium"));
        QVERIFY2(r.out.contains(QStringLiteral("Stack %1 converged").arg(m_stack)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("4 replica"), qPrintable(r.out));
        const auto services = m_client.listServices({filter()});
        QVERIFY(services.ok());
        QStringList names;
        for (const QJsonObject &s : services.value()) {
            names << s["Spec"]["Name"].toString();
            QCOMPARE(s["Spec"]["Labels"]["com.docker.stack.image"].toString(),
                     QStringLiteral("berth/demo:1"));
        }
        names.sort();
        QCOMPARE(names, (QStringList{m_stack + "_agent", m_stack + "_web"}));
        const auto tasks = webTasks();
        QCOMPARE(tasks.second, 3);
        QCOMPARE(tasks.first, (QStringList{"1", "1", "1"}));
        const auto networks = m_client.listNetworks({filter()});
        QCOMPARE(networks.value().size(), 1);
        QCOMPARE(networks.value().first()["Name"].toString(), m_stack + "_default");
        QCOMPARE(networks.value().first()["Driver"].toString(), QStringLiteral("overlay"));

        // `docker stack ps` lists it: the labels are the CLI's.
        const QString docker = QStandardPaths::findExecutable("docker");
        if (!docker.isEmpty()) {
            QProcess ps;
            ps.start(docker, {"stack", "ps", m_stack, "--format", "{{.Name}} {{.DesiredState}}"});
            QVERIFY(ps.waitForFinished(30000));
            const QString listed = QString::fromUtf8(ps.readAllStandardOutput());
            QCOMPARE(listed.count(m_stack + "_web."), 3);
            QVERIFY2(listed.contains(m_stack + "_agent."), qPrintable(listed));
        }
    }

    void rollingUpdateOverTls()
    {
        const QString certs = m_dir.filePath("certs");
        QVERIFY(QDir().mkpath(certs));
        QFile ext(certs + "/server.ext");
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QFile clientExt(certs + "/client.ext");
        QVERIFY(clientExt.open(QIODevice::WriteOnly));
        clientExt.write("extendedKeyUsage=clientAuth\n");
        clientExt.close();
        if (QStandardPaths::findExecutable("openssl").isEmpty())
            BERTH_SKIP_OR_FAIL("openssl is not installed (package openssl)");
        const QStringList key{"genrsa", "-out"};
        QVERIFY(openssl(certs, key + QStringList{"ca-key.pem", "2048"}));
        QVERIFY(openssl(certs, {"req", "-x509", "-new", "-key", "ca-key.pem", "-days", "1", "-subj",
                                "/CN=berth test CA", "-out", "ca.pem"}));
        for (const QString &who : {QStringLiteral("server"), QStringLiteral("client")}) {
            const QString keyFile = who == "server" ? "server-key.pem" : "key.pem";
            const QString certFile = who == "server" ? "server-cert.pem" : "cert.pem";
            QVERIFY(openssl(certs, key + QStringList{keyFile, "2048"}));
            QVERIFY(openssl(certs, {"req", "-new", "-key", keyFile, "-subj", "/CN=" + who, "-out",
                                    who + ".csr"}));
            QVERIFY(openssl(certs, {"x509", "-req", "-in", who + ".csr", "-CA", "ca.pem", "-CAkey",
                                    "ca-key.pem", "-CAcreateserial", "-days", "1", "-extfile",
                                    who + ".ext", "-out", certFile}));
        }
        m_proxy = std::make_unique<QProcess>();
        QProcess &proxy = *m_proxy;
        const QString portFile = m_dir.filePath("port");
        proxy.start(QStandardPaths::findExecutable("python3"),
                    {qEnvironmentVariable("BERTH_SOURCE_DIR") + "/tests/export/tls_proxy.py", certs,
                     portFile});
        QVERIFY(proxy.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile(portFile).size() > 0, 10000);
        QFile port(portFile);
        QVERIFY(port.open(QIODevice::ReadOnly));
        m_hostAndPort = "127.0.0.1:" + QString::fromLatin1(port.readAll());
        m_certs = certs;
        const QString host = "tcp://" + m_hostAndPort;

        QProcessEnvironment tls = QProcessEnvironment::systemEnvironment();
        tls.insert("DOCKER_TLS_VERIFY", "1");
        tls.insert("DOCKER_CERT_PATH", certs);
        // Without a client certificate the listener refuses the connection.
        QProcessEnvironment noClientCert = tls;
        noClientCert.insert("DOCKER_CERT_PATH", m_dir.filePath("nowhere"));
        const Run refused =
            berth({"deploy", m_project, "--swarm", "--stack", m_stack, "--docker-host", host},
                  noClientCert);
        QCOMPARE(refused.code, 2);

        writeDesign("2");
        const Run r = berth({"deploy", m_project, "--swarm", "--stack", m_stack, "--docker-host",
                             host, "--timeout", "120"},
                            tls);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("Deploying stack " + m_stack + " to " + host), qPrintable(r.out));
        QVERIFY2(r.out.contains("Updating service " + m_stack + "_web"), qPrintable(r.out));
        const auto tasks = webTasks();
        QCOMPARE(tasks.first, (QStringList{"2", "2", "2"}));
        QCOMPARE(tasks.second, 3);
        const auto web = m_client.listServices({filter()});
        for (const QJsonObject &s : web.value())
            if (s["Spec"]["Name"].toString() == m_stack + "_web")
                QCOMPARE(s["UpdateStatus"]["State"].toString(), QStringLiteral("completed"));
    }

    // The same client certificate from the OS keychain instead of files (needs the D-Bus
    // session with an unlocked keyring that scripts/test.sh makes).
    void certificatesFromTheKeychain()
    {
        if (m_hostAndPort.isEmpty())
            BERTH_SKIP_OR_FAIL("the TLS listener did not start (see the test before)");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            BERTH_SKIP_OR_FAIL("no D-Bus session with a keychain; run inside scripts/test.sh");
        const QString host = "tcp://" + m_hostAndPort;
        const Run missing = berth({"deploy", m_project, "--swarm", "--stack", m_stack,
                                   "--docker-host", host, "--tls-from-keychain"});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains("berth secret set docker-tls:" + m_hostAndPort + ":ca.pem"),
                 qPrintable(missing.err));
        QStringList keys;
        for (const char *file : {"ca.pem", "cert.pem", "key.pem"}) {
            const QString key = "docker-tls:" + m_hostAndPort + ':' + file;
            QProcess set;
            set.setStandardInputFile(m_certs + '/' + file);
            set.start(QStringLiteral(BERTH_BINARY), {"secret", "set", key});
            QVERIFY(set.waitForFinished(30000));
            QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());
            keys << key;
        }
        // Nothing of the certificate set in the environment: only the keychain has it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DOCKER_CERT_PATH");
        env.remove("DOCKER_TLS_VERIFY");
        const Run r = berth({"deploy", m_project, "--swarm", "--stack", m_stack, "--docker-host",
                             host, "--tls-from-keychain"},
                            env);
        for (const QString &key : std::as_const(keys))
            berth({"secret", "delete", key});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Stack %1 converged").arg(m_stack)),
                 qPrintable(r.out));
    }

    void removeLeavesNothing()
    {
        const Run r = berth({"deploy", m_project, "--swarm", "--stack", m_stack, "--remove"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(m_client.listServices({filter()}).value().isEmpty());
        QVERIFY(m_client.listNetworks({filter()}).value().isEmpty());
        QVERIFY(m_client.listContainers({filter()}).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSwarmDeploy)
#include "tst_swarmdeploy.moc"
