// Secrets through the built berth executable: set, list and delete in the keychain (inside
// the D-Bus session scripts/test.sh provides), a run whose task gets a secret in its
// environment and nowhere else, a missing secret stopping the task the ECS way, and the
// safety review refusing an unsafe run.
#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/engine.h"
#include "model/projectfile.h"
#include "tests/skiporfail.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Run berth(const QStringList &args, const QByteArray &input = {},
          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
          int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(BERTH_BINARY), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    Run r;
    r.ms = timer.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProjectData project(const QString &name, const QString &secretKey, const QJsonObject &extra = {})
{
    ProjectData p;
    p.name = name;
    Cluster c;
    c.name = QStringLiteral("lab");
    c.instances << ContainerInstance::ofType("i1", "t3.small", "us-east-1a");
    p.clusters << c;
    QJsonObject container{{"name", "app"},
                          {"image", demoImageReference()},
                          {"cpu", 128},
                          {"memory", 64},
                          {"essential", true},
                          {"secrets", QJsonArray{QJsonObject{{"name", "DB_PASSWORD"},
                                                             {"valueFrom", secretKey}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        container.insert(it.key(), it.value());
    p.registerTaskDefinition(
        QJsonObject{{"family", "api"}, {"containerDefinitions", QJsonArray{container}}});
    Service s;
    s.name = QStringLiteral("api");
    s.cluster = QStringLiteral("lab");
    s.taskDefinition = QStringLiteral("api");
    s.desiredCount = 1;
    p.services << s;
    return p;
}

QString uniqueKey()
{
    return QStringLiteral("arn:aws:ssm:us-east-1:0:parameter/berth-it/")
           + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Docker::DockerClient m_docker;
    QStringList m_keys;
    QStringList m_projects;

    void requireKeychain()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return;
        const char *reason = "no D-Bus session with a keychain; run inside scripts/test.sh";
        BERTH_SKIP_OR_FAIL(reason);
    }

    void requireDocker()
    {
        const auto ping = m_docker.ping();
        if (ping.ok())
            return;
        const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
        BERTH_SKIP_OR_FAIL(reason.constData());
    }

    QString save(const ProjectData &p)
    {
        const QString path = m_dir.filePath(p.name + QStringLiteral(".berth"));
        [&] { QVERIFY(ProjectFile::save(p, path)); }();
        m_projects << p.name;
        return path;
    }

    QString setSecret(const QByteArray &value)
    {
        const QString key = uniqueKey();
        m_keys << key;
        const Run r = berth({"secret", "set", key}, value + '\n');
        [&] { QVERIFY2(r.code == 0, qPrintable(r.err)); }();
        return key;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            for (const QString &key : std::as_const(m_keys))
                berth({"secret", "delete", key});
        }
        if (m_docker.ping().ok()) {
            for (const QString &p : std::as_const(m_projects))
                Engine::removeProjectResources(m_docker, p, nullptr);
        }
    }

    void setListDelete()
    {
        requireKeychain();
        const QString key = uniqueKey();
        m_keys << key;
        const QString file = save(project(QStringLiteral("sec-cli"), key));

        Run r = berth({"secret", "list", file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(key + QStringLiteral("  NOT SET")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("$DB_PASSWORD")));

        r = berth({"secret", "set", key, "value-in-argument"});
        QCOMPARE(r.code, 2); // never from an argument
        r = berth({"secret", "set", key}, "\n");
        QCOMPARE(r.code, 2); // empty
        QVERIFY(r.err.contains(QStringLiteral("empty")));

        r = berth({"secret", "set", key}, "cli-s3cret\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("cli-s3cret")));
        r = berth({"secret", "list", file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(key + QStringLiteral("  set")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("cli-s3cret")));

        r = berth({"secret", "delete", key});
        QCOMPARE(r.code, 0);
        r = berth({"secret", "list", file});
        QCOMPARE(r.code, 1);
    }

    void noDbusFailsWithin5s()
    {
        const QString file = save(project(QStringLiteral("sec-nodbus"), uniqueKey()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        const Run r = berth({"secret", "list", file}, {}, env, 15000);
        QVERIFY2(r.ms < 5000, qPrintable(QString::number(r.ms)));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("keychain")), qPrintable(r.err));
    }

    void runPutsTheValueOnlyInTheEnvironment()
    {
        requireKeychain();
        requireDocker();
        const QByteArray value = "v-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        const QString key = setSecret(value);
        const QString name = QStringLiteral("sec-run");
        const QString file = save(project(name, key));

        const Run run = berth({"run", file, "--headless", "--events-json", "--duration", "6",
                               "--keep"},
                              {}, QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\"lastStatus\":\"RUNNING\"")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QString::fromLatin1(value)));
        QVERIFY(!run.err.contains(QString::fromLatin1(value)));

        const auto listed = m_docker.listContainers(
            {QLatin1String(ContainerSpec::kProject) + u'=' + name}, true);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        const auto inspected = m_docker.inspectContainer(listed->first().id);
        QVERIFY(inspected.ok());
        const QJsonObject config = inspected->value(QLatin1String("Config")).toObject();
        QVERIFY(config.value(QLatin1String("Env")).toArray().contains(
            QStringLiteral("DB_PASSWORD=") + QString::fromLatin1(value)));
        const QByteArray labels =
            QJsonDocument(config.value(QLatin1String("Labels")).toObject()).toJson();
        QVERIFY(!labels.contains(value));

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(value));
        const QString out = m_dir.filePath(QStringLiteral("export"));
        const Run exported = berth({"export", file, "--out", out});
        QCOMPARE(exported.code, 0);
        int files = 0;
        for (QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile e(it.next());
            QVERIFY(e.open(QIODevice::ReadOnly));
            QVERIFY2(!e.readAll().contains(value), qPrintable(e.fileName()));
            ++files;
        }
        QVERIFY(files > 0);
        Engine::removeProjectResources(m_docker, name, nullptr);
    }

    void missingSecretStopsTheTask()
    {
        requireKeychain();
        requireDocker();
        const QString key = uniqueKey(); // never set
        const QString name = QStringLiteral("sec-missing");
        const QString file = save(project(name, key));
        const Run run = berth({"run", file, "--headless", "--events-json", "--duration", "4"},
                              {}, QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(run.out.contains(QStringLiteral("ResourceInitializationError: unable to pull "
                                                 "secrets or registry auth: ")),
                 qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(key));
        QVERIFY(run.out.contains(QStringLiteral("TaskFailedToStart")));
        const auto listed = m_docker.listContainers(
            {QLatin1String(ContainerSpec::kProject) + u'=' + name}, true);
        QVERIFY(listed.ok());
        QVERIFY(listed->isEmpty());
    }

    void unsafeRunIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::newRow("privileged") << QJsonObject{{"privileged", true}};
    }

    void unsafeRunIsRefused()
    {
        QFETCH(QJsonObject, extra);
        ProjectData p = project(QStringLiteral("sec-unsafe"), uniqueKey(), extra);
        const Run r = berth({"run", save(p), "--headless", "--duration", "1"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--allow-unsafe")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("privileged")));
        // A one-off task needs the same consent.
        const QString family = p.taskDefinitions.first().family();
        const Run task = berth({"run-task", save(p), family});
        QCOMPARE(task.code, 1);
        QVERIFY2(task.err.contains(QStringLiteral("berth run-task: not started; pass "
                                                  "--allow-unsafe")),
                 qPrintable(task.err));
        const auto listed = m_docker.listContainers(
            {QLatin1String(ContainerSpec::kProject) + u'=' + p.name}, true);
        QVERIFY(listed.ok());
        QVERIFY(listed->isEmpty());
    }

    void rootMountIsRefused()
    {
        ProjectData p = project(QStringLiteral("sec-rootfs"), uniqueKey(),
                                {{"mountPoints", QJsonArray{QJsonObject{
                                                     {"sourceVolume", "root"},
                                                     {"containerPath", "/host"}}}}});
        QJsonObject td = p.taskDefinitions.first().json();
        td.insert("volumes", QJsonArray{QJsonObject{{"name", "root"},
                                                    {"host", QJsonObject{{"sourcePath", "/"}}}}});
        p.taskDefinitions.first().setJson(td);
        const Run r = berth({"run", save(p), "--headless", "--duration", "1"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("every file of the host")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--allow-unsafe")));
    }
};

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
