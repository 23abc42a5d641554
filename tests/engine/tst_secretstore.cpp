// The secret store on the OS keychain (inside the D-Bus session with an unlocked
// gnome-keyring that scripts/test.sh provides), its timeout without a keychain, and how a
// task's secrets and registry credentials are resolved.
#include "engine/secrets/keychainsecretstore.h"
#include "engine/secrets/secretindex.h"
#include "engine/secrets/memorysecretstore.h"
#include "engine/secrets/secretresolver.h"
#include "tests/skiporfail.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

constexpr const char *kChildKey = "BERTH_SECRETSTORE_CHILD_KEY";

/// In a child process: one read, its outcome on stdout.
int childRead(const QString &key)
{
    KeychainSecretStore store;
    const SecretResult r = store.read(key);
    QTextStream out(stdout);
    out << (r.ok() ? "ok" : r.notFound() ? "not found" : "failed: " + r.error) << Qt::endl;
    return r.failed() ? 1 : 0;
}

TaskDefinition taskWithSecrets()
{
    return TaskDefinition(QJsonObject{
        {"family", "api"},
        {"containerDefinitions",
         QJsonArray{QJsonObject{
             {"name", "web"},
             {"image", "registry.example.com:5000/team/web:1"},
             {"repositoryCredentials",
              QJsonObject{{"credentialsParameter",
                           "arn:aws:secretsmanager:us-east-1:1:secret:reg"}}},
             {"secrets", QJsonArray{QJsonObject{{"name", "DB_PASSWORD"},
                                                {"valueFrom", "arn:aws:ssm:us-east-1:1:"
                                                              "parameter/db"}}}}}}}});
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private:
    QStringList m_written;

    static bool keychainSession(QByteArray *reason)
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return true;
        *reason = "no D-Bus session with a keychain; run inside scripts/test.sh or "
                  "dbus-run-session with an unlocked gnome-keyring";
        return false;
    }

    QString uniqueKey(const char *what)
    {
        const QString key = QStringLiteral("arn:aws:ssm:us-east-1:0:parameter/berth-test/%1-%2")
                                .arg(QLatin1String(what),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_written << key;
        return key;
    }

    QProcess *startChild(const QProcessEnvironment &env)
    {
        auto *child = new QProcess(this);
        child->setProcessEnvironment(env);
        child->start(QCoreApplication::applicationFilePath(), {});
        return child;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        QByteArray reason;
        if (m_written.isEmpty() || !keychainSession(&reason))
            return;
        KeychainSecretStore store;
        for (const QString &key : std::as_const(m_written))
            store.remove(key);
    }

    void writeReadDelete()
    {
        QByteArray reason;
        if (!keychainSession(&reason)) {
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
        KeychainSecretStore store;
        QCOMPARE(store.service(), QStringLiteral("berth"));
        const QString key = uniqueKey("roundtrip");
        const QString value = QStringLiteral("s3cr\u00e9t with spaces\nand a line");
        const SecretResult written = store.write(key, value);
        QVERIFY2(written.ok(), qPrintable(written.error));
        // Whoever writes through the store, the key's name is listed (never its value).
        QVERIFY(SecretIndex::keys().contains(key));
        const SecretResult read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value, value);
        QVERIFY(store.write(key, QStringLiteral("second")).ok());
        QCOMPARE(store.read(key).value, QStringLiteral("second"));
        QVERIFY(store.remove(key).ok());
        QVERIFY(store.read(key).notFound());
        QVERIFY(!SecretIndex::keys().contains(key));
        // Berth's own keys are not the user's secrets: not listed.
        const QString own = QStringLiteral("berth:") + key;
        QVERIFY(store.write(own, value).ok());
        QVERIFY(!SecretIndex::keys().contains(own));
        QVERIFY(store.remove(own).ok());
    }

    void missingKeyIsNotFound()
    {
        QByteArray reason;
        if (!keychainSession(&reason)) {
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
        KeychainSecretStore store;
        const SecretResult r = store.read(uniqueKey("never-set"));
        QVERIFY2(r.notFound(), qPrintable(r.error));
        QVERIFY(r.value.isEmpty());
    }

    void noDbusSessionFailsWithin5s()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY")); // no autolaunched bus either
        env.insert(QLatin1String(kChildKey), QStringLiteral("arn:aws:ssm:x:0:parameter/none"));
        QElapsedTimer timer;
        timer.start();
        QProcess *child = startChild(env);
        QVERIFY(child->waitForFinished(10000));
        const QString out = QString::fromUtf8(child->readAllStandardOutput());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(child->exitCode(), 1);
        QVERIFY2(out.startsWith(QLatin1String("failed: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("keychain")), qPrintable(out));
    }

    void busThatNeverAnswersTimesOut()
    {
        // A "session bus" that accepts the connection and then says nothing.
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("bus"))));
        QList<QLocalSocket *> held;
        connect(&server, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = server.nextPendingConnection())
                held << s;
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + server.fullServerName());
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QLatin1String(kChildKey), QStringLiteral("arn:aws:ssm:x:0:parameter/none"));
        QElapsedTimer timer;
        timer.start();
        QProcess *child = startChild(env);
        QTRY_VERIFY_WITH_TIMEOUT(child->state() == QProcess::NotRunning, 10000);
        const QString out = QString::fromUtf8(child->readAllStandardOutput());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(out.startsWith(QLatin1String("failed: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("keychain")), qPrintable(out));
    }

    void resolvesSecretsAndRepositoryCredentials()
    {
        MemorySecretStore store;
        store.write(QStringLiteral("arn:aws:ssm:us-east-1:1:parameter/db"), QStringLiteral("pw1"));
        store.write(QStringLiteral("arn:aws:secretsmanager:us-east-1:1:secret:reg"),
                    QStringLiteral(R"({"username":"bob","password":"hunter2"})"));
        SecretResolver resolver(&store);
        ResolvedSecrets resolved;
        QString error;
        QVERIFY2(resolver.resolve(taskWithSecrets(), &resolved, &error), qPrintable(error));
        QCOMPARE(resolved.values.value("web").value("DB_PASSWORD"), QStringLiteral("pw1"));
        const QByteArray header = QByteArray::fromBase64(
            resolved.registryAuth.value("web").headerValue(), QByteArray::Base64UrlEncoding);
        QVERIFY(header.contains("\"username\":\"bob\""));
        QVERIFY(header.contains("\"serveraddress\":\"registry.example.com:5000\""));
    }

    void missingSecretNamesTheKey_data()
    {
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("missing");
        QTest::newRow("secret") << "arn:aws:secretsmanager:us-east-1:1:secret:reg"
                                << "arn:aws:ssm:us-east-1:1:parameter/db";
        QTest::newRow("registry") << "arn:aws:ssm:us-east-1:1:parameter/db"
                                  << "arn:aws:secretsmanager:us-east-1:1:secret:reg";
    }

    void missingSecretNamesTheKey()
    {
        QFETCH(QString, present);
        QFETCH(QString, missing);
        MemorySecretStore store;
        store.write(present, QStringLiteral("alice:topsecretvalue"));
        ResolvedSecrets resolved;
        QString error;
        QVERIFY(!SecretResolver(&store).resolve(taskWithSecrets(), &resolved, &error));
        QVERIFY2(error.startsWith(QLatin1String("ResourceInitializationError: unable to pull "
                                                "secrets or registry auth: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("topsecretvalue")), qPrintable(error));
    }

    void storeFailureStopsWithItsCause()
    {
        MemorySecretStore store;
        store.setFailure(QStringLiteral("no keychain service is available"));
        ResolvedSecrets resolved;
        QString error;
        QVERIFY(!SecretResolver(&store).resolve(taskWithSecrets(), &resolved, &error));
        QVERIFY2(error.contains(QLatin1String("no keychain service")), qPrintable(error));
        QVERIFY(!SecretResolver(nullptr).resolve(taskWithSecrets(), &resolved, &error));
    }

    void registryHosts_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("host");
        QTest::newRow("hub") << "nginx:alpine" << "docker.io";
        QTest::newRow("hub namespace") << "library/nginx" << "docker.io";
        QTest::newRow("ecr") << "1.dkr.ecr.us-east-1.amazonaws.com/web:1"
                             << "1.dkr.ecr.us-east-1.amazonaws.com";
        QTest::newRow("port") << "reg:5000/web" << "reg:5000";
        QTest::newRow("localhost") << "localhost/web" << "localhost";
    }

    void registryHosts()
    {
        QFETCH(QString, image);
        QFETCH(QString, host);
        QCOMPARE(SecretResolver::registryHost(image), host);
    }

    void perRegistryCredentials()
    {
        MemorySecretStore store;
        SecretResolver resolver(&store);
        Berth::Engine::Docker::RegistryAuth auth;
        QString error;
        QVERIFY(resolver.registryAuthFor(QStringLiteral("reg:5000/web"), &auth, &error));
        QVERIFY(auth.isEmpty()); // none set: an anonymous pull
        store.write(SecretStore::registryKey(QStringLiteral("reg:5000")), QStringLiteral("u:p"));
        QVERIFY(resolver.registryAuthFor(QStringLiteral("reg:5000/web"), &auth, &error));
        QVERIFY(!auth.isEmpty());
        store.write(SecretStore::registryKey(QStringLiteral("reg:5000")), QStringLiteral("junk"));
        QVERIFY(!resolver.registryAuthFor(QStringLiteral("reg:5000/web"), &auth, &error));
        QVERIFY(error.contains(QLatin1String("registry:reg:5000")));
        QVERIFY(!error.contains(QLatin1String("junk")));
    }

    void needsListsEveryUse()
    {
        const QList<SecretNeed> needs = SecretResolver::needs(taskWithSecrets());
        QCOMPARE(needs.size(), 2);
        QVERIFY(needs.at(0).registryCredentials());
        QCOMPARE(needs.at(1).variable, QStringLiteral("DB_PASSWORD"));
        QCOMPARE(needs.at(1).taskDefinition, QStringLiteral("api:1"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildKey))
        return childRead(qEnvironmentVariable(kChildKey));
    tst_SecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
