// `berth lab` as a student and a teacher use it, run as the real executable: list, start,
// hint, solve, check (text, Japanese, JUnit valid against the JUnit 4 schema), grade, and a
// broken lab reported at its file, line and column.

#include "model/labs/lab.h"
#include "model/labs/labprogress.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/skiporfail.h"

using namespace Berth;

class tst_LabCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void courseOrder();
    void startHintSolveCheck();
    void japanese();
    void junitIsValid();
    void grade();
    void brokenLab();
    void imagesLab();
    void perStudentValues();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run berth(const QStringList &arguments, const QString &dir = {}) const;
    /// Copies Berth's lab \a lab to \a dir with \a from replaced by \a to in its lab.json;
    /// returns the line \a from was on, or 0 when the copy failed.
    int brokenCopy(const QString &lab, const QString &dir, const QByteArray &from,
                   const QByteArray &to) const;

    QTemporaryDir m_dir;
};

tst_LabCommand::Run tst_LabCommand::berth(const QStringList &arguments, const QString &dir) const
{
    QProcess process;
    process.setWorkingDirectory(dir.isEmpty() ? m_dir.path() : dir);
    process.start(QStringLiteral(BERTH_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int tst_LabCommand::brokenCopy(const QString &lab, const QString &dir, const QByteArray &from,
                               const QByteArray &to) const
{
    const QDir source(QStringLiteral(BERTH_SOURCE_DIR "/resources/labs/") + lab);
    QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString copy = QDir(dir).filePath(source.relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(copy).path()) ||
            (!copy.endsWith("/lab.json") && !QFile::copy(file, copy)))
            return 0;
    }
    QFile in(source.filePath("lab.json"));
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    QByteArray text = in.readAll();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return 0;
    text.replace(at, from.size(), to);
    QFile out(QDir(dir).filePath("lab.json"));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return 0;
    return int(text.left(at).count('\n')) + 1;
}

void tst_LabCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BERTH_BINARY)));
}

void tst_LabCommand::list()
{
    // A lab checked before it was started says how to start it.
    const Run notStarted = berth({"lab", "check", "health"});
    QCOMPARE(notStarted.exitCode, 2);
    QVERIFY2(notStarted.err.contains("health.berth: error: no such file")
                 && notStarted.err.contains("'berth lab start health'"),
             qPrintable(notStarted.err));

    const Run r = berth({"lab", "list"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.count(u'\n') >= 12, qPrintable(r.out));
    QVERIFY(r.out.contains("building-blocks\tBuilding blocks"));
    QVERIFY(!r.out.contains("does not load"));

    // In the course's order, from the building blocks on; every lab is in the course.
    QFile course(QStringLiteral(BERTH_SOURCE_DIR "/resources/labs/course.txt"));
    QVERIFY(course.open(QIODevice::ReadOnly));
    QStringList expected;
    for (const QByteArray &line : course.readAll().split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            expected << QString::fromUtf8(line.trimmed());
    }
    QStringList listed;
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
        listed << line.section(u'\t', 0, 0);
    QCOMPARE(listed, expected);
    QCOMPARE(listed.first(), QStringLiteral("building-blocks"));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void tst_LabCommand::courseOrder()
{
    // A teacher's folder of labs: course.txt orders those it names, the others follow by
    // name, and a line naming no lab is said with its line.
    const QString root = m_dir.filePath("course");
    for (const char *lab : {"placement", "health", "building-blocks"}) {
        const QString dir = root + u'/' + QLatin1String(lab);
        QVERIFY(brokenCopy(lab, dir, "\"version\"", "\"version\"") > 0); // a plain copy
    }
    QFile course(root + "/course.txt");
    QVERIFY(course.open(QIODevice::WriteOnly));
    course.write("# week 1\nhealth   # first\n\nhelth\nhealth\n");
    course.close();
    qputenv("BERTH_LABS_DIR", root.toUtf8());
    const Run r = berth({"lab", "list"});
    qunsetenv("BERTH_LABS_DIR");
    QCOMPARE(r.exitCode, 0);
    QStringList listed;
    for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
        listed << line.section(u'\t', 0, 0);
    QCOMPARE(listed, (QStringList{"health", "building-blocks", "placement"}));
    QVERIFY2(r.err.contains(root + "/course.txt:4:1: error: no lab folder named helth here"),
             qPrintable(r.err));
}

void tst_LabCommand::startHintSolveCheck()
{
    const QString dir = m_dir.filePath("alice");
    Run r = berth({"lab", "start", "building-blocks", "--dir", dir, "--student", "alice"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(dir + "/building-blocks.berth"));
    QVERIFY2(r.out.contains("Step 1 of 3: A Front service"), qPrintable(r.out));
    QVERIFY2(!r.out.contains("{{"), qPrintable(r.out)); // the student's own values
    // Starting again does not overwrite the student's work.
    QCOMPARE(berth({"lab", "start", "building-blocks", "--dir", dir}).exitCode, 2);

    r = berth({"lab", "check", "building-blocks"}, dir);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("FAIL  1. A Front service: desired count of service front: saw "
                            "nothing there, expected "),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("start the run first"), qPrintable(r.out));

    r = berth({"lab", "hint", "building-blocks", "front-service"}, dir);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Hint 1 of 2") && r.out.contains("worth 7 points"),
             qPrintable(r.out));

    r = berth({"lab", "solve", "building-blocks", "--through", "api-service"}, dir);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("step api-service: caught up"), qPrintable(r.out));
    r = berth({"lab", "check", "building-blocks", "--no-wait"}, dir);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("PASS  1. A Front service (0/10)"), qPrintable(r.out));
    QVERIFY2(r.out.contains("PASS  2. An API of 4 tasks (0/10)"), qPrintable(r.out));

    QString error;
    const auto result = Model::LabProgress::load(dir + "/building-blocks.lab.json", &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->student, QStringLiteral("alice"));
    QCOMPARE(result->step("front-service")->hintsUsed, 1);
    QVERIFY(result->step("front-service")->caughtUp);
    QVERIFY(!result->step("run-it")->passed);
}

