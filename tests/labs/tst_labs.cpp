// Every lab under resources/labs: it loads without problems in both languages, its starting
// design fails the first step, each wrong attempt fails its step with the step's message, and
// the solutions applied in order pass every step. Built twice: tst_labs asks the design and
// the plan only and walks every lab; tst_labruns (BERTH_LAB_RUNS) walks the labs whose steps
// ask the running design, against one real `berth run` per lab.

#include "tests/skiporfail.h"

#include "engine/api/apicredentials.h"
#include "engine/api/runregistry.h"
#include "engine/docker/dockerclient.h"
#include "engine/labs/labactions.h"
#include "engine/labs/labchecker.h"
#include "engine/registry/localregistry.h"
#include "engine/secrets/keychainsecretstore.h"

#include "model/labs/lab.h"
#include "model/labs/labedits.h"
#include "model/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;

namespace {

QString labsRoot()
{
    return QStringLiteral(BERTH_SOURCE_DIR "/resources/labs");
}

bool hasCheck(const Model::LabStep &step, const QString &kind)
{
    return std::any_of(step.checks.begin(), step.checks.end(), [&](const QJsonObject &c) {
        return c.value(QLatin1String("kind")).toString() == kind;
    });
}

bool hasCheck(const Model::Lab &lab, const QString &kind)
{
    return std::any_of(lab.steps.begin(), lab.steps.end(),
                       [&](const Model::LabStep &s) { return hasCheck(s, kind); });
}

bool hasLiveChecks(const Model::Lab &lab)
{
    for (const Model::LabStep &s : lab.steps) {
        for (const QJsonObject &c : s.checks) {
            if (Model::LabLoader::isLiveCheck(c))
                return true;
        }
        for (const QJsonObject &e : s.solution) {
            if (Model::LabEdits::liveKinds().contains(Model::LabEdits::kindOf(e)))
                return true;
        }
    }
    return false;
}

} // namespace

class tst_Labs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLab_data();
    void everyLab();
    void cleanup();
    void cleanupTestCase();

private:
    bool startRun(const QString &project, bool scales);
    void stopRun();

    QList<Model::Lab> m_labs;
    QTemporaryDir m_dir;
    QProcess *m_run = nullptr;
    QString m_runProject;
    Engine::LabChecker::ApiCall m_live;
};

void tst_Labs::initTestCase()
{
    QVERIFY(m_dir.isValid());
#ifdef BERTH_LAB_RUNS
    // The images lab pushes to a registry of this test's own (its run pulls from there too):
    // a user's on 127.80.0.1:5000 stays untouched.
    const int pid = int(QCoreApplication::applicationPid());
    qputenv("BERTH_REGISTRY_ADDRESS",
            QStringLiteral("127.80.0.1:%1").arg(20000 + (pid + 4391) % 20000).toUtf8());
    qputenv("BERTH_REGISTRY_DIR", m_dir.filePath(QStringLiteral("registry")).toUtf8());
#endif
    const QDir root(labsRoot());
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // The issue asks for twelve at least; auto scaling is the thirteenth.
    QVERIFY2(names.size() >= 13, qPrintable(names.join(u',')));
    for (const QString &name : names) {
        const Model::LabLoader::Result loaded = Model::LabLoader::load(root.filePath(name));
        QStringList problems;
        for (const Model::LabProblem &p : loaded.problems)
            problems << QStringLiteral("%1:%2:%3: %4")
                            .arg(p.file)
                            .arg(p.position.line)
                            .arg(p.position.column)
                            .arg(p.message);
        QVERIFY2(loaded.ok(), qPrintable(problems.join(u'\n')));
        QCOMPARE(loaded.lab->id, name);
        for (const Model::LabStep &s : loaded.lab->steps) {
            QVERIFY2(!s.markdown.en.trimmed().isEmpty() && !s.markdown.ja.trimmed().isEmpty(),
                     qPrintable(name + u'/' + s.id));
            // Japanese text is Japanese: kana or kanji in every step.
            QVERIFY2(std::any_of(s.markdown.ja.begin(), s.markdown.ja.end(),
                                 [](QChar c) { return c.unicode() >= 0x3040; }),
                     qPrintable(name + u'/' + s.id));
            QVERIFY2(!s.mistakes.isEmpty(),
                     qPrintable(name + u'/' + s.id + QStringLiteral(" has no mistake")));
        }
        m_labs << *loaded.lab;
    }
}

