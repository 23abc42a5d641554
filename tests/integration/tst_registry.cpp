// The local registry that stands in for ECR, for real: Debian's docker-registry started by
// `berth registry start` on a loopback port of its own with a bcrypt htpasswd whose password
// is in the keychain (inside the D-Bus session scripts/test.sh provides); a small image built
// from a Dockerfile with `berth image build`, pushed with `berth image push` and listed; a
// wrong password refused by the registry and by the daemon's push; an IMMUTABLE tag refusing a
// re-push in ECR's words; a run whose task definition names the image by its ECR URI reaching
// RUNNING with the image pulled from the registry; a missing tag and a missing repository
// stopping the task with CannotPullContainerError; and the aws CLI's get-login-password piped
// into docker login, describe-repositories and describe-images against the run's endpoint.
#include "engine/docker/dockerclient.h"
#include "engine/registry/ecrregistry.h"
#include "engine/registry/htpasswd.h"
#include "engine/registry/localregistry.h"
#include "engine/registry/registryclient.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/engine.h"
#include "model/ecrrepository.h"
#include "model/projectfile.h"
#include "tests/skiporfail.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

const QString kEcrHost = QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
               int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run berth(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
{
    return runProgram(QStringLiteral(BERTH_BINARY), args, input, timeoutMs);
}

ProjectData project(const QString &name, const QString &image)
{
    ProjectData p;
    p.name = name;
    Cluster c;
    c.name = QStringLiteral("lab");
    c.instances << ContainerInstance::ofType("i1", "t3.small", "us-east-1a");
    p.clusters << c;
    const QJsonObject container{
        {"name", "web"}, {"image", image}, {"cpu", 128}, {"memory", 64}, {"essential", true}};
    p.registerTaskDefinition(
        QJsonObject{{"family", "web"}, {"containerDefinitions", QJsonArray{container}}});
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = QStringLiteral("lab");
    s.taskDefinition = QStringLiteral("web");
    s.desiredCount = 1;
    p.services << s;
    return p;
}

} // namespace

