// The keychain locked, and its daemon killed, under a run whose task definition takes a secret
// from it. The case runs a D-Bus session bus and a gnome-keyring of its own (own socket, own
// keyring folder; the bus activates nothing, so a killed keyring stays gone), so the keyring
// the rest of the suite uses is never locked. A task that starts while the keychain is locked
// or gone stops the ECS way (TaskFailedToStart, ResourceInitializationError, a reason that says
// what to do), the run neither crashes nor hangs, the running tasks are untouched, and the
// first start after the keychain is back succeeds with the secret in the container.
#include "tests/faults/faultsupport.h"

#include "engine/runtime/deployment.h"
#include "engine/runtime/enginehost.h"
#include "engine/secrets/keychainsecretstore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>
#include <functional>

using namespace Berth;
using namespace FaultSupport;

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QByteArray kPassword = "berth-fault-keychain";

// A session bus that activates no service: a keyring that is killed stays gone, as on a
// machine without D-Bus activation of org.freedesktop.secrets.
const char kBusConfig[] =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>session</type>\n"
    "  <listen>unix:path=%1</listen>\n"
    "  <auth>EXTERNAL</auth>\n"
    "  <policy context=\"default\">\n"
    "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
    "    <allow eavesdrop=\"true\"/>\n"
    "    <allow own=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n";

// The test's own bus; the last case ends it under a live keychain connection.
qint64 g_busPid = 0;

} // namespace

class tst_FaultKeychain : public QObject
{
    Q_OBJECT

private:
    const QString m_project = QStringLiteral("fault-keychain");
    const QString m_key = QStringLiteral("arn:aws:ssm:us-east-1:0:parameter/berth-fault/") +
                          QUuid::createUuid().toString(QUuid::Id128);
    const QString m_value = QUuid::createUuid().toString(QUuid::Id128);
    QTemporaryDir m_dir;
    QProcess m_keyring;
    QString m_address;
    Engine::Docker::DockerClient m_docker;