void tst_LabCommand::japanese()
{
    const QString dir = m_dir.filePath("hanako");
    QCOMPARE(berth({"lab", "start", "placement", "--dir", dir, "--student", "hanako"}).exitCode, 0);
    const Run r = berth({"--lang", "ja", "lab", "check", "placement"}, dir);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("web の最初の配置戦略")), qPrintable(r.out));
    QVERIFY2(!r.out.contains("saw"), qPrintable(r.out));
    const Run shown = berth({"--lang", "ja", "lab", "show", "placement", "binpack"}, dir);
    QVERIFY2(shown.out.contains(QStringLiteral("batch をビンパックする")), qPrintable(shown.out));
}

void tst_LabCommand::junitIsValid()
{
    const QString xmllint = QStandardPaths::findExecutable("xmllint");
    if (xmllint.isEmpty())
        BERTH_SKIP_OR_FAIL("xmllint is missing (Debian package libxml2-utils)");
    const QString dir = m_dir.filePath("bob");
    QCOMPARE(
        berth({"lab", "start", "port-conflicts", "--dir", dir, "--student", "bob <b&b>"}).exitCode,
        0);
    QCOMPARE(berth({"lab", "solve", "port-conflicts", "--through", "1"}, dir).exitCode, 0);
    const QString junit = dir + "/junit.xml";
    QCOMPARE(berth({"lab", "check", "port-conflicts", "--junit", junit}, dir).exitCode, 1);
    QProcess lint;
    lint.start(xmllint, {"--noout", "--schema",
                         QStringLiteral(BERTH_SOURCE_DIR "/tests/labs/junit-4.xsd"), junit});
    QVERIFY(lint.waitForFinished(30000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    QFile f(junit);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(f.readAll());
    QCOMPARE(xml.count("<testcase "), 3);
    QVERIFY(xml.contains("classname=\"port-conflicts\""));
    // The failure's message both in the attribute and in the text (GitLab shows the text).
    const QString message = "the plan of blog: saw a rolling deployment that stalls: yes, "
                            "expected a rolling deployment that stalls: no";
    QVERIFY2(xml.contains("message=\"" + message + "\""), qPrintable(xml));
    QVERIFY2(xml.contains(">" + message + "</failure>"), qPrintable(xml));
}

void tst_LabCommand::grade()
{
    Model::Lab lab =
        *Model::LabLoader::load(QStringLiteral(BERTH_SOURCE_DIR "/resources/labs/health")).lab;
    QStringList files;
    struct Student
    {
        QString name;
        QList<bool> passed;
        QList<int> hints;
    };
    const QList<Student> students{{"Carol", {true, true, true}, {0, 0, 0}},
                                  {"alice", {true, false, true}, {1, 0, 2}},
                                  {"Bob, Jr.", {false, false, false}, {0, 1, 0}}};
    for (const Student &s : students) {
        Model::LabProgress p = Model::LabProgress::start(lab, s.name, "health.berth");
        for (int i = 0; i < 3; ++i) {
            p.steps[i].hintsUsed = s.hints.at(i);
            p.record(lab, lab.steps.at(i).id, s.passed.at(i), "no", 0.1);
        }
        const QString file = m_dir.filePath(s.name.left(3) + ".lab.json");
        QVERIFY(p.save(file, nullptr));
        files << file;
    }
    const QString csv = m_dir.filePath("grades.csv");
    const Run r = berth(QStringList{"lab", "grade"} + files + QStringList{"--csv", csv});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("3 students graded"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
             QStringLiteral("student,lab,container-health,self-healing,circuit-breaker,"
                            "hints used,total,max\n"
                            "alice,health,7,0,5,3,12,40\n"
                            "\"Bob, Jr.\",health,0,0,0,1,0,40\n"
                            "Carol,health,10,20,10,0,40,40\n"));
    // A file that is no result is named, and nothing is written.
    QFile::remove(csv);
    const Run bad =
        berth({"lab", "grade", QStringLiteral(BERTH_SOURCE_DIR "/README.md"), "--csv", csv});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("README.md"), qPrintable(bad.err));
    QVERIFY(!QFile::exists(csv));
}

void tst_LabCommand::brokenLab()
{
    const QString dir = m_dir.filePath("broken-lab");
    const int line = brokenCopy("health", dir, "\"kind\": \"design\"", "\"kind\": \"desing\"");
    QVERIFY(line > 0);
    QFile::remove(dir + "/steps/self-healing.ja.md");
    const Run r = berth({"lab", "check", dir});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1/lab.json:%2:").arg(dir).arg(line)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("\"desing\" is not a check kind"), qPrintable(r.err));
    QVERIFY2(r.err.contains("steps/self-healing.ja.md"), qPrintable(r.err));

    // A check of container instances by a state ECS does not give them.
    const QString instancesDir = m_dir.filePath("broken-instances");
    const int at = brokenCopy("autoscaling", instancesDir, "\"withTasks\": true",
                              "\"withTasks\": true, \"status\": \"RUNNING\"");
    QVERIFY(at > 0);
    const Run instances = berth({"lab", "check", instancesDir});
    QCOMPARE(instances.exitCode, 2);
    QVERIFY2(instances.err.contains(QStringLiteral("%1/lab.json:%2:").arg(instancesDir).arg(at)) &&
                 instances.err.contains("expected \"ACTIVE\" or \"DRAINING\""),
             qPrintable(instances.err));
}

