#include "model/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Model;

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private:
    static QString samplePath()
    {
        return qEnvironmentVariable("BERTH_SOURCE_DIR")
               + QStringLiteral("/resources/samples/web-api.berth");
    }
    static QByteArray project(const QByteArray &body)
    {
        return "{\"format\": \"berth-project\", \"version\": 1" + body + "}";
    }

private Q_SLOTS:
    void sampleRoundTrip()
    {
        const ProjectFile::LoadResult loaded = ProjectFile::load(samplePath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const ProjectData &data = *loaded.data;
        QCOMPARE(data.clusters.size(), 1);
        QCOMPARE(data.clusters.first().instances.size(), 3);
        QCOMPARE(data.services.size(), 2);
        QCOMPARE(data.service(QStringLiteral("api"))->desiredCount, 4);
        QCOMPARE(data.loadBalancers.first().listeners.first().rules.first().pathPatterns,
                 QStringList{QStringLiteral("/api/*")});

        const QByteArray saved = ProjectFile::serialize(data);
        const ProjectFile::LoadResult again = ProjectFile::parse(saved);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(*again.data, data);
        // Stable output: saving what was loaded gives the same bytes.
        QCOMPARE(ProjectFile::serialize(*again.data), saved);
    }

    void keyOrderIsStable()
    {
        const QByteArray saved = ProjectFile::serialize(*ProjectFile::load(samplePath()).data);
        const qsizetype accountId = saved.indexOf("\"accountId\"");
        const qsizetype clusters = saved.indexOf("\"clusters\"");
        const qsizetype version = saved.indexOf("\"version\"");
        QVERIFY(accountId > 0 && accountId < clusters && clusters < version);
    }

    void unmodelledTaskDefinitionMembersSurvive()
    {
        QFile f(qEnvironmentVariable("BERTH_SOURCE_DIR")
                + QStringLiteral("/tests/model/data/rich-register.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(f.readAll()).object();
        ProjectData data;
        data.registerTaskDefinition(original);
        // Edit through the typed accessors, then save and load.
        TaskDefinition &td = data.taskDefinitions.first();
        QList<ContainerDefinition> containers = td.containers();
        containers[0].setMemory(640);
        td.setContainers(containers);
        const ProjectFile::LoadResult loaded = ProjectFile::parse(ProjectFile::serialize(data));
        QVERIFY(loaded.ok());
        const QJsonObject after = loaded.data->taskDefinitions.first().json();
        const QJsonObject web = after.value("containerDefinitions").toArray().at(0).toObject();
        QCOMPARE(web.value("memory").toInt(), 640);
        const QJsonObject originalWeb =
            original.value("containerDefinitions").toArray().at(0).toObject();
        for (const char *key : {"linuxParameters", "systemControls", "ulimits", "dockerLabels",
                                "logConfiguration", "mountPoints"})
            QCOMPARE(web.value(key), originalWeb.value(key));
        for (const char *key : {"volumes", "tags", "pidMode", "ipcMode", "executionRoleArn"})
            QCOMPARE(after.value(key), original.value(key));
    }

    void saveIsAtomicAndLoadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.berth"));
        ProjectData data = *ProjectFile::load(samplePath()).data;
        data.name = QStringLiteral("copy");
        QString error;
        QVERIFY2(ProjectFile::save(data, path, &error), qPrintable(error));
        QCOMPARE(ProjectFile::load(path).data->name, QStringLiteral("copy"));
        // No leftovers from the atomic write.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        // A folder that does not exist: a clear error, nothing written.
        QVERIFY(!ProjectFile::save(data, dir.filePath(QStringLiteral("no/such/p.berth")),
                                   &error));
        QVERIFY(error.contains(QStringLiteral("no/such")));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"berth-project\",\n \"version\": 99}")
            << "newer Berth" << 2;
        QTest::newRow("no version") << QByteArray("{\"format\": \"berth-project\"}")
                                    << "version" << 1;
        QTest::newRow("task definition")
            << QByteArray("{\"family\": \"x\", \"containerDefinitions\": []}")
            << "berth import" << 1;
        QTest::newRow("other format") << QByteArray("{\"format\": \"compose\"}")
                                      << "not a Berth project" << 1;
        QTest::newRow("malformed") << QByteArray("{\"format\": \"berth-project\",\n\n  \"x\": }")
                                   << "expected" << 3;
        QTest::newRow("typographic quotes")
            << QByteArray("{\n\xE2\x80\x9C" "format\xE2\x80\x9D: 1}") << "typographic quotes"
            << 2;
        QTest::newRow("empty") << QByteArray("  \n") << "empty" << 1;
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        const ProjectFile::LoadResult result = ProjectFile::parse(text);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(fragment), qPrintable(result.error));
        QCOMPARE(result.position.line, line);
    }

    void failedLoadLeavesFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.berth"));
        const QByteArray text = project(",\"name\": \"x\"").replace("\"version\": 1",
                                                                    "\"version\": 7");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QVERIFY(!ProjectFile::load(path).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("desiredCount string")
            << QByteArray(",\"services\": [{\"serviceName\": \"a\", \"desiredCount\": \"3\"}]")
            << "$.services[0].desiredCount" << "integer";
        QTest::newRow("instance cpu")
            << QByteArray(",\"clusters\": [{\"name\": \"c\", \"instances\": [{\"name\": \"i\", "
                          "\"cpu\": true}]}]")
            << "$.clusters[0].instances[0].cpu" << "integer";
        QTest::newRow("clusters not array") << QByteArray(",\"clusters\": {}") << "$.clusters"
                                            << "array";
        QTest::newRow("definition not object")
            << QByteArray(",\"taskDefinitions\": [{\"revision\": 1, \"definition\": []}]")
            << "$.taskDefinitions[0].definition" << "object";
        QTest::newRow("lb type") << QByteArray(",\"loadBalancers\": [{\"type\": \"classic\"}]")
                                 << "$.loadBalancers[0].type" << "application";
        QTest::newRow("rule patterns")
            << QByteArray(",\"loadBalancers\": [{\"listeners\": [{\"rules\": [{\"pathPatterns\":"
                          " [1]}]}]}]")
            << "$.loadBalancers[0].listeners[0].rules[0].pathPatterns[0]" << "string";
    }

    void wrongTypes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QByteArray text = project(body);
        const ProjectFile::LoadResult result = ProjectFile::parse(text);
        QVERIFY(!result.ok());
        QVERIFY(!result.issues.isEmpty());
        QCOMPARE(result.issues.first().path, path);
        QVERIFY2(result.issues.first().message.contains(expected),
                 qPrintable(result.issues.first().message));
        QVERIFY(result.error.startsWith(path));
        QVERIFY(result.position.isValid());
    }

    void familyIsPinnedOnLoad()
    {
        // A version 1 file let a service follow its family's newest revision. A service runs
        // one revision: the family resolves once, on load, to its latest ACTIVE revision, and
        // registering revision 3 afterwards deploys nothing by itself.
        const QByteArray definition = "{\"family\": \"web\", \"containerDefinitions\": "
                                      "[{\"name\": \"web\", \"image\": \"nginx\", "
                                      "\"memory\": 64}]}";
        const QByteArray text = project(
            ", \"taskDefinitions\": [{\"definition\": " + definition + ", \"revision\": 1}, "
            "{\"definition\": " + definition + ", \"revision\": 2}], "
            "\"services\": [{\"serviceName\": \"web\", \"cluster\": \"lab\", "
            "\"taskDefinition\": \"web\"}]");
        const ProjectFile::LoadResult loaded = ProjectFile::parse(text);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded.migrated);
        ProjectData data = *loaded.data;
        QCOMPARE(data.services.first().taskDefinition, QStringLiteral("web:2"));
        QVERIFY(!data.newerRevisionFor(data.services.first()));
        QCOMPARE(data.registerTaskDefinition(QJsonDocument::fromJson(definition).object()),
                 QStringLiteral("web:3"));
        QCOMPARE(data.taskDefinitionOf(data.services.first())->key(), QStringLiteral("web:2"));
        QCOMPARE(data.newerRevisionFor(data.services.first())->key(), QStringLiteral("web:3"));
        // Saved and read again, the service still names web:2.
        const ProjectFile::LoadResult again = ProjectFile::parse(ProjectFile::serialize(data));
        QVERIFY(!again.migrated);
        QCOMPARE(again.data->services.first().taskDefinition, QStringLiteral("web:2"));
    }

    void migrationHookRaisesVersion()
    {
        const QJsonObject migrated = ProjectFile::migrate(QJsonObject{{"version", 0}}, 0);
        QCOMPARE(migrated.value("version").toInt(), ProjectFile::kVersion);
    }
};

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
