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

    // Every command that reads a project says where a broken one breaks, one way, and exits 2.
    void brokenProject_data()
    {
        QTest::addColumn<QStringList>("args"); // PROJECT, TASKDEF and OUT are filled in
        QTest::addColumn<bool>("onStdout");    // validate reports beside its findings
        QTest::newRow("validate") << QStringList{"validate", "PROJECT"} << true;
        QTest::newRow("import --into")
            << QStringList{"import", "TASKDEF", "--into", "PROJECT"} << false;
        QTest::newRow("export") << QStringList{"export", "PROJECT", "--out", "OUT"} << false;
        QTest::newRow("plan") << QStringList{"plan", "PROJECT"} << false;
        QTest::newRow("service")
            << QStringList{"service", "PROJECT", "web", "--desired-count", "2"} << false;
        QTest::newRow("secret list") << QStringList{"secret", "list", "PROJECT"} << false;
    }

    void brokenProject()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, onStdout);
        QTemporaryDir dir;
        const QByteArray text = "{\n"
                                "  \"format\": \"berth-project\",\n"
                                "  \"version\": 1,\n"
                                "  \"name\": \"shop\"\n"
                                "  \"services\": []\n"
                                "}\n";
        const QString project = write(dir, QStringLiteral("shop.berth"), text);
        args.replaceInStrings(QStringLiteral("PROJECT"), project);
        args.replaceInStrings(QStringLiteral("TASKDEF"),
                              source("tests/model/data/fargate-register.json"));
        args.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("out")));
        const Run r = berth(args);
        QVERIFY2(r.code == 2, qPrintable(r.out + r.err));
        // The comma missing after "shop" is wanted where the next member starts.
        const QString error = project + QStringLiteral(":5:3: error: expected ','");
        const QStringList lines = (onStdout ? r.out : r.err).split(u'\n');
        QCOMPARE(lines.filter(QStringLiteral(": error: ")).size(), 1);
        QVERIFY2(lines.filter(QStringLiteral(": error: ")).first().startsWith(error),
                 qPrintable(r.out + r.err));
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }

    // What the loader says besides a syntax error: the line and column of each wrong member
    // with its hint, a missing file's neighbours, the import a task definition needs.
    void projectLoadErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("text"); // empty: the file does not exist
        QTest::addColumn<QStringList>("expected"); // stderr's lines begin so, in this order
        QTest::newRow("wrong types")
            << QStringLiteral("shop.berth")
            << QByteArray("{\n"
                          "  \"format\": \"berth-project\",\n"
                          "  \"version\": 1,\n"
                          "  \"services\": [{\"serviceName\": \"web\", \"desiredCount\": \"2\"}],\n"
                          "  \"region\": 7\n"
                          "}\n")
            << QStringList{"FILE:4:39: error: $.services[0].desiredCount: expected",
                           "FILE:5:3: error: $.region: expected a string in double quotes"};
        QTest::newRow("missing file")
            << QStringLiteral("shopp.berth") << QByteArray()
            << QStringList{"FILE: error: no such file", "    hint: the projects in DIR: "
                                                        "other.berth"};
        QTest::newRow("task definition")
            << QStringLiteral("web.json")
            << QByteArray("{\"family\": \"web\", \"containerDefinitions\": []}")
            << QStringList{"FILE:1:1: error: this is an ECS task definition",
                           "    hint: 'berth import FILE --into DIR/web.berth' makes a "
                           "project of it for 'berth plan'"};
    }

    void projectLoadErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        write(dir, QStringLiteral("other.berth"), "{}");
        const QString file = text.isEmpty() ? dir.filePath(name) : write(dir, name, text);
        const Run r = berth({QStringLiteral("plan"), file});
        QVERIFY2(r.code == 2, qPrintable(r.out + r.err));
        const QStringList lines = r.err.split(u'\n');
        qsizetype at = 0;
        for (QString line : std::as_const(expected)) {
            line.replace(QStringLiteral("FILE"), file).replace(QStringLiteral("DIR"), dir.path());
            while (at < lines.size() && !lines.at(at).startsWith(line))
                ++at;
            QVERIFY2(at < lines.size(), qPrintable(line + QStringLiteral("\n") + r.err));
        }
    }

    // A project without a name takes its file's, as one that import creates does.
    void nameFromFile()
    {
        QTemporaryDir dir;
        const QString project = write(dir, QStringLiteral("shop.berth"),
                                      "{\"format\": \"berth-project\", \"version\": 1}");
        const Run r = berth({QStringLiteral("import"),
                             source("tests/model/data/fargate-register.json"),
                             QStringLiteral("--into"), project});
        QCOMPARE(r.code, 0);
        QFile f(project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value("name").toString(),
                 QStringLiteral("shop"));
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