    QDBusConnection bus() const
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("fault-keychain"));
    }

    bool startKeyring()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.remove(QStringLiteral("DISPLAY"));
        m_keyring.setProcessEnvironment(env);
        m_keyring.setProcessChannelMode(QProcess::MergedChannels);
        m_keyring.setStandardOutputFile(m_dir.filePath(QStringLiteral("keyring.log")),
                                        QIODevice::Append);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {"--foreground", "--unlock", "--components=secrets"});
        if (!m_keyring.waitForStarted(10000))
            return false;
        m_keyring.write(kPassword);
        m_keyring.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            if (bus().interface()->isServiceRegistered(kService))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    void killKeyring()
    {
        if (m_keyring.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_keyring.processId()), SIGKILL);
        m_keyring.waitForFinished(10000);
    }

    QList<QDBusObjectPath> collections()
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            kService, kServicePath, QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Service") << QStringLiteral("Collections");
        const QDBusReply<QDBusVariant> reply = bus().call(get);
        QList<QDBusObjectPath> out;
        if (reply.isValid())
            reply.value().variant().value<QDBusArgument>() >> out;
        return out;
    }
    /// Locks every collection over D-Bus, as a screen lock or `secret-tool lock` does.
    bool lockKeychain()
    {
        const QList<QDBusObjectPath> all = collections();
        QDBusMessage lock = QDBusMessage::createMethodCall(
            kService, kServicePath, QStringLiteral("org.freedesktop.Secret.Service"),
            QStringLiteral("Lock"));
        lock << QVariant::fromValue(all);
        const QDBusMessage reply = bus().call(lock);
        return !all.isEmpty() && reply.type() == QDBusMessage::ReplyMessage;
    }
    /// Unlocks every collection with the keyring's password, as a login does.
    bool unlockKeychain()
    {
        // gnome-keyring's own way to unlock without a prompt, in a plain-text session.
        QDBusMessage open = QDBusMessage::createMethodCall(
            kService, kServicePath, QStringLiteral("org.freedesktop.Secret.Service"),
            QStringLiteral("OpenSession"));
        open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
        const QDBusMessage opened = bus().call(open);
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return false;
        const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();
        bool ok = true;
        for (const QDBusObjectPath &collection : collections()) {
            QDBusMessage unlock = QDBusMessage::createMethodCall(
                kService, kServicePath,
                QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                QStringLiteral("UnlockWithMasterPassword"));
            QDBusArgument master;
            master.beginStructure();
            master << session << QByteArray() << kPassword << QStringLiteral("text/plain");
            master.endStructure();
            unlock << QVariant::fromValue(collection) << QVariant::fromValue(master);
            const QDBusMessage reply = bus().call(unlock);
            if (reply.type() != QDBusMessage::ReplyMessage) {
                qWarning() << "unlock" << collection.path() << reply.errorMessage();
                ok = false;
            }
        }
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"dbus-daemon", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                const QByteArray reason = QByteArray(tool) + " is not installed (Debian "
                                                             "packages dbus and gnome-keyring)";
                BERTH_SKIP_OR_FAIL(reason.constData());
            }
        }
        BERTH_FAULT_NEEDS_DOCKER(m_docker, m_project);
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("data"));
        QDir(m_dir.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")), QFileDevice::ReadOwner |
                                                                         QFileDevice::WriteOwner |
                                                                         QFileDevice::ExeOwner);
        const QString socket = m_dir.filePath(QStringLiteral("bus"));
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QString::fromLatin1(kBusConfig).arg(socket).toUtf8());
        config.close();
        QVERIFY(QProcess::startDetached(QStringLiteral("dbus-daemon"),
                                        {"--config-file=" + config.fileName(), "--nofork"}, {},
                                        &g_busPid));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
        m_address = QStringLiteral("unix:path=") + socket;
        // Everything in this process that speaks D-Bus (QtKeychain, libsecret) finds this bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY2(startKeyring(), "gnome-keyring-daemon did not appear on the test's own bus");
        Engine::Deployment::setTimeScale(20);
        qputenv("BERTH_HEALTHY_AFTER_SECONDS", "1");
    }

    void cleanupTestCase()
    {
        Engine::Engine::removeProjectResources(m_docker, m_project, nullptr);
        if (m_keyring.state() != QProcess::NotRunning) {
            m_keyring.terminate();
            if (!m_keyring.waitForFinished(5000))
                killKeyring();
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("fault-keychain"));
    }

    void keychainLockedAndGoneUnderARun()
    {
        Engine::KeychainSecretStore store;
        const Engine::SecretResult written = store.write(m_key, m_value);
        QVERIFY2(written.ok(), qPrintable(written.error));

        Model::ProjectData p = serviceProject(m_project, 1, 2);
        p.taskDefinitions.clear();
        const QJsonArray secrets{QJsonObject{{"name", "TOKEN"}, {"valueFrom", m_key}}};
        p.registerTaskDefinition(webDefinition("1", {{"secrets", secrets}}));
        Engine::EngineHost host;
        QStringList notices;
        connect(&host, &Engine::EngineHost::notice, this, [&](const QString &n) { notices << n; });
        int snapshots = 0;
        connect(&host, &Engine::EngineHost::snapshotReady, this, [&] { ++snapshots; });
        host.start(p);

        auto tasks = [&] { return host.lastSnapshot().tasks; };
        auto running = [&] {
            QStringList ids;
            for (const Engine::Task &t : tasks()) {
                if (t.isActive() && t.lastStatus == Engine::TaskStatus::Running)
                    ids << t.id;
            }
            return ids;
        };
        auto failedToStart = [&](const QSet<QString> &seen) -> QList<Engine::Task> {
            QList<Engine::Task> out;
            for (const Engine::Task &t : tasks()) {
                if (t.isStopped() && t.stopCode == QLatin1String("TaskFailedToStart") &&
                    !seen.contains(t.id))
                    out << t;
            }
            return out;
        };
        auto containerOf = [&](const QString &taskId) {
            for (const Engine::Task &t : tasks()) {
                if (t.id == taskId)
                    return t.containers.value(0).dockerId;
            }
            return QString();
        };
        auto secretIn = [&](const QString &taskId) {
            const auto inspected = m_docker.inspectContainer(containerOf(taskId));
            return inspected.ok() &&
                   inspected->value("Config").toObject().value("Env").toArray().contains(
                       QStringLiteral("TOKEN=") + m_value);
        };
        QSet<QString> seen; // tasks that failed to start in an earlier phase
        // After \a start, a task fails to start the ECS way saying \a what; snapshots keep
        // coming, and \a runs keep running in the same containers.
        auto startFails = [&](const char *phase, const std::function<void()> &start,
                              const QStringList &runs, const QString &what) {
            for (const Engine::Task &t : failedToStart({}))
                seen.insert(t.id);
            QStringList containers;
            for (const QString &id : runs)
                containers << containerOf(id);
            QElapsedTimer clock;
            clock.start();
            start();
            QTRY_VERIFY_WITH_TIMEOUT(!failedToStart(seen).isEmpty(), 30000);
            const QString reason = failedToStart(seen).first().stoppedReason;
            qInfo("%s: a start failed %lld ms later: %s", phase, clock.elapsed(),
                  qPrintable(reason));
            QVERIFY2(reason.startsWith("ResourceInitializationError: unable to pull secrets or "
                                       "registry auth: " +
                                       m_key + ": "),
                     qPrintable(reason));
            QVERIFY2(reason.contains(what), qPrintable(reason));
            const int snapshotsThen = snapshots;
            QTRY_VERIFY_WITH_TIMEOUT(snapshots > snapshotsThen + 2, 10000);
            QCOMPARE(running(), runs);
            for (qsizetype i = 0; i < runs.size(); ++i)
                QCOMPARE(containerOf(runs.at(i)), containers.at(i));
            QCOMPARE(lookAt(m_docker, m_project).running, int(runs.size()));
        };
        // After \a back, the next attempt brings the service to \a desired with the secret.
        auto startsAgain = [&](const char *phase, const std::function<void()> &back, int desired) {
            back();
            QElapsedTimer clock;
            clock.start();
            QTRY_COMPARE_WITH_TIMEOUT(running().size(), desired, 60000);
            qInfo("%s: %d tasks running %lld ms later", phase, desired, clock.elapsed());
            for (const QString &id : running())
                QVERIFY(secretIn(id));
        };
        QTRY_COMPARE_WITH_TIMEOUT(running().size(), 2, 60000);
        QVERIFY(secretIn(running().first()));

        // 1. Locked: a replacement for a task whose container died cannot get its secret.
        QVERIFY(lockKeychain());
        const QStringList first = running();
        startFails(
            "locked", [&] { QVERIFY(m_docker.killContainer(containerOf(first.at(0))).ok()); },
            {first.at(1)}, QStringLiteral("the keychain is locked; unlock it"));
        if (QTest::currentTestFailed())
            return;
        startsAgain(
            "unlocked", [&] { QVERIFY(unlockKeychain()); }, 2);

        // 2. Gone: the keyring's daemon killed; a scale-out cannot get its secret.
        killKeyring();
        startFails(
            "gone", [&] { host.setDesiredCount(QStringLiteral("web"), 3); }, running(),
            QStringLiteral("start or unlock it and try again"));
        if (QTest::currentTestFailed())
            return;
        // Back: started again (the keyring file unlocked with its password).
        startsAgain(
            "keyring back", [&] { QVERIFY(startKeyring()); }, 3);

        // 3. Hung: the keyring's daemon stopped (SIGSTOP), as a keychain waiting on a prompt
        //    nobody sees; a scale-out fails after Berth's own timeout, and the run goes on.
        ::kill(pid_t(m_keyring.processId()), SIGSTOP);
        startFails(
            "hung", [&] { host.setDesiredCount(QStringLiteral("web"), 4); }, running(),
            QStringLiteral("did not answer"));
        if (QTest::currentTestFailed())
            return;
        startsAgain(
            "keyring answering again", [&] { ::kill(pid_t(m_keyring.processId()), SIGCONT); }, 4);

        QVERIFY(stopAll(host, 60000));
        QCOMPARE(lookAt(m_docker, m_project).containers, 0);
        QVERIFY(store.remove(m_key).ok());
    }

    // The session bus itself gone (a logout, a bus restarted): GDBus would end the process
    // with SIGTERM (its exit-on-close); Berth keeps running and says the keychain cannot be
    // reached. A SIGTERM here ends the test binary before the checks below.
    void sessionBusGoneLeavesBerthRunning()
    {
        Engine::KeychainSecretStore store;
        QVERIFY(store.write(m_key, m_value).ok()); // the keychain's connection is open
        QVERIFY(g_busPid > 0);
        QCOMPARE(::kill(pid_t(g_busPid), SIGTERM), 0);
        g_busPid = 0;
        QTest::qWait(1500);
        const Engine::SecretResult after = store.read(m_key);
        QVERIFY2(after.failed(), qPrintable(after.error));
        QVERIFY2(after.error.contains(QLatin1String("keychain")), qPrintable(after.error));
    }
};

int main(int argc, char *argv[])
{
    int status = 0;
    {
        QCoreApplication app(argc, argv);
        tst_FaultKeychain test;
        status = QTest::qExec(&test, argc, argv);
    }
    if (g_busPid > 0)
        ::kill(pid_t(g_busPid), SIGTERM);
    return status;
}
#include "tst_faultkeychain.moc"
