// The command line as a user runs it: the built berth binary, its output and exit codes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run berth(const QStringList &args, const QString &workDir = {})
    {
        QProcess p;
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(QStringLiteral(BERTH_EXECUTABLE), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QString source(const QString &relative)
    {
        return qEnvironmentVariable("BERTH_SOURCE_DIR") + u'/' + relative;
    }
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(text);
        return f.fileName();
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        Run r = berth({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("berth " BERTH_VERSION));
        r = berth({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"validate", "import", "export"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        r = berth({QStringLiteral("--frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--frobnicate")));
    }

    void validate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("line");
        QTest::newRow("clean task definition")
            << QByteArray("{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"a\", "
                          "\"image\": \"i\", \"memory\": 128}]}")
            << 0 << "1 file(s) checked: 0 error(s)";
        QTest::newRow("wrong type")
            << QByteArray("{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n    "
                          "{\"name\": \"a\", \"image\": \"i\", \"memory\": \"128\"}\n  ]\n}")
            << 1 << "FILE:4:33: error: $.containerDefinitions[0].memory: expected an integer";
        QTest::newRow("malformed")
            << QByteArray("{\n  \"family\": \"web\"\n  \"cpu\": \"256\"\n}") << 2
            << "FILE:3:3: error: expected ','";
        QTest::newRow("typographic quotes")
            << QByteArray("{\n  \xE2\x80\x9C" "family\xE2\x80\x9D: \"web\"\n}") << 2
            << "FILE:2:3: error: typographic quotes";
        QTest::newRow("describe output")
            << QByteArray("{\"taskDefinition\": {\"family\": \"web\", \"revision\": 4, "
                          "\"status\": \"ACTIVE\", \"containerDefinitions\": [{\"name\": \"a\", "
                          "\"image\": \"i\", \"memory\": 128, \"essential\": \"no\"}]}}")
            << 1 << "error: $.taskDefinition.containerDefinitions[0].essential";
        QTest::newRow("newer project")
            << QByteArray("{\"format\": \"berth-project\", \"version\": 42}") << 2
            << "newer Berth";
    }

    void validate()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        QFETCH(QString, line);
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("input.json"), text);
        const Run r = berth({QStringLiteral("validate"), file});
        QCOMPARE(r.code, code);
        line.replace(QStringLiteral("FILE"), file);
        QVERIFY2(r.out.contains(line), qPrintable(r.out + r.err));
    }

    void validateSampleAndUsage()
    {
        Run r = berth({QStringLiteral("validate"), source("resources/samples/web-api.berth")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("0 error(s), 0 warning(s)")));
        r = berth({QStringLiteral("validate")});
        QCOMPARE(r.code, 2);
        r = berth({QStringLiteral("validate"), QStringLiteral("/no/such/file.json")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("/no/such/file.json: error: no such file")));
    }

    void importCreatesThenAddsRevisions()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shop.berth"));
        const QString describe = source("tests/model/data/rich-describe.json");
        Run r = berth({QStringLiteral("import"), describe, QStringLiteral("--into"), project});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Imported shop-web:1")));
        QVERIFY(r.out.contains(QStringLiteral("taskDefinitionArn")));
        r = berth({QStringLiteral("import"), describe, QStringLiteral("--into"), project});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Imported shop-web:2")));
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value("format").toString(), QStringLiteral("berth-project"));
        QCOMPARE(doc.value("taskDefinitions").toArray().size(), 2);

        // Without --into: FAMILY.berth in the current folder.
        r = berth({QStringLiteral("import"), source("tests/model/data/fargate-register.json")},
                  dir.path());
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("api-fargate.berth"))));
    }

    void importRefusesBadInputAndKeepsProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.berth"));
        QVERIFY(QFile::copy(source("resources/samples/web-api.berth"), project));
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QString bad = write(dir, QStringLiteral("bad.json"),
                                  "{\"family\": \"x\", \"containerDefinitions\": "
                                  "[{\"name\": \"a\", \"image\": \"i\", \"memroy\": 1}]}");
        Run r = berth({QStringLiteral("import"), bad, QStringLiteral("--into"), project});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Did you mean \"memory\"?")));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was imported")));
        const QString broken = write(dir, QStringLiteral("broken.json"), "{\"family\": ");
        r = berth({QStringLiteral("import"), broken, QStringLiteral("--into"), project});
        QCOMPARE(r.code, 2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        r = berth({QStringLiteral("import")});
        QCOMPARE(r.code, 2);
    }

    void exportWritesFiles()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        Run r = berth({QStringLiteral("export"), source("resources/samples/web-api.berth"),
                       QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        for (const char *file : {"task-definitions/front.json", "task-definitions/api.json",
                                 "services/front.json", "services/api.json"}) {
            QVERIFY2(QFile::exists(out + u'/' + QLatin1String(file)), file);
            QVERIFY(r.out.contains(QLatin1String(file)));
        }
        r = berth({QStringLiteral("export"), source("resources/samples/web-api.berth")});
        QCOMPARE(r.code, 2);
        r = berth({QStringLiteral("export"), dir.filePath(QStringLiteral("none.berth")),
                   QStringLiteral("--out"), out});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