void tst_Labs::everyLab_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_labs.size(); ++i) {
#ifdef BERTH_LAB_RUNS
        if (!hasLiveChecks(m_labs.at(i)))
            continue;
#endif
        QTest::newRow(qPrintable(m_labs.at(i).id)) << int(i);
    }
}

bool tst_Labs::startRun(const QString &project, bool scales)
{
    m_run = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Alarms count one-minute datapoints: a lab that scales runs at the scale its steps tell
    // the student to use.
    env.insert(QStringLiteral("BERTH_TIME_SCALE"),
               scales ? QStringLiteral("60") : QStringLiteral("10"));
    m_run->setProcessEnvironment(env);
    m_run->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // An API port of this test's own: a user's run or another test's may hold 4080.
    const int apiPort = 41000 + int(QCoreApplication::applicationPid()) % 8000;
    m_run->start(QStringLiteral(BERTH_BINARY),
                 {QStringLiteral("run"), project, QStringLiteral("--headless"),
                  QStringLiteral("--quiet"), QStringLiteral("--api-port"),
                  QString::number(apiPort)});
    m_runProject = project;
    if (!m_run->waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 && m_run->state() == QProcess::Running) {
        if (Engine::RunRegistry::endpointOf(project))
            break;
        QTest::qWait(200);
    }
    const std::optional<QString> endpoint = Engine::RunRegistry::endpointOf(project);
    if (!endpoint)
        return false;
    Engine::KeychainSecretStore store;
    QString problem;
    const Engine::ApiCredentials keys = Engine::ApiCredentials::loadOrCreate(store, &problem);
    if (!keys.isValid())
        return false;
    const Model::ProjectData design = *Model::ProjectFile::load(project).data;
    m_live = [endpoint, keys, region = design.region](const QString &op, const QJsonObject &in) {
        return Engine::callEcsApi(*endpoint, op, in, keys.accessKeyId, keys.secretAccessKey,
                                  region);
    };
    return true;
}

void tst_Labs::stopRun()
{
    if (!m_run)
        return;
    m_run->terminate();
    if (!m_run->waitForFinished(30000))
        m_run->kill();
    QProcess::execute(QStringLiteral(BERTH_BINARY), {QStringLiteral("down"), m_runProject});
    delete m_run;
    m_run = nullptr;
    m_live = {};
}

void tst_Labs::cleanup()
{
    stopRun();
}

void tst_Labs::cleanupTestCase()
{
#ifdef BERTH_LAB_RUNS
    // What the images lab built and pushed.
    Engine::Docker::DockerClient docker;
    if (docker.ping().ok()) {
        const QString address = qEnvironmentVariable("BERTH_REGISTRY_ADDRESS");
        for (const char *tag : {"v1", "latest"}) {
            docker.removeImage(
                QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/classroom/web:") +
                    QLatin1String(tag),
                true);
            docker.removeImage(address + QStringLiteral("/classroom/web:") + QLatin1String(tag),
                               true);
        }
    }
    QString error;
    Engine::LocalRegistry().stop(&error);
#endif
}

