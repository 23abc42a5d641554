// The command line as a user runs it: the built berth binary, its output and exit codes.
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../skiporfail.h"

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

    static Run berth(const QStringList &args, const QString &workDir = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     const QByteArray &input = {}, int timeoutMs = 30000)
    {
        QProcess p;
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BERTH_EXECUTABLE), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
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
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("berth " BERTH_VERSION));
        QCOMPARE(lines.at(1), QStringLiteral("Qt %1 (built with " QT_VERSION_STR ")")
                                  .arg(QString::fromLatin1(qVersion())));
        QVERIFY2(QRegularExpression(QStringLiteral("^libcurl \\d+\\.\\d+\\.\\d+"))
                     .match(lines.at(2))
                     .hasMatch(),
                 qPrintable(lines.at(2)));
        // The client's own API version, not the daemon's: --version asks no daemon.
        QVERIFY2(QRegularExpression(QStringLiteral("^Docker Engine API 1\\.\\d+ .*1\\.\\d+"))
                     .match(lines.at(3))
                     .hasMatch(),
                 qPrintable(lines.at(3)));
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
            << 0 << "1 file checked: 0 errors";
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

    // Japanese for a classroom whose machines speak English: --lang or BERTH_LANG. The
    // hints are Japanese; the JSON path, ECS's member names and values stay as they are.
    void validateInJapanese_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("berthLang");
        QTest::addColumn<bool>("japanese");
        QTest::newRow("--lang ja") << QStringList{"--lang", "ja"} << QString() << true;
        QTest::newRow("BERTH_LANG") << QStringList{} << QStringLiteral("ja_JP.UTF-8") << true;
        QTest::newRow("--lang=en wins")
            << QStringList{"--lang=en"} << QStringLiteral("ja") << false;
    }

    void validateInJapanese()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, berthLang);
        QFETCH(bool, japanese);
        QTemporaryDir dir;
        QFile sample(source("resources/samples/web-api.berth"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(sample.readAll()).object();
        QJsonArray definitions = project["taskDefinitions"].toArray();
        QJsonObject front = definitions[0].toObject();
        QJsonObject definition = front["definition"].toObject();
        QJsonArray containers = definition["containerDefinitions"].toArray();
        QJsonObject container = containers[0].toObject();
        container["memoryReservation"] = 99999;
        containers[0] = container;
        definition["containerDefinitions"] = containers;
        front["definition"] = definition;
        definitions[0] = front;
        project["taskDefinitions"] = definitions;
        const QString file =
            write(dir, QStringLiteral("bad.berth"), QJsonDocument(project).toJson());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BERTH_LANG"), berthLang);
        const Run r = berth(options + QStringList{QStringLiteral("validate"), file}, {}, env);
        QCOMPARE(r.code, 1);
        const QString path =
            QStringLiteral(": error: $.taskDefinitions[0].definition.containerDefinitions[0]."
                           "memoryReservation: memoryReservation ");
        QVERIFY2(r.out.contains(path), qPrintable(r.out));
        const QString hint =
            japanese ? QString::fromUtf8(
                           "    ヒント: memoryReservation を 128 MiB 未満に下げるか、memory "
                           "を上げるか、どちらかを削除してください。")
                     : QStringLiteral(
                           "    hint: Lower memoryReservation below 128 MiB, raise memory, or "
                           "remove one of them.");
        QVERIFY2(r.out.contains(hint), qPrintable(r.out));
        QVERIFY2(r.out.contains(japanese ? QString::fromUtf8("1 個のファイルを検証: エラー 1 件")
                                         : QStringLiteral("1 file checked: 1 error")),
                 qPrintable(r.out));
    }

    void validateSampleAndUsage()
    {
        Run r = berth({QStringLiteral("validate"), source("resources/samples/web-api.berth")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("0 errors, 0 warnings")));
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

    // The other formats: one file each, and what the engine cannot say as validate's warning
    // lines on standard error (file:line:column, JSON path, hint), the export going on.
    void exportOtherFormats()
    {
        QTemporaryDir dir;
        const QString sample = source("resources/samples/web-api.berth");
        Run r = berth({"export", sample, "--format", "swarm", "--out", dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(dir.filePath("stack.yml")));
        QVERIFY2(r.err.contains(sample + ":118:17: warning: $.services[0].placementStrategy[1]: "
                                         "the binpack strategy has no Swarm counterpart"),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(": warning: "), 6);
        QCOMPARE(r.err.count("\n    hint: "), 6);
        r = berth({"export", sample, "--format", "cloudformation", "--out", dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(dir.filePath("cloudformation.json")));
        QVERIFY2(r.err.contains(": warning: $.loadBalancers[0]: "), qPrintable(r.err));
        r = berth({"export", sample, "--format", "kubernetes", "--out", dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("use ecs, swarm or cloudformation"));
    }

    void deployUsage()
    {
        const QString sample = source("resources/samples/web-api.berth");
        Run r = berth({"deploy", sample});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--swarm"), qPrintable(r.err));
        r = berth({"deploy", sample, "--swarm", "--timeout", "soon"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--timeout"));
        r = berth({"deploy", sample, "--swarm", "--docker-host", "ssh://teacher"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("ssh://"), qPrintable(r.err));
    }

    // A word that is neither a command nor a file is a mistake: said so at once, with the
    // closest command, and never taken for a file to open in a window. Without a display
    // and a platform a window would abort or hang; exiting with 2 within seconds shows none
    // was made.
    void unknownCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("similar"); // the suggested commands, in order
        QTest::newRow("no such command") << QStringList{"publish", "start"} << QStringList{};
        QTest::newRow("letter left out") << QStringList{"valdate", "x.json"}
                                         << QStringList{"validate"};
        QTest::newRow("letters swapped") << QStringList{"plna", "x.berth"}
                                         << QStringList{"plan"};
        QTest::newRow("letter doubled") << QStringList{"secrret", "list"}
                                        << QStringList{"secret"};
        QTest::newRow("prefix") << QStringList{"exp"} << QStringList{"export"};
        QTest::newRow("help typo") << QStringList{"hlep"} << QStringList{"help"};
        QTest::newRow("help for no command") << QStringList{"help", "publish"}
                                             << QStringList{};
        QTest::newRow("missing project") << QStringList{"shop.berth"} << QStringList{};
    }

    void unknownCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, similar);
        QTemporaryDir dir; // where none of the words is a file
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        QElapsedTimer timer;
        timer.start();
        const Run r = berth(args, dir.path(), env, {}, 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.code == 2, qPrintable(QString::number(r.code) + u' ' + r.err));
        QVERIFY(r.out.isEmpty());
        const QString word = args.first() == QLatin1String("help") ? args.at(1) : args.first();
        const QStringList lines = r.err.split(u'\n');
        QCOMPARE(lines.first(),
                 QStringLiteral("berth: '%1' is not a berth command. See 'berth --help'.")
                     .arg(word));
        if (similar.isEmpty()) {
            QVERIFY2(!r.err.contains(QStringLiteral("most similar")), qPrintable(r.err));
        } else {
            QCOMPARE(lines.value(2), QStringLiteral("The most similar command is"));
            for (qsizetype i = 0; i < similar.size(); ++i)
                QCOMPARE(lines.value(3 + i), u'\t' + similar.at(i));
        }
    }

    // `berth help COMMAND` and `berth COMMAND --help` print the command's usage, for every
    // command `berth --help` lists and the completion offers.
    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("argument"); // a positional argument its usage names
        QTest::newRow("validate") << "validate" << "FILE...";
        QTest::newRow("import") << "import" << "TASKDEF.json";
        QTest::newRow("export") << "export" << "PROJECT";
        QTest::newRow("deploy") << "deploy" << "PROJECT";
        QTest::newRow("plan") << "plan" << "PROJECT";
        QTest::newRow("run") << "run" << "PROJECT";
        QTest::newRow("run-task") << "run-task" << "FAMILY[:REV]";
        QTest::newRow("stop-task") << "stop-task" << "TASK";
        QTest::newRow("load") << "load" << "LB";
        QTest::newRow("down") << "down" << "PROJECT";
        QTest::newRow("service") << "service" << "SERVICE";
        QTest::newRow("secret") << "secret" << "set|list|delete";
        QTest::newRow("api") << "api" << "env|operations";
        QTest::newRow("registry") << "registry" << "start|stop|status|login-password";
        QTest::newRow("image") << "image" << "build|push|pull|list";
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, argument);
        const Run help = berth({QStringLiteral("help"), command});
        QCOMPARE(help.code, 0);
        const QString usage = help.out.section(u'\n', 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: ")), qPrintable(help.out));
        QVERIFY2(usage.contains(u' ' + command + u' ') && usage.contains(argument),
                 qPrintable(usage));
        QVERIFY(help.out.contains(QStringLiteral("--help")));
        const Run dashDash = berth({command, QStringLiteral("--help")});
        QCOMPARE(dashDash.code, 0);
        QCOMPARE(dashDash.out, help.out);
        QVERIFY(berth({QStringLiteral("--help")}).out.contains(QStringLiteral("berth ") + command
                                                               + u' '));
    }

    // The list above is every command there is: the completion offers these and no others.
    void helpCoversEveryCommand()
    {
        const Run r = berth({QStringLiteral("__complete"), QStringLiteral("help"), QString()});
        QCOMPARE(r.code, 0);
        QStringList offered = r.out.split(u'\n', Qt::SkipEmptyParts);
        QStringList listed;
        for (const char *c : {"validate", "import", "export", "deploy", "plan", "run",
                              "run-task", "stop-task", "load", "down", "service", "secret",
                              "api", "registry", "image", "lab"})
            listed << QLatin1String(c);
        offered.sort();
        listed.sort();
        QCOMPARE(offered, listed);
        const Run plain = berth({QStringLiteral("help")});
        QCOMPARE(plain.code, 0);
        QVERIFY(plain.out.startsWith(QStringLiteral("Usage: berth")));
    }

    // `berth secret list` without a project: the keys Berth stored, never a value, and a key
    // whose keychain entry went away marked as gone. Needs the D-Bus session with a keyring
    // that scripts/test.sh provides.
    void secretListWithoutProject()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            BERTH_SKIP_OR_FAIL("no D-Bus session with a keychain; run inside scripts/test.sh");
        QTemporaryDir settings; // Berth's settings, where the names are kept
        QTemporaryDir otherSettings;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString first = QStringLiteral("arn:aws:ssm:us-east-1:0:parameter/tst-cli/a-")
                              + stamp;
        const QString second = QStringLiteral("registry:tst-cli-") + stamp
                               + QStringLiteral(".example:5000");

        const auto cleanup = qScopeGuard([&] {
            berth({"secret", "delete", first}, {}, env);
            berth({"secret", "delete", second}, {}, env);
        });
        Run r = berth({"secret", "list"}, {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("no secrets")));
        r = berth({"secret", "set", first}, {}, env, "value-one\n");
        if (r.code == 2 && r.err.contains(QStringLiteral("keychain")))
            BERTH_SKIP_OR_FAIL(qPrintable(r.err));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = berth({"secret", "set", second}, {}, env, "user:value-two\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = berth({"secret", "list"}, {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{first + QStringLiteral("  set"), second + QStringLiteral("  set")}));
        r = berth({"secret", "list", "--json"}, {}, env);
        QCOMPARE(r.code, 0);
        QJsonArray secrets = QJsonDocument::fromJson(r.out.toUtf8()).object()["secrets"].toArray();
        QCOMPARE(secrets.size(), 2);
        QCOMPARE(secrets[0].toObject()["key"].toString(), first);
        QCOMPARE(secrets[0].toObject()["set"].toBool(), true);
        QCOMPARE(secrets[1].toObject()["key"].toString(), second);
        QCOMPARE(secrets[1].toObject()["set"].toBool(), true);
        QCOMPARE(secrets[0].toObject().keys(), (QStringList{"key", "set"}));

        // Removed from the keychain by another Berth (settings elsewhere): still listed, gone.
        QProcessEnvironment other = env;
        other.insert(QStringLiteral("XDG_CONFIG_HOME"), otherSettings.path());
        r = berth({"secret", "delete", first}, {}, other);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = berth({"secret", "list"}, {}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(first + QStringLiteral("  GONE")), qPrintable(r.out));
        QVERIFY(r.out.contains(second + QStringLiteral("  set")));
        r = berth({"secret", "list", "--json"}, {}, env);
        QCOMPARE(r.code, 1);
        secrets = QJsonDocument::fromJson(r.out.toUtf8()).object()["secrets"].toArray();
        QCOMPARE(secrets[0].toObject()["set"].toBool(), false);
        QCOMPARE(secrets[1].toObject()["set"].toBool(), true);

        // The values are in no output and in no settings file.
        r = berth({"secret", "list", "--json"}, {}, env);
        QVERIFY(!r.out.contains(QStringLiteral("value-")));
        QDirIterator files(settings.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("value-"));
        }

        // delete forgets the name, whether the keychain still had the value or not.
        r = berth({"secret", "delete", first}, {}, env);
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err)); // 1: the keychain says so
        r = berth({"secret", "delete", second}, {}, env);
        QCOMPARE(r.code, 0);
        r = berth({"secret", "list"}, {}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("no secrets")));
    }

    // plan --json: each service's resolved revision and each instance's attributes.
    void planJson()
    {
        QTemporaryDir dir;
        QFile sample(source("resources/samples/web-api.berth"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(sample.readAll()).object();
        // A second revision of api and a
        // custom attribute on web-3.
        QJsonArray definitions = project["taskDefinitions"].toArray();
        for (const QJsonValue &v : QJsonArray(definitions)) {
            QJsonObject td = v.toObject();
            if (td["definition"].toObject()["family"].toString() == QLatin1String("api")) {
                td["revision"] = 2;
                definitions.append(td);
            }
        }
        project["taskDefinitions"] = definitions;
        // The service names the bare family: it is pinned to its latest revision on load.
        QJsonArray designed = project["services"].toArray();
        for (qsizetype i = 0; i < designed.size(); ++i) {
            QJsonObject s = designed[i].toObject();
            if (s["serviceName"].toString() == QLatin1String("api"))
                s["taskDefinition"] = QStringLiteral("api");
            designed[i] = s;
        }
        project["services"] = designed;
        QJsonArray clusters = project["clusters"].toArray();
        QJsonObject cluster = clusters[0].toObject();
        QJsonArray instances = cluster["instances"].toArray();
        QJsonObject web3 = instances[2].toObject();
        web3["attributes"] = QJsonObject{{"stack", "blue"}};
        instances[2] = web3;
        cluster["instances"] = instances;
        clusters[0] = cluster;
        project["clusters"] = clusters;
        const QString file = write(dir, QStringLiteral("shop.berth"), QJsonDocument(project).toJson());

        const Run r = berth({QStringLiteral("plan"), file, QStringLiteral("--json")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray services = plan["services"].toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0].toObject()["name"].toString(), QStringLiteral("front"));
        QCOMPARE(services[0].toObject()["taskDefinition"].toString(), QStringLiteral("front:1"));
        QCOMPARE(services[1].toObject()["name"].toString(), QStringLiteral("api"));
        QCOMPARE(services[1].toObject()["taskDefinition"].toString(), QStringLiteral("api:2"));
        QCOMPARE(services[1].toObject()["cluster"].toString(), QStringLiteral("production"));
        QCOMPARE(services[1].toObject()["desiredCount"].toInt(), 4);
        const QJsonArray planned = plan["instances"].toArray();
        QCOMPARE(planned.size(), 3);
        const QStringList zones{"us-east-1a", "us-east-1a", "us-east-1b"};
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const QJsonObject in = planned[i].toObject();
            QCOMPARE(in["name"].toString(), QStringLiteral("web-%1").arg(i + 1));
            const QJsonObject attributes = in["attributes"].toObject();
            QCOMPARE(attributes["ecs.availability-zone"].toString(), zones.at(i));
            QCOMPARE(attributes["ecs.instance-type"].toString(), QStringLiteral("t3.medium"));
            QCOMPARE(attributes["ecs.os-type"].toString(), QStringLiteral("linux"));
            QCOMPARE(attributes.contains(QStringLiteral("stack")), i == 2);
        }
        QCOMPARE(planned[2].toObject()["attributes"].toObject()["stack"].toString(),
                 QStringLiteral("blue"));
        // The text form names the same revision.
        QVERIFY(berth({QStringLiteral("plan"), file}).out.contains(QStringLiteral("api:2")));
    }

    // validate --json: one finding per problem, with where and which rule.
    void validateJson()
    {
        QTemporaryDir dir;
        const QString bad = write(
            dir, QStringLiteral("web.json"),
            "{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n    "
            "{\"name\": \"a\", \"image\": \"i\", \"memory\": \"128\"}\n  ]\n}");
        const QString broken = write(dir, QStringLiteral("broken.json"),
                                    "{\n  \"family\": \"web\"\n  \"cpu\": \"256\"\n}");
        const QString sample = source("resources/samples/web-api.berth");
        const Run r = berth({QStringLiteral("validate"), QStringLiteral("--json"), bad, broken,
                             sample});
        QCOMPARE(r.code, 2); // broken.json cannot be read
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(doc["errors"].toInt(), 1);
        QCOMPARE(doc["warnings"].toInt(), 0);
        const QJsonArray files = doc["files"].toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files[0].toObject()["file"].toString(), bad);
        QCOMPARE(files[0].toObject()["kind"].toString(), QStringLiteral("taskDefinition"));
        QCOMPARE(files[0].toObject()["errors"].toInt(), 1);
        QCOMPARE(files[1].toObject()["readable"].toBool(), false);
        QCOMPARE(files[2].toObject()["kind"].toString(), QStringLiteral("project"));
        QCOMPARE(files[2].toObject()["readable"].toBool(), true);
        const QJsonArray findings = doc["findings"].toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject type = findings[0].toObject();
        QCOMPARE(type["file"].toString(), bad);
        QCOMPARE(type["line"].toInt(), 4);
        QCOMPARE(type["column"].toInt(), 33);
        QCOMPARE(type["path"].toString(), QStringLiteral("$.containerDefinitions[0].memory"));
        QVERIFY(!type["rule"].toString().isEmpty());
        QCOMPARE(type["severity"].toString(), QStringLiteral("error"));
        QVERIFY(type["message"].toString().contains(QStringLiteral("integer")));
        const QJsonObject syntax = findings[1].toObject();
        QCOMPARE(syntax["file"].toString(), broken);
        QCOMPARE(syntax["rule"].toString(), QStringLiteral("json.syntax"));
        QCOMPARE(syntax["line"].toInt(), 3);
        QCOMPARE(syntax["column"].toInt(), 3);
        QVERIFY(syntax["path"].isNull());
        QCOMPARE(syntax["severity"].toString(), QStringLiteral("error"));
    }

    // service --json: the service as saved.
    void serviceJson()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shop.berth"));
        QVERIFY(QFile::copy(source("resources/samples/web-api.berth"), project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
        Run r = berth({"service", project, "api", "--desired-count", "2", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject service = QJsonDocument::fromJson(r.out.toUtf8()).object()["service"].toObject();
        QCOMPARE(service["serviceName"].toString(), QStringLiteral("api"));
        QCOMPARE(service["cluster"].toString(), QStringLiteral("production"));
        QCOMPARE(service["desiredCount"].toInt(), 2);
        QCOMPARE(service["taskDefinition"].toString(), QStringLiteral("api:1"));
        QCOMPARE(service["launchType"].toString(), QStringLiteral("EC2"));
        QCOMPARE(service["project"].toString(), project);
        QVERIFY(service["deploymentNonce"].isNull());
        r = berth({"service", project, "api", "--force-new-deployment", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        service = QJsonDocument::fromJson(r.out.toUtf8()).object()["service"].toObject();
        QCOMPARE(service["desiredCount"].toInt(), 2);
        QCOMPARE(service["deploymentNonce"].toInt(), 1);
    }

    // The completion scripts parse, and complete from what berth says: commands, options
    // and the services of the project on the line.
    void completion_data()
    {
        QTest::addColumn<QStringList>("words"); // after berth; the last is being typed
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("command") << QStringList{"val"} << QStringList{"validate"};
        QTest::newRow("option") << QStringList{"plan", "--j"} << QStringList{"--json"};
        QTest::newRow("service") << QStringList{"service", "SAMPLE", ""}
                                 << QStringList{"front", "api"};
        QTest::newRow("service prefix") << QStringList{"service", "SAMPLE", "fr"}
                                        << QStringList{"front"};
        QTest::newRow("after an option") << QStringList{"service", "--json", "SAMPLE", ""}
                                         << QStringList{"front", "api"};
        QTest::newRow("revision") << QStringList{"service", "SAMPLE", "api",
                                                 "--task-definition", "a"}
                                  << QStringList{"api", "api:1"};
        QTest::newRow("project file") << QStringList{"plan", "web"}
                                      << QStringList{"web-api.berth"};
        QTest::newRow("api") << QStringList{"api", ""} << QStringList{"env", "operations"};
    }

    void completion()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        const QString bashScript = source("packaging/completion/berth.bash");
        QProcess check;
        check.start(QStringLiteral("bash"), {QStringLiteral("-n"), bashScript});
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        const bool haveZsh = !QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty();
        if (haveZsh) {
            check.start(QStringLiteral("zsh"),
                        {QStringLiteral("-n"), source("packaging/completion/_berth")});
            QVERIFY(check.waitForFinished());
            QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        }

        const QString samples = source("resources/samples");
        words.replaceInStrings(QStringLiteral("SAMPLE"), QStringLiteral("web-api.berth"));
        QStringList quoted{QStringLiteral("'" BERTH_EXECUTABLE "'")};
        for (const QString &w : std::as_const(words))
            quoted << u'\'' + w + u'\'';
        const QString script = QStringLiteral(". '%1'\n"
                                              "COMP_WORDS=(%2)\n"
                                              "COMP_CWORD=%3\n"
                                              "_berth\n"
                                              "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                   .arg(bashScript, quoted.join(u' '))
                                   .arg(words.size());
        QProcess bash;
        bash.setWorkingDirectory(samples);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        QVERIFY(bash.waitForFinished(30000));
        QCOMPARE(bash.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
                 expected);

        // zsh's script, with compadd and _files standing in for the completion system: the
        // same names; file names are zsh's own _files' to offer.
        if (!haveZsh)
            BERTH_SKIP_OR_FAIL("zsh is not installed (scripts/test.sh installs it)");
        const QString zshScript =
            QStringLiteral("fpath=('%1' $fpath)\n"
                           "autoload -Uz _berth\n"
                           "compadd() { [[ $1 == -a ]] && print -l -- \"${(@P)2}\"; return 0 }\n"
                           "_files() { print -- \"_files $*\"; return 0 }\n"
                           "words=(%2)\n"
                           "CURRENT=%3\n"
                           "_berth\n")
                .arg(source("packaging/completion"), quoted.join(u' '))
                .arg(words.size() + 1);
        QProcess zsh;
        zsh.setWorkingDirectory(samples);
        zsh.start(QStringLiteral("zsh"), {QStringLiteral("-f"), QStringLiteral("-c"), zshScript});
        QVERIFY(zsh.waitForFinished(30000));
        QStringList offered =
            QString::fromUtf8(zsh.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList files = offered.filter(QStringLiteral("_files "));
        for (const QString &f : files)
            offered.removeAll(f);
        if (expected.filter(QStringLiteral(".berth")).isEmpty())
            QCOMPARE(offered, expected);
        else
            QCOMPARE(files, QStringList{QStringLiteral("_files -g *.(berth)")});
    }

    // Progress (the preparation of images) on stderr, results on stdout: plain lines when
    // stdout is not a terminal, a bar redrawn in place when both are, nothing with --quiet.
    // A daemon that is not there makes the preparation's first step and the run's end
    // certain, with or without Docker on this machine.
    void progress_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("quiet");
        QTest::addColumn<QString>("terminal"); // "": none; "both"; "stderr" (stdout to a file)
        QTest::newRow("run, piped") << "run" << false << "";
        QTest::newRow("run --quiet") << "run" << true << "";
        QTest::newRow("run-task, piped") << "run-task" << false << "";
        QTest::newRow("run-task --quiet") << "run-task" << true << "";
        QTest::newRow("run at a terminal") << "run" << false << "both";
        QTest::newRow("run, stdout to a file") << "run" << false << "stderr";
        QTest::newRow("run --quiet at a terminal") << "run" << true << "both";
    }

    void progress()
    {
        QFETCH(QString, command);
        QFETCH(bool, quiet);
        QFETCH(QString, terminal);
        QTemporaryDir dir;
        QStringList args{command, source("resources/samples/web-api.berth")};
        if (command == QLatin1String("run"))
            args << QStringLiteral("--headless") << QStringLiteral("--no-api");
        else
            args << QStringLiteral("api");
        if (quiet)
            args << QStringLiteral("--quiet");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"),
                   QStringLiteral("unix://") + dir.filePath(QStringLiteral("no-docker.sock")));
        Run r;
        const QString stdoutFile = dir.filePath(QStringLiteral("stdout"));
        if (terminal.isEmpty()) {
            r = berth(args, {}, env);
        } else {
            // script(1) gives the command a terminal; its output is what the terminal showed.
            if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
                BERTH_SKIP_OR_FAIL("script(1) from util-linux is not installed");
            QStringList quoted{QStringLiteral("'" BERTH_EXECUTABLE "'")};
            for (const QString &a : std::as_const(args))
                quoted << u'\'' + a + u'\'';
            QString line = quoted.join(u' ');
            if (terminal == QLatin1String("stderr"))
                line += QStringLiteral(" > '%1'").arg(stdoutFile);
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("script"), {QStringLiteral("-qec"), line,
                                               QStringLiteral("/dev/null")});
            QVERIFY(p.waitForFinished(30000));
            r.code = p.exitCode();
            r.err = QString::fromUtf8(p.readAllStandardOutput()); // both, as the terminal saw
        }
        QVERIFY2(r.code == 2, qPrintable(QString::number(r.code) + u' ' + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cannot run")), qPrintable(r.err));
        const bool drawn = r.err.contains(QStringLiteral("\r\x1b[Kberth: Connecting to Docker"));
        QCOMPARE(r.err.contains(QStringLiteral("Connecting to Docker")), !quiet);
        QCOMPARE(drawn, !quiet && terminal == QLatin1String("both"));
        if (terminal.isEmpty())
            QVERIFY2(!r.out.contains(QStringLiteral("Connecting")), qPrintable(r.out));
        if (terminal == QLatin1String("stderr")) {
            QFile out(stdoutFile);
            QVERIFY(out.open(QIODevice::ReadOnly));
            QVERIFY(!out.readAll().contains("Connecting"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
