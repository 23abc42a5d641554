// `berth plan`: exit codes, the text form and the JSON form, run as the real executable.

#include "tests/engine/tst_schedulerfixtures.h"

#include "model/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;

class tst_PlanCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void json();
    void sameSeedSameOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run berth(const QStringList &arguments) const;
    QString write(const QString &name, const Model::ProjectData &project) const;

    QTemporaryDir m_dir;
    QMap<QString, QString> m_projects;
};

tst_PlanCommand::Run tst_PlanCommand::berth(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(BERTH_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tst_PlanCommand::write(const QString &name, const Model::ProjectData &project) const
{
    const QString path = m_dir.filePath(name + QStringLiteral(".berth"));
    QString error;
    if (!Model::ProjectFile::save(project, path, &error))
        qWarning() << error;
    return path;
}

void tst_PlanCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(BERTH_BINARY)), BERTH_BINARY);
    const QList<Model::ContainerInstance> one{
        Model::ContainerInstance::ofType("i-1", "t3.medium", "us-east-1a")};
    m_projects["clean"] = write("clean", Fixtures::project(
                                             one, {Fixtures::simple("web", 256, 256, {{80, 0}})},
                                             {Fixtures::service("web", "web", 2)}));
    m_projects["unplaceable"] = write(
        "unplaceable", Fixtures::project(one, {Fixtures::simple("web", 256, 4000)},
                                         {Fixtures::service("web", "web", 1)}));
    Model::Service stalling = Fixtures::service("web", "web", 1);
    m_projects["stall"] = write("stall", Fixtures::project(
                                             one, {Fixtures::simple("web", 256, 256, {{80, 80}})},
                                             {stalling}));
    QFile broken(m_dir.filePath("broken.berth"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"format\": \"berth-project\",\n  \"version\": 1,\n  oops\n}\n");
    broken.close();
    m_projects["broken"] = broken.fileName();
    m_projects["missing"] = m_dir.filePath("missing.berth");
}

void tst_PlanCommand::exitCodes_data()
{
    QTest::addColumn<QString>("project"); // a key of m_projects, or empty
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QStringList>("err");

    QTest::newRow("all placed") << "clean" << QStringList() << 0
                                << QStringList{"web-1  ->  i-1  127.77.1.1",
                                               "2 tasks placed, 0 cannot be placed, 0 "
                                               "deployments would stall."}
                                << QStringList();
    QTest::newRow("a task cannot be placed")
        << "unplaceable" << QStringList() << 1
        << QStringList{"(service web) was unable to place a task because no container instance "
                       "met all of its requirements. The closest matching (container-instance ",
                       ") has insufficient memory available. For more information, see the "
                       "Troubleshooting section of the Amazon ECS Developer Guide.",
                       "closest instance: i-1"}
        << QStringList();
    QTest::newRow("a deployment stalls")
        << "stall" << QStringList() << 1
        << QStringList{"web: STALLS", "fix: Use a dynamic host port (hostPort 0)",
                       "ports: 80/tcp web-1 (and 6 reserved by ECS)"}
        << QStringList();
    QTest::newRow("json keeps the exit code") << "stall" << QStringList{"--json"} << 1
                                              << QStringList{"\"stalls\": true"}
                                              << QStringList();
    QTest::newRow("help") << "" << QStringList{"--help"} << 0 << QStringList{"--seed"}
                          << QStringList();
    QTest::newRow("no project") << "" << QStringList() << 2 << QStringList()
                                << QStringList{"name one project"};
    QTest::newRow("two projects") << "clean" << QStringList{"other.berth"} << 2 << QStringList()
                                  << QStringList{"name one project"};
    QTest::newRow("bad seed") << "clean" << QStringList{"--seed", "-3"} << 2 << QStringList()
                              << QStringList{"--seed takes a non-negative integer"};
    QTest::newRow("unknown option") << "clean" << QStringList{"--fast"} << 2 << QStringList()
                                    << QStringList{"berth plan: Unknown option 'fast'"};
    QTest::newRow("missing file") << "missing" << QStringList() << 2 << QStringList()
                                  << QStringList{"missing.berth"};
    QTest::newRow("not JSON") << "broken" << QStringList() << 2 << QStringList()
                              << QStringList{"broken.berth:4:"};
}

void tst_PlanCommand::exitCodes()
{
    QFETCH(QString, project);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QStringList, out);
    QFETCH(QStringList, err);

    QStringList arguments{"plan"};
    if (!project.isEmpty())
        arguments << m_projects.value(project);
    arguments << options;
    const Run run = berth(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    for (const QString &text : out)
        QVERIFY2(run.out.contains(text), qPrintable(run.out));
    for (const QString &text : err)
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
}

void tst_PlanCommand::json()
{
    const Run run = berth({"plan", m_projects.value("unplaceable"), "--json"});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{"instances", "preflight", "services"}));
    const QJsonObject service = root["services"][0].toObject();
    QCOMPARE(service["name"].toString(), QStringLiteral("web"));
    QCOMPARE(service["desiredCount"].toInt(), 1);
    QVERIFY(service["placed"].toArray().isEmpty());
    const QJsonObject unplaced = service["unplaced"][0].toObject();
    QCOMPARE(unplaced["closestInstance"].toString(), QStringLiteral("i-1"));
    QVERIFY(unplaced["ecsMessage"].toString().contains(") has insufficient memory available. "));
    QVERIFY(unplaced["reason"].toString().contains("4000 MiB"));
    QCOMPARE(root["instances"][0]["address"].toString(), QStringLiteral("127.77.1.1"));
    QCOMPARE(root["instances"][0]["memory"]["reserved"].toInt(), 0);
}

void tst_PlanCommand::sameSeedSameOutput()
{
    Model::Service s = Fixtures::service("web", "web", 12, {{"random", ""}});
    QList<Model::ContainerInstance> many;
    for (int i = 0; i < 12; ++i)
        many << Model::ContainerInstance::ofType(QStringLiteral("i-%1").arg(i), "m5.large",
                                                 "us-east-1a");
    const QString path = write("random", Fixtures::project(many, {Fixtures::simple("web", 64, 64)},
                                                           {s}));
    const Run a = berth({"plan", path, "--json", "--seed", "42"});
    const Run b = berth({"plan", path, "--json", "--seed", "42"});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    bool differs = false;
    for (const char *seed : {"1", "2", "3"})
        differs = differs || berth({"plan", path, "--json", "--seed", seed}).out != a.out;
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(tst_PlanCommand)
#include "tst_plancommand.moc"