void tst_Labs::everyLab()
{
    QFETCH(int, index);
    const Model::Lab &lab = m_labs.at(index);
    const QHash<QString, QString> parameters = lab.parameterValues(QStringLiteral("alice"));
    const QString project = m_dir.filePath(lab.id + QStringLiteral(".berth"));
    QFile::remove(project);
    QVERIFY(QFile::copy(lab.designPath(), project));
    QFile::setPermissions(project, QFile::permissions(project) | QFile::WriteOwner);
    Model::ProjectData design = *Model::ProjectFile::load(project).data;
#ifdef BERTH_LAB_RUNS
    if (!startRun(project, hasCheck(lab, QStringLiteral("scaling"))))
        BERTH_SKIP_OR_FAIL("no run with its ECS API: Docker, HAProxy and an unlocked keychain "
                           "are needed");
#endif
    const bool live = bool(m_live);
    auto save = [&](const Model::ProjectData &d) {
        QString error;
        QVERIFY2(Model::ProjectFile::save(d, project, &error), qPrintable(error));
    };
    for (qsizetype i = 0; i < lab.steps.size(); ++i) {
        const Model::LabStep &step = lab.steps.at(i);
        const QString where = lab.id + u'/' + step.id;
        // The run writes what it changes itself (auto scaling's desired counts) into the file,
        // as `berth lab solve` finds it.
        if (live)
            design = *Model::ProjectFile::load(project).data;
        bool stepIsLive = false;
        for (const QJsonObject &c : step.checks)
            stepIsLive = stepIsLive || Model::LabLoader::isLiveCheck(c);
        if (i == 0 && (!stepIsLive || live)) {
            const Engine::LabStepOutcome outcome =
                Engine::LabChecker(design, m_live).evaluate(lab, step, parameters, false);
            QVERIFY2(!outcome.passed,
                     qPrintable(where + QStringLiteral(" passes on the starting design")));
        }
        for (const QJsonArray &mistake : step.mistakes) {
            if (stepIsLive && !live)
                break;
            QList<QJsonObject> edits;
            for (const QJsonValue e : mistake)
                edits << e.toObject();
            Model::ProjectData wrong = design;
            const QString problem = Engine::applyLabEdits(wrong, edits, lab, parameters, m_live);
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
            const bool edited = wrong != design;
            if (live && edited)
                save(wrong);
            // A live check sees the wrong attempt once the run has applied it.
            Engine::LabStepOutcome outcome;
            QElapsedTimer waited;
            waited.start();
            do {
                outcome = Engine::LabChecker(wrong, m_live).evaluate(lab, step, parameters, false);
                if (!outcome.passed || !stepIsLive)
                    break;
                QTest::qWait(500);
            } while (waited.elapsed() < 30000);
            QVERIFY2(!outcome.passed,
                     qPrintable(where + QStringLiteral(": a wrong attempt passes")));
            QVERIFY2(!outcome.message.isEmpty(), qPrintable(where));
            if (live && edited)
                save(design);
        }
#ifdef BERTH_LAB_RUNS
        // What a student reads of a failing check of the run's other services (target
        // health, scaling activities) and its instances, from `berth lab check` in each
        // language.
        if (live &&
            (hasCheck(step, QStringLiteral("targets")) ||
             hasCheck(step, QStringLiteral("scaling")) ||
             hasCheck(step, QStringLiteral("instances"))) &&
            !Engine::LabChecker(design, m_live).evaluate(lab, step, parameters, false).passed) {
            for (const QString language : {QStringLiteral("en"), QStringLiteral("ja")}) {
                QProcess check;
                check.start(QStringLiteral(BERTH_BINARY),
                            {QStringLiteral("--lang"), language, QStringLiteral("lab"),
                             QStringLiteral("check"), lab.folder, QStringLiteral("--project"),
                             project, QStringLiteral("--no-wait")});
                QVERIFY(check.waitForFinished(60000));
                const QString out = QString::fromUtf8(check.readAllStandardOutput());
                const bool ja = language == QLatin1String("ja");
                const QString title =
                    QStringLiteral("%1. %2: ").arg(i + 1).arg(ja ? step.title.ja : step.title.en);
                const QString failed = out.section(title, 1).section(u'\n', 0, 0);
                QVERIFY2(check.exitCode() == 1 && !failed.isEmpty(), qPrintable(out));
                QVERIFY2(failed.contains(ja ? QStringLiteral("実際は") : QStringLiteral("saw")) &&
                             failed.contains(ja ? QStringLiteral("期待値は")
                                                : QStringLiteral("expected")),
                         qPrintable(failed));
            }
        }
#endif
        // Without a run, the actions on it (runTask, stopTask) are left out.
        QList<QJsonObject> solution;
        for (const QJsonObject &e : step.solution) {
            if (live || !Model::LabEdits::liveKinds().contains(Model::LabEdits::kindOf(e)))
                solution << e;
        }
        const Model::ProjectData before = design;
        const QString problem = Engine::applyLabEdits(design, solution, lab, parameters, m_live);
        QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
        if (live && design != before)
            save(design);
        if (stepIsLive && !live) {
            // Without a run, a live step whose design checks pass says to start one.
            const Engine::LabStepOutcome outcome =
                Engine::LabChecker(design).evaluate(lab, step, parameters, false);
            QVERIFY2(!outcome.passed && outcome.needsRun, qPrintable(where));
            continue;
        }
        const Engine::LabStepOutcome outcome =
            Engine::LabChecker(design, m_live).evaluate(lab, step, parameters, true);
        QVERIFY2(outcome.passed, qPrintable(where + QStringLiteral(": ") + outcome.message));
    }
}

QTEST_GUILESS_MAIN(tst_Labs)
#include "tst_labs.moc"