class tst_Registry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Docker::DockerClient m_docker;
    QString m_address;
    QString m_repository;
    QString m_password;
    QStringList m_projects;
    int m_apiPort = 0;

    QString save(const ProjectData &p)
    {
        const QString path = m_dir.filePath(p.name + QStringLiteral(".berth"));
        [&] { QVERIFY(ProjectFile::save(p, path)); }();
        m_projects << p.name;
        return path;
    }

    QString ecrImage(const QString &tag) const
    {
        return kEcrHost + u'/' + m_repository + u':' + tag;
    }

    EcrRegistry ecr() const
    {
        return EcrRegistry(LocalRegistry(), m_password, QStringLiteral("123456789012"),
                           QStringLiteral("us-east-1"));
    }

    /// `berth run` of \a p with --events-json; its output.
    Run runFor(const ProjectData &p, int seconds)
    {
        const QString file = save(p);
        return berth({"run", file, "--headless", "--events-json", "--duration",
                      QString::number(seconds), "--no-api"},
                     {}, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            BERTH_SKIP_OR_FAIL("no D-Bus session with a keychain; run inside scripts/test.sh");
        const auto ping = m_docker.ping();
        if (!ping.ok()) {
            const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
            BERTH_SKIP_OR_FAIL(reason.constData());
        }
        if (LocalRegistry::findExecutable().isEmpty())
            BERTH_SKIP_OR_FAIL("docker-registry is not installed (apt install docker-registry)");
        QVERIFY(m_dir.isValid());
        // A port and a folder of this test's own: a user's registry on 127.80.0.1:5000 and
        // other runs of the suite stay untouched.
        const int port = 20000 + int(QCoreApplication::applicationPid() % 20000);
        m_address = QStringLiteral("127.80.0.1:%1").arg(port);
        m_apiPort = 40000 + int(QCoreApplication::applicationPid() % 20000);
        m_repository = QStringLiteral("berth-it/web-%1").arg(QCoreApplication::applicationPid());
        qputenv("BERTH_REGISTRY_ADDRESS", m_address.toUtf8());
        qputenv("BERTH_REGISTRY_DIR", m_dir.filePath(QStringLiteral("registry")).toUtf8());
        // docker login (the aws CLI case) writes its credentials here, not in ~/.docker.
        qputenv("DOCKER_CONFIG", m_dir.filePath(QStringLiteral("docker-config")).toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_docker.ping().ok()) {
            for (const QString &p : std::as_const(m_projects))
                Engine::removeProjectResources(m_docker, p, nullptr);
            for (const QString &tag : {QStringLiteral("v1"), QStringLiteral("v2")}) {
                m_docker.removeImage(ecrImage(tag), true);
                m_docker.removeImage(m_address + u'/' + m_repository + u':' + tag, true);
            }
        }
        if (!m_address.isEmpty())
            berth({"registry", "stop"});
    }

    void startsWithBcryptAuthentication()
    {
        const Run started = berth({"registry", "start"});
        QVERIFY2(started.code == 0, qPrintable(started.err));
        QVERIFY2(started.out.contains(m_address), qPrintable(started.out));
        const Run status = berth({"registry", "status", "--json"});
        QCOMPARE(status.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QVERIFY(s.value("running").toBool());
        QVERIFY(s.value("answering").toBool());

        const Run password = berth({"registry", "login-password"});
        QCOMPARE(password.code, 0);
        m_password = password.out.trimmed();
        QVERIFY(m_password.size() >= 16);

        // The htpasswd holds a bcrypt hash made by libxcrypt, never the password.
        QFile htpasswd(m_dir.filePath(QStringLiteral("registry/htpasswd")));
        QVERIFY(htpasswd.open(QIODevice::ReadOnly));
        const QByteArray line = htpasswd.readAll().trimmed();
        QVERIFY2(line.startsWith("AWS:$2b$"), line.constData());
        QVERIFY(!line.contains(m_password.toUtf8()));
        QVERIFY(Htpasswd::verify(m_password, line.mid(4)));
        QVERIFY(!Htpasswd::verify(m_password + u'x', line.mid(4)));

        QCOMPARE(RegistryClient(m_address, {}, {}).check(), 401);
        QCOMPARE(RegistryClient(m_address, QStringLiteral("AWS"), QStringLiteral("wrong")).check(),
                 401);
        QCOMPARE(RegistryClient(m_address, QStringLiteral("AWS"), m_password).check(), 200);

        // Starting again leaves the running one alone.
        const Run again = berth({"registry", "start"});
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(berth({"registry", "status", "--json"}).out.toUtf8())
                     .object()
                     .value("pid")
                     .toInteger(),
                 s.value("pid").toInteger());
    }

    void buildsPushesAndLists()
    {
        QVERIFY(!m_password.isEmpty());
        // A Dockerfile in a test folder: the demo program and a file that makes this image
        // this test's own.
        const QString context = m_dir.filePath(QStringLiteral("context"));
        QVERIFY(QDir().mkpath(context));
        QVERIFY(QFile::copy(QStringLiteral(BERTH_DEMO_DIR "/demo"), context + "/demo"));
        QFile dockerfile(context + QStringLiteral("/Dockerfile"));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM scratch\nCOPY demo /demo\nCOPY stamp /stamp\nEXPOSE 8080\n"
                         "ENTRYPOINT [\"/demo\"]\n");
        dockerfile.close();
        QFile stamp(context + QStringLiteral("/stamp"));
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.write(m_repository.toUtf8());
        stamp.close();

        const Run built = berth({"image", "build", context, "--tag", m_repository + ":v1"});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        QVERIFY(m_docker.imageExists(ecrImage("v1")).value());

        const Run pushed = berth({"image", "push", m_repository + ":v1"});
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        QVERIFY2(pushed.out.contains(QStringLiteral("Pushed ")), qPrintable(pushed.out));

        const auto tags =
            RegistryClient(m_address, QStringLiteral("AWS"), m_password).tags(m_repository);
        QVERIFY2(tags.ok(), qPrintable(tags.error().message()));
        QCOMPARE(tags.value(), QStringList{QStringLiteral("v1")});

        const Run listed = berth({"image", "list", m_repository, "--json"});
        QCOMPARE(listed.code, 0);
        const QJsonArray details =
            QJsonDocument::fromJson(listed.out.toUtf8()).object().value("imageDetails").toArray();
        QCOMPARE(details.size(), 1);
        const QJsonObject image = details.first().toObject();
        QCOMPARE(image.value("imageTags").toArray(), QJsonArray{"v1"});
        QVERIFY(image.value("imageDigest").toString().startsWith(QStringLiteral("sha256:")));
        QVERIFY(image.value("imageSizeInBytes").toInteger() > 100000); // the demo binary
        QVERIFY(image.contains("imagePushedAt"));
    }

    void wrongPasswordIsRefusedByThePush()
    {
        QVERIFY(!m_password.isEmpty());
        const QString local = m_address + u'/' + m_repository + QStringLiteral(":v1");
        const auto refused = m_docker.pushImage(
            local, Docker::RegistryAuth(QStringLiteral("AWS"), QStringLiteral("wrong"), m_address));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("unauthorized"),
                                                    Qt::CaseInsensitive) ||
                     refused.error().message().contains(QStringLiteral("authentication"),
                                                        Qt::CaseInsensitive),
                 qPrintable(refused.error().message()));
    }

    void immutableTagRefusesARepush()
    {
        QVERIFY(!m_password.isEmpty());
        EcrRegistry registry = ecr();
        QVERIFY(!registry.putImageTagMutability(m_repository, "IMMUTABLE").isError());
        const Run again = berth({"image", "push", m_repository + ":v1"});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(
                     QStringLiteral(
                         "ImageTagAlreadyExistsException: tag invalid: The image tag 'v1' already "
                         "exists in the '%1' repository and cannot be overwritten because the "
                         "repository is immutable.")
                         .arg(m_repository)),
                 qPrintable(again.err));
        // A new tag is still welcome.
        QVERIFY(m_docker.tagImage(ecrImage("v1"), ecrImage("v2")).ok());
        QCOMPARE(berth({"image", "push", m_repository + ":v2"}).code, 0);
        QVERIFY(!registry.putImageTagMutability(m_repository, "MUTABLE").isError());
        QCOMPARE(berth({"image", "push", m_repository + ":v1"}).code, 0);
    }

    void designRulesApplyToPushes()
    {
        QVERIFY(!m_password.isEmpty());
        // The design's repository is IMMUTABLE and keeps its last 2 images.
        const QString repo = m_repository + QStringLiteral("-life");
        ProjectData p =
            project(QStringLiteral("reg-life-%1").arg(QCoreApplication::applicationPid()),
                    kEcrHost + u'/' + repo + QStringLiteral(":l1"));
        EcrRepository designed;
        designed.name = repo;
        designed.imageTagMutability = QStringLiteral("IMMUTABLE");
        designed.keepLastImages = 2;
        p.repositories << designed;
        const QString file = save(p);
        const QString context = m_dir.filePath(QStringLiteral("context"));
        for (const QString tag :
             {QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("l3")}) {
            QFile stamp(context + QStringLiteral("/stamp"));
            QVERIFY(stamp.open(QIODevice::WriteOnly));
            stamp.write((repo + tag).toUtf8()); // a different image each time
            stamp.close();
            const Run built = berth({"image", "build", context, "--tag", repo + u':' + tag});
            QVERIFY2(built.code == 0, qPrintable(built.err));
            const Run pushed = berth({"image", "push", repo + u':' + tag, "--project", file});
            QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
            m_docker.removeImage(ecrImage(tag).replace(m_repository, repo), true);
            m_docker.removeImage(m_address + u'/' + repo + u':' + tag, true);
        }
        const auto tags = RegistryClient(m_address, QStringLiteral("AWS"), m_password).tags(repo);
        QVERIFY(tags.ok());
        QCOMPARE(tags.value(), (QStringList{"l2", "l3"}));
        QList<EcrRegistry::Repository> described;
        QVERIFY(!ecr().describeRepositories({repo}, &described).isError());
        QCOMPARE(described.first().record.imageTagMutability, QStringLiteral("IMMUTABLE"));
        QCOMPARE(described.first().record.keepLastImages, 2);
    }

    void runPullsTheEcrImageFromTheRegistry()
    {
        QVERIFY(!m_password.isEmpty());
        // Gone from the daemon: the run must pull it from the registry.
        QVERIFY(m_docker.removeImage(ecrImage("v1"), true).ok());
        m_docker.removeImage(m_address + u'/' + m_repository + QStringLiteral(":v1"), true);
        QVERIFY(!m_docker.imageExists(ecrImage("v1")).value());

        const QString name = QStringLiteral("reg-run-%1").arg(QCoreApplication::applicationPid());
        const Run run = runFor(project(name, ecrImage("v1")), 5);
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\"lastStatus\":\"RUNNING\"")),
                 qPrintable(run.out + run.err));
        // Pulled from the registry and named as ECS names it.
        const auto image = m_docker.inspectImage(ecrImage("v1"));
        QVERIFY(image.ok());
        const QJsonArray digests = image->value("RepoDigests").toArray();
        QVERIFY2(QJsonDocument(digests).toJson().contains(
                     (m_address + u'/' + m_repository + u'@').toUtf8()),
                 QJsonDocument(digests).toJson().constData());
        const auto stopped =
            m_docker.listContainers({QLatin1String(ContainerSpec::kProject) + u'=' + name}, true);
        QVERIFY(stopped.ok());
        Engine::removeProjectResources(m_docker, name, nullptr);
    }

    void missingTagOrRepositoryCannotBePulled_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("reason");
        QTest::newRow("tag") << "v9"
                             << "CannotPullContainerError: Error response from daemon: manifest "
                                "for %1:v9 not found: manifest unknown: Requested image not "
                                "found";
        QTest::newRow("repository")
            << "missing"
            << "CannotPullContainerError: Error response from daemon: repository %1 not found: "
               "name unknown: The repository with name '%2' does not exist in the registry "
               "with id '123456789012'";
    }

    void missingTagOrRepositoryCannotBePulled()
    {
        QFETCH(QString, image);
        QFETCH(QString, reason);
        QVERIFY(!m_password.isEmpty());
        const bool repository = image == QLatin1String("missing");
        const QString repo = repository ? m_repository + QStringLiteral("-none") : m_repository;
        const QString reference = kEcrHost + u'/' + repo + u':' + (repository ? "v1" : image);
        const QString name = QStringLiteral("reg-miss-%1-%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QTest::currentDataTag());
        const Run run = runFor(project(name, reference), 3);
        const QString expected = repository ? reason.arg(kEcrHost + u'/' + repo, repo)
                                            : reason.arg(kEcrHost + u'/' + repo);
        QVERIFY2(run.out.contains(expected), qPrintable(expected + "\n" + run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("TaskFailedToStart")));
    }

    void awsCliLogsInAndDescribes()
    {
        QVERIFY(!m_password.isEmpty());
        if (!QFile::exists(QStringLiteral("/usr/bin/aws")))
            BERTH_SKIP_OR_FAIL("Debian's aws CLI (/usr/bin/aws, package awscli) is missing");
        const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
        if (docker.isEmpty())
            BERTH_SKIP_OR_FAIL("the docker command is missing (package docker.io)");
        const QString name = QStringLiteral("reg-api-%1").arg(QCoreApplication::applicationPid());
        const QString file = save(project(name, ecrImage("v1")));
        QProcess run;
        run.start(QStringLiteral(BERTH_BINARY),
                  {"run", file, "--headless", "--duration", "40", "--quiet", "--api-port",
                   QString::number(m_apiPort)});
        QVERIFY(run.waitForStarted());
        // The API answers once the run is on.
        QElapsedTimer waited;
        waited.start();
        bool serving = false;
        while (!serving && waited.elapsed() < 30000 && run.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_apiPort));
            serving = probe.waitForConnected(200);
            if (!serving)
                QTest::qWait(200);
        }
        QVERIFY2(serving, run.readAllStandardError().constData());

        const Run env = berth({"api", "env", "--port", QString::number(m_apiPort)});
        QCOMPARE(env.code, 0);
        QProcessEnvironment aws = QProcessEnvironment::systemEnvironment();
        for (const QString &line : env.out.split(u'\n')) {
            if (line.startsWith(QStringLiteral("export "))) {
                const QString assignment = line.mid(7);
                aws.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
            }
        }
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort);
        auto awsCall = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(aws);
            p.start(QStringLiteral("/usr/bin/aws"),
                    QStringList{"--endpoint-url", endpoint, "--output", "json", "ecr"} + args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };

        const Run login = awsCall({"get-login-password"});
        QVERIFY2(login.code == 0, qPrintable(login.err));
        QCOMPARE(login.out.trimmed(), m_password);
        const Run docked =
            runProgram(docker, {"login", "--username", "AWS", "--password-stdin", m_address},
                       login.out.toUtf8());
        QVERIFY2(docked.code == 0, qPrintable(docked.err));
        QVERIFY2(docked.out.contains(QStringLiteral("Login Succeeded")), qPrintable(docked.out));
        const Run wrongLogin =
            runProgram(docker, {"login", "--username", "AWS", "--password-stdin", m_address},
                       "not-the-password\n");
        QVERIFY(wrongLogin.code != 0);

        const Run repos = awsCall({"describe-repositories", "--repository-names", m_repository});
        QVERIFY2(repos.code == 0, qPrintable(repos.err));
        const QJsonObject repo = QJsonDocument::fromJson(repos.out.toUtf8())
                                     .object()
                                     .value("repositories")
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(repo.value("repositoryUri").toString(), kEcrHost + u'/' + m_repository);
        QCOMPARE(repo.value("repositoryArn").toString(),
                 QStringLiteral("arn:aws:ecr:us-east-1:123456789012:repository/") + m_repository);

        const Run images = awsCall({"describe-images", "--repository-name", m_repository});
        QVERIFY2(images.code == 0, qPrintable(images.err));
        const QJsonArray details =
            QJsonDocument::fromJson(images.out.toUtf8()).object().value("imageDetails").toArray();
        QStringList tags;
        for (const QJsonValue &d : details) {
            for (const QJsonValue &t : d.toObject().value("imageTags").toArray())
                tags << t.toString();
            QVERIFY(d.toObject().value("imageSizeInBytes").toInteger() > 0);
        }
        tags.sort();
        QCOMPARE(tags, (QStringList{"v1", "v2"}));

        const Run missing = awsCall({"describe-images", "--repository-name", "no-such-repo"});
        QCOMPARE(missing.code, 254);
        QVERIFY2(missing.err.contains(QStringLiteral("RepositoryNotFoundException")),
                 qPrintable(missing.err));

        // A repository made through the API is an edit of the design: `berth run` writes it
        // to the project file.
        const QString created = m_repository + QStringLiteral("-api");
        const Run made = awsCall({"create-repository", "--repository-name", created,
                                  "--image-tag-mutability", "IMMUTABLE"});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(QJsonDocument::fromJson(made.out.toUtf8())
                     .object()
                     .value("repository")
                     .toObject()
                     .value("repositoryUri")
                     .toString(),
                 kEcrHost + u'/' + created);
        QCOMPARE(awsCall({"create-repository", "--repository-name", created}).code, 254);
        run.terminate();
        run.waitForFinished(30000);
        const auto saved = ProjectFile::load(file);
        QVERIFY(saved.ok());
        QVERIFY(saved.data->repository(created));
        QCOMPARE(saved.data->repository(created)->imageTagMutability, QStringLiteral("IMMUTABLE"));
    }
};

QTEST_GUILESS_MAIN(tst_Registry)
#include "tst_registry.moc"