void tst_LabCommand::imagesLab()
{
    // `lab start` says where the lab's files are: the images lab hands out a Dockerfile folder.
    const QString source = QStringLiteral(BERTH_SOURCE_DIR "/resources/labs/images");
    const Run started =
        berth({"lab", "start", "images", "--dir", m_dir.filePath("images-student")});
    QCOMPARE(started.exitCode, 0);
    QVERIFY2(started.out.contains(QStringLiteral("The lab's files: %1").arg(source)),
             qPrintable(started.out));
    QVERIFY(QFile::exists(source + "/app/Dockerfile"));

    // A build naming a folder the lab does not have is reported where it is written.
    const QString dir = m_dir.filePath("broken-images");
    // The problem is at the "build" edit, the line before its folder.
    const int line = brokenCopy("images", dir, "\"folder\": \"app\"", "\"folder\": \"apq\"") - 1;
    QVERIFY(line > 0);
    const Run r = berth({"lab", "check", dir});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1/lab.json:%2:").arg(dir).arg(line)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("\"folder\" names no folder in the lab's folder"), qPrintable(r.err));
}

void tst_LabCommand::perStudentValues()
{
    const Model::Lab lab =
        *Model::LabLoader::load(QStringLiteral(BERTH_SOURCE_DIR "/resources/labs/building-blocks"))
             .lab;
    QSet<QString> seen;
    for (const char *name : {"alice", "bob", "carol", "dave", "erin", "frank"}) {
        const QString value = lab.parameterValues(name).value("frontCount");
        QVERIFY(value.toInt() >= 2 && value.toInt() <= 4);
        QCOMPARE(lab.parameterValues(QString::fromLatin1(name).toUpper()).value("frontCount"),
                 value); // the same student, however typed
        seen.insert(value);
    }
    QVERIFY2(seen.size() > 1, "every student got the same value");
}

QTEST_GUILESS_MAIN(tst_LabCommand)
#include "tst_labcommand.moc"
